#!/usr/bin/env bash
# Job throughput: N jobs enqueued and run through Quartz on SQLite (one host), and, when
# PERSPECTIVE_TEST_POSTGRES is set, on PostgreSQL with one host and with two clustered hosts,
# side by side in one run. Appends the figures and the command to bench/jobs/results.md.
# Usage: bench/jobs/run.sh [JOBS]
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs="${1:-1000}"
dotnet build bench/Perspective.Bench -c Release -nologo -v quiet 1>&2
bench=bench/Perspective.Bench/bin/Release/net10.0/Perspective.Bench.dll
# The app's own log goes to stderr, so only the figures reach the results file.
export Logging__Console__LogToStandardErrorThreshold=Trace Logging__LogLevel__Default=Warning
server() { sed -n "s/.*$1=\([^;]*\).*/\1/p" <<<"$PERSPECTIVE_TEST_POSTGRES"; }
psql_server() { psql "host=$(server Host) port=$(server Port) user=postgres dbname=postgres" -qc "$1" >/dev/null; }
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo "Command: \`bench/jobs/run.sh $jobs\`"
  echo '```'
  dotnet "$bench" jobs --jobs "$jobs"
  if [ -n "${PERSPECTIVE_TEST_POSTGRES:-}" ]; then
    for hosts in 1 2; do
      db="perspective_bench_jobs_$$_$hosts"
      psql_server "CREATE DATABASE $db"
      dotnet "$bench" jobs --jobs "$jobs" --hosts "$hosts" --postgres "$PERSPECTIVE_TEST_POSTGRES;Database=$db"
      psql_server "DROP DATABASE $db WITH (FORCE)"
    done
  fi
  echo '```'
} | tee -a bench/jobs/results.md
