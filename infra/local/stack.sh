#!/usr/bin/env bash
# The whole stack without Docker, in the background: Prefect server (SQLite), SeaweedFS (S3),
# a process work pool with sitrep's deployment, and a worker. Logs and pids in infra/local/.run/.
#   bash infra/local/stack.sh start    # then open http://127.0.0.1:4200
#   bash infra/local/stack.sh stop
# The worker reads s3://sitrep/landing and writes s3://sitrep/lake; drop files into the
# landing prefix (aws s3 cp --endpoint-url http://127.0.0.1:8333 ...) and watch the runs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run="$here/.run"
repo="$here/../.."
mkdir -p "$run"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-sitrep}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-sitrep-secret}"
export AWS_REGION="${AWS_REGION:-us-east-1}"
export PREFECT_API_URL="http://127.0.0.1:${SITREP_PREFECT_PORT:-4200}/api"
export PREFECT_SERVER_ANALYTICS_ENABLED=false
s3="http://127.0.0.1:${SITREP_S3_PORT:-8333}"

wait_for() {  # url, what
  for _ in $(seq 120); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done
  echo "no $2 at $1 after 120 s (see $run/*.log)" >&2; return 1
}
start() {  # name, command...: in its own process group, so stop ends its children too
  local name="$1"; shift
  setsid nohup "$@" > "$run/$name.log" 2>&1 < /dev/null & echo $! > "$run/$name.pid"
}

case "${1:-start}" in
  start)
    start prefect-server bash "$here/prefect-server.sh"
    start s3 bash "$here/s3-server.sh"
    wait_for "$PREFECT_API_URL/health" "Prefect API"
    wait_for "$s3/status" "S3 API" || wait_for "$s3" "S3 API"
    cd "$repo"
    # a fresh SeaweedFS answers before its volume server takes writes: retry for a minute
    uv run --frozen python - "$s3" <<'PY'
import sys, time
import boto3, botocore
c = boto3.client("s3", endpoint_url=sys.argv[1], config=botocore.config.Config(s3={"addressing_style": "path"}))
for attempt in range(60):
    try:
        if "sitrep" not in {b["Name"] for b in c.list_buckets()["Buckets"]}:
            c.create_bucket(Bucket="sitrep")
        c.put_object(Bucket="sitrep", Key="_stack-probe", Body=b"ok")
        c.delete_object(Bucket="sitrep", Key="_stack-probe")
        break
    except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError):
        time.sleep(1)
else:
    sys.exit("S3 does not accept writes after 60 s")
PY
    uv run --frozen prefect work-pool create sitrep-process --type process --overwrite
    uv run --frozen prefect --no-prompt deploy --all
    uv run --frozen prefect automation inspect sitrep-data-quality-failed > /dev/null 2>&1 ||
      uv run --frozen prefect automation create --from-file "$here/../automations/data-quality-failed.yaml"
    SITREP_SOURCE=s3://sitrep/landing SITREP_LAKE=s3://sitrep/lake SITREP_S3_ENDPOINT_URL="$s3" \
      start worker uv run --frozen prefect worker start --pool sitrep-process
    echo "Prefect UI: ${PREFECT_API_URL%/api}   S3: $s3 (bucket sitrep)   logs: $run"
    ;;
  stop)
    for name in worker s3 prefect-server; do
      [ -f "$run/$name.pid" ] || continue
      group="-$(cat "$run/$name.pid")"
      kill -- "$group" 2>/dev/null || true
      for _ in $(seq 20); do kill -0 -- "$group" 2>/dev/null || break; sleep 1; done
      kill -9 -- "$group" 2>/dev/null || true  # SeaweedFS may ignore TERM while flushing
      rm -f "$run/$name.pid"
    done
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
