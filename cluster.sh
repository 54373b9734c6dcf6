#!/usr/bin/env bash
# A Scoring cluster on this machine: a PostgreSQL server, N silos and the Gateway, all on loopback.
#
#   ./cluster.sh up 3        # PostgreSQL, 3 silos and the Gateway at http://127.0.0.1:5080
#   ./cluster.sh add         # one more silo (the year-end peak)
#   ./cluster.sh stop 2      # SIGTERM to silo 2: it hands its grains over and leaves
#   ./cluster.sh kill 2      # SIGKILL to silo 2: the cluster evicts it within seconds
#   ./cluster.sh status      # the years and the silos with their grains
#   ./cluster.sh down        # everything stops; the database stays in data/cluster/pg
#   ./cluster.sh store       # prints the connection string, for --store
#
# Then run a year against it:
#   dotnet Silo/Scoring.Silo/bin/Release/net10.0/Scoring.Silo.dll run-year --year 2024 \
#     --input data/seeds/city-2026/2024 --store "$(./cluster.sh store)"
set -euo pipefail
cd "$(dirname "$0")"

STATE="data/cluster"
PG_PORT="${PG_PORT:-55432}"
PORT="${PORT:-5080}"
STORE="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scoring"
SILO="Silo/Scoring.Silo/bin/Release/net10.0/Scoring.Silo.dll"
GATEWAY="Gateway/bin/Release/net10.0"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  if [ -z "$(pg_bin)" ]; then
    echo "Installing PostgreSQL..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin="$(pg_bin)"
  mkdir -p "$STATE/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$STATE/pg"
  if [ ! -f "$STATE/pg/data/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$STATE/pg/data" -U postgres --auth=trust >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$STATE/pg/data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$STATE/pg/data" -l "$STATE/pg/server.log" -w \
      -o "-p $PG_PORT -k $PWD/$STATE/pg -c listen_addresses=127.0.0.1" start >/dev/null \
      || { tail -3 "$STATE/pg/server.log" >&2; echo "PostgreSQL did not start (try PG_PORT=another port)." >&2; exit 1; }
  fi
  echo "PostgreSQL on 127.0.0.1:$PG_PORT (data in $STATE/pg)"
}

build() {
  if [ ! -f "$SILO" ] || [ ! -f "$GATEWAY/Scoring.Gateway.dll" ]; then
    echo "Building..."
    dotnet build Scoring.sln --configuration Release --verbosity quiet --nologo
  fi
}

start_silo() {
  local n="$1"
  dotnet "$SILO" silo --store "$STORE" --silo-port $((11110 + n)) --gateway-port $((30000 + n)) \
    --metrics-port $((9100 + n)) >"$STATE/silo-$n.log" 2>&1 &
  echo $! >"$STATE/silo-$n.pid"
  for _ in $(seq 1 60); do
    grep -q "joined the cluster" "$STATE/silo-$n.log" && { echo "Silo $n: 127.0.0.1:$((11110 + n)), clients on $((30000 + n)), metrics at http://127.0.0.1:$((9100 + n))/metrics (log $STATE/silo-$n.log)"; return; }
    kill -0 "$(cat "$STATE/silo-$n.pid")" 2>/dev/null || { cat "$STATE/silo-$n.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "Silo $n did not join within 30 s; see $STATE/silo-$n.log" >&2
  exit 1
}

silo_numbers() { ls "$STATE"/silo-*.pid 2>/dev/null | sed 's/.*silo-\([0-9]*\)\.pid/\1/' | sort -n; }

signal_silo() {
  local signal="$1" n="$2" pid_file="$STATE/silo-$2.pid"
  [ -f "$pid_file" ] || { echo "There is no silo $n." >&2; exit 2; }
  kill "-$signal" "$(cat "$pid_file")" 2>/dev/null || true
  rm -f "$pid_file"
  echo "Silo $n: $signal sent."
}

case "${1:-}" in
  up)
    count="${2:-3}"
    build
    mkdir -p "$STATE"
    start_postgres
    dotnet "$SILO" migrate --store "$STORE"
    for n in $(seq 1 "$count"); do start_silo "$n"; done
    dotnet "$GATEWAY/Scoring.Gateway.dll" --contentRoot "$PWD/$GATEWAY" --urls "http://127.0.0.1:$PORT" \
      --ConnectionStrings:scoring="$STORE" >"$STATE/gateway.log" 2>&1 &
    echo $! >"$STATE/gateway.pid"
    echo "Gateway: http://127.0.0.1:$PORT/api/v1/years, dashboard at /dashboard (log $STATE/gateway.log)"
    ;;
  add)
    last="$(silo_numbers | tail -1)"
    start_silo "$(( ${last:-0} + 1 ))"
    ;;
  stop) signal_silo TERM "${2:?which silo? (a number from ./cluster.sh status)}" ;;
  kill) signal_silo KILL "${2:?which silo? (a number from ./cluster.sh status)}" ;;
  status) dotnet "$SILO" status --store "$STORE" ;;
  store) echo "$STORE" ;;
  down)
    [ -f "$STATE/gateway.pid" ] && { kill -TERM "$(cat "$STATE/gateway.pid")" 2>/dev/null || true; rm -f "$STATE/gateway.pid"; }
    for n in $(silo_numbers); do signal_silo TERM "$n"; done
    sleep 3
    bin="$(pg_bin)"
    [ -n "$bin" ] && [ -d "$STATE/pg/data" ] && as_postgres "$bin/pg_ctl" -D "$STATE/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    echo "The cluster is down; its database stays in $STATE/pg."
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
