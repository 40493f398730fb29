#!/usr/bin/env bash
# Runs every test of Perspective and ends with a line "N passed, N failed".
#
# On Debian as root it installs what the tests need (Chromium, PostgreSQL), starts a throwaway
# PostgreSQL server on a free loopback port in a temporary folder, builds the solution once, runs
# every test project against SQLite and that server, and stops the server. A test that cannot run
# counts as failed: nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*"; }

install_missing() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing ${missing[*]}; run as root on Debian, or install them yourself." >&2
    exit 1
  fi
  log "Installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found." >&2
  return 1
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_dir=""
pg_bin=""
stop_postgres() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -n "$pg_dir" ] && rm -rf "$pg_dir"
}
trap stop_postgres EXIT

start_postgres() {
  pg_bin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")
  pg_dir=$(mktemp -d /tmp/perspective-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"
  local port
  port=$(free_port)
  log "Starting PostgreSQL ($("$pg_bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$port"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export PERSPECTIVE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
}

install_missing
start_postgres

log "Building"
dotnet build Perspective.sln -warnaserror -nologo -v quiet

results=$(mktemp -d /tmp/perspective-results.XXXXXX)
log "Testing"
set +e
# Tiered PGO instruments hot methods to recompile them later; the tests start hundreds of short-lived
# hosts whose methods rarely live long enough to gain from it, so it costs far more than it saves
# here (about 15% of the unit tests' time). Production keeps the runtime's default.
DOTNET_TieredPGO=0 dotnet test Perspective.sln --no-build --nologo --logger "trx" --results-directory "$results"
status=$?
set -e

passed=0 failed=0 not_run=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  not_run=$((not_run + $(value notExecuted)))
done
rm -rf "$results"

# A skipped or unrun test is a failure here.
failed=$((failed + not_run))
if [ "$passed" -eq 0 ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
