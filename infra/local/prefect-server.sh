#!/usr/bin/env bash
# Prefect server on SQLite, without Docker: the API and UI at http://$HOST:$PORT.
#   PREFECT_HOME (default infra/local/.run/prefect) holds the database and settings.
# Run from anywhere; needs the project's environment (`uv sync`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
host="${SITREP_PREFECT_HOST:-127.0.0.1}"
port="${SITREP_PREFECT_PORT:-4200}"
export PREFECT_HOME="${PREFECT_HOME:-$here/.run/prefect}"
export PREFECT_SERVER_ANALYTICS_ENABLED=false
export PREFECT_API_DATABASE_CONNECTION_URL="${PREFECT_API_DATABASE_CONNECTION_URL:-sqlite+aiosqlite:///$PREFECT_HOME/prefect.db}"
export PREFECT_UI_API_URL="http://$host:$port/api"
mkdir -p "$PREFECT_HOME"
cd "$here/../.."
exec uv run --frozen prefect server start --host "$host" --port "$port"
