#!/usr/bin/env bash
# Email throughput: outbox -> loopback SMTP server, against MailKit straight to the same server,
# side by side in one run. Appends the figures to bench/email/results.md.
# Usage: bench/email/run.sh [MESSAGES]   (PERSPECTIVE_TEST_POSTGRES set: also on PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/../.."
messages="${1:-2000}"
dotnet build bench/Perspective.Bench -c Release -nologo -v quiet 1>&2
bench=bench/Perspective.Bench/bin/Release/net10.0/Perspective.Bench.dll
# The app's own log goes to stderr, so only the figures reach the results file.
export Logging__Console__LogToStandardErrorThreshold=Trace Logging__LogLevel__Default=Warning
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo '```'
  dotnet "$bench" email --messages "$messages"
  if [ -n "${PERSPECTIVE_TEST_POSTGRES:-}" ]; then
    db="perspective_bench_$$"
    psql "host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$PERSPECTIVE_TEST_POSTGRES") port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$PERSPECTIVE_TEST_POSTGRES") user=postgres dbname=postgres" -qc "CREATE DATABASE $db" >/dev/null
    dotnet "$bench" email --messages "$messages" --postgres "$PERSPECTIVE_TEST_POSTGRES;Database=$db"
    psql "host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$PERSPECTIVE_TEST_POSTGRES") port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$PERSPECTIVE_TEST_POSTGRES") user=postgres dbname=postgres" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
  fi
  echo '```'
} | tee -a bench/email/results.md
