#!/usr/bin/env bash
# The benchmark: the year-end run, a plain-SQL baseline, corrections and reads over HTTP, in one table.
#
#   ./bench.sh                                   # city scale on a fresh embedded SQLite store
#   ./bench.sh --scale national                  # the country (long: about 345,000 units)
#   ./bench.sh --store "Host=127.0.0.1;Port=55432;Username=postgres;Database=scoring"
#   ./bench.sh --scale national --store "Host=127.0.0.1;Port=55432;Username=postgres;Database=scoring" --silos 3
#
# Options:
#   --scale city|national   the generated tree (default city); year 2024, seed 2026
#   --store CONNECTION      a PostgreSQL server to run on instead of SQLite: the run uses a fresh database
#                           on it (the connection string's Database with _bench_<time> appended, dropped at
#                           the end) and silo processes (--silos); the baseline is also run in PostgreSQL
#   --silos N               how many silo processes run the PostgreSQL store (default 1)
#   --corrections N         how many timed corrections (default 1000)
#   --duration SECONDS      how long wrk loads each address (default 10)
#   --port N                the Gateway's port (default: a free one)
#   --keep                  keep the store (and the PostgreSQL database) instead of removing it
#   -h, --help              this text
#
# Writes bench/results.json (one flat JSON object) and prints the same figures as a table.
# docs/benchmarks.md says what each figure means and how it is measured. Benchmarks are not tests: nothing
# here fails on a slow figure.
set -euo pipefail
cd "$(dirname "$0")"

SCALE=city
STORE_CS=""
CORRECTIONS=1000
DURATION=10
PORT=""
KEEP=false
SILOS=1
YEAR=2024
SEED=2026

usage() { sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="${2:?--scale needs city or national}"; shift 2 ;;
    --store) STORE_CS="${2:?--store needs a connection string}"; shift 2 ;;
    --corrections) CORRECTIONS="${2:?--corrections needs a number}"; shift 2 ;;
    --duration) DURATION="${2:?--duration needs seconds}"; shift 2 ;;
    --port) PORT="${2:?--port needs a number}"; shift 2 ;;
    --silos) SILOS="${2:?--silos needs a number}"; shift 2 ;;
    --keep) KEEP=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$SCALE" in city|national) ;; *) echo "bench.sh: --scale is city or national, not '$SCALE'" >&2; exit 2 ;; esac
[[ "$CORRECTIONS" =~ ^[0-9]+$ && "$CORRECTIONS" -gt 0 ]] || { echo "bench.sh: --corrections is a positive number" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -gt 0 ]] || { echo "bench.sh: --duration is a positive number of seconds" >&2; exit 2; }
[[ "$SILOS" =~ ^[0-9]+$ && "$SILOS" -ge 1 && "$SILOS" -le 9 ]] || { echo "bench.sh: --silos is a number from 1 to 9" >&2; exit 2; }
[ "$SILOS" -eq 1 ] || [ -n "$STORE_CS" ] || { echo "bench.sh: --silos needs --store (the embedded store is one process)" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The silo is published ReadyToRun (precompiled), as it would be deployed: a command's start is not spent in the JIT.
SILO_OUT="data/bench/silo"
SILO_DLL="$SILO_OUT/Scoring.Silo.dll"
GATEWAY_DIR="Gateway/bin/Release/net10.0"
SEEDS="data/bench/seeds-$SCALE"
INPUT="$SEEDS/$YEAR"
RUN_DIR="$PWD/data/bench/run-$(date +%Y%m%d-%H%M%S)-$$"
RESULTS="bench/results.json"
STEP=0
STEPS=9

step() { STEP=$((STEP + 1)); echo "[$STEP/$STEPS] $*"; }
now() { date +%s.%N; }
seconds_since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$(now)"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
need() { # need COMMAND APT-PACKAGE
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2..."
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# --- PostgreSQL: the connection string's parts, for psql -------------------------------------------------
PG=false
PG_DB=""
if [ -n "$STORE_CS" ]; then
  PG=true
  declare -A cs=()
  IFS=';' read -ra parts <<<"$STORE_CS"
  for part in "${parts[@]}"; do
    [ -z "${part// /}" ] && continue
    key="$(echo "${part%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')"
    cs[$key]="${part#*=}"
  done
  export PGHOST="${cs[host]:-${cs[server]:-127.0.0.1}}" PGPORT="${cs[port]:-5432}"
  export PGUSER="${cs[username]:-${cs[user id]:-${cs[userid]:-${cs[user]:-postgres}}}}"
  [ -n "${cs[password]:-}" ] && export PGPASSWORD="${cs[password]}"
  base_db="${cs[database]:-scoring}"
  PG_DB="${base_db}_bench_$(date +%s)"
  STORE="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$PG_DB"
  [ -n "${PGPASSWORD:-}" ] && STORE="$STORE;Password=$PGPASSWORD"
  PSQL="$(command -v psql || ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)"
  [ -x "$PSQL" ] || { echo "bench.sh: --store is PostgreSQL but psql is not installed (apt-get install postgresql-client)" >&2; exit 2; }
  psql_on() { local db="$1"; shift; PGOPTIONS="-c client_min_messages=warning" "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
else
  STORE="$RUN_DIR/scoring.db"
fi

# --- cleanup, whatever happens ---------------------------------------------------------------------------
GATEWAY_PID=""
SILO_PIDS=()
stop_pid() { # stop_pid PID: SIGTERM, then SIGKILL after 15 s
  local pid="$1"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_pid "$GATEWAY_PID"
  for pid in "${SILO_PIDS[@]}"; do stop_pid "$pid"; done
  if [ "$KEEP" = false ]; then
    if [ "$PG" = true ] && [ -n "$PG_DB" ]; then
      psql_on postgres -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
  fi
  if [ "$status" -ne 0 ]; then
    echo "bench.sh failed (exit $status); the logs are in $RUN_DIR" >&2
  elif [ "$KEEP" = false ]; then
    rm -rf "$RUN_DIR"
  else
    echo "Kept: $RUN_DIR${PG_DB:+ and the database $PG_DB}"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$RUN_DIR"
LOAD_BEFORE="$(cut -d' ' -f1 /proc/loadavg)"

fail_with_log() { echo "$1; its output:" >&2; tail -40 "$2" >&2; exit 1; }

# --- 1. build, seeds, a fresh store ----------------------------------------------------------------------
step "Building (Release) and preparing the $SCALE year $YEAR"
need wrk wrk
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need /usr/bin/time time
dotnet build Scoring.sln --configuration Release --verbosity quiet --nologo >"$RUN_DIR/build.log" 2>&1 \
  || fail_with_log "The build failed" "$RUN_DIR/build.log"
dotnet publish Silo/Scoring.Silo/Scoring.Silo.csproj --configuration Release --verbosity quiet --nologo \
  --runtime "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" --self-contained false -p:PublishReadyToRun=true \
  --output "$SILO_OUT" >>"$RUN_DIR/build.log" 2>&1 || fail_with_log "Publishing the silo failed" "$RUN_DIR/build.log"
if [ ! -f "$INPUT/units.csv" ]; then
  dotnet "$SILO_DLL" generate --scale "$SCALE" --seed "$SEED" --from "$YEAR" --to "$YEAR" --out "$SEEDS"
fi
UNITS=$(($(wc -l <"$INPUT/units.csv") - 1))
ROOT="$(awk -F, 'NR > 1 && $2 == "" { print $1; exit }' "$INPUT/units.csv")"
echo "      $UNITS units, root $ROOT, input $INPUT"
if [ "$PG" = true ]; then
  echo "      store: PostgreSQL database $PG_DB on $PGHOST:$PGPORT, $SILOS silo process(es)"
  dotnet "$SILO_DLL" migrate --store "$STORE" >"$RUN_DIR/migrate.log" 2>&1 || fail_with_log "migrate failed" "$RUN_DIR/migrate.log"
  first_port=$((11190 + RANDOM % 40))
  for n in $(seq 1 "$SILOS"); do
    log="$RUN_DIR/silo-$n.log"
    dotnet "$SILO_DLL" silo --store "$STORE" --silo-port $((first_port + n)) --gateway-port $((first_port + 19000 + n)) >"$log" 2>&1 &
    SILO_PIDS+=($!)
    for _ in $(seq 1 120); do
      grep -q "joined the cluster" "$log" && break
      kill -0 "${SILO_PIDS[-1]}" 2>/dev/null || fail_with_log "Silo $n stopped" "$log"
      sleep 0.5
    done
    grep -q "joined the cluster" "$log" || fail_with_log "Silo $n did not join within 60 s" "$log"
  done
else
  echo "      store: embedded SQLite $STORE"
  dotnet "$SILO_DLL" migrate --store "$STORE" >"$RUN_DIR/migrate.log" 2>&1 || fail_with_log "migrate failed" "$RUN_DIR/migrate.log"
fi

# --- 2. the year-end run, then reconcile -----------------------------------------------------------------
step "run-year --year $YEAR (timed, peak memory by /usr/bin/time -v)"
started="$(now)"
/usr/bin/time -v -o "$RUN_DIR/run-year.time" \
  dotnet "$SILO_DLL" run-year --year "$YEAR" --input "$INPUT" --store "$STORE" >"$RUN_DIR/run-year.log" 2>&1 \
  || fail_with_log "run-year failed" "$RUN_DIR/run-year.log"
RUN_S="$(seconds_since "$started")"
PEAK_MB="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$RUN_DIR/run-year.time")"
# "...; took 3.9 s, peak memory 299 MiB." (the console may wrap the line)
RUN_REPORTED_S="$(tr '\n' ' ' <"$RUN_DIR/run-year.log" | grep -oE 'took +[0-9]+([.,][0-9]+)? +s' | tail -1 | grep -oE '[0-9]+([.,][0-9]+)?' | tr , . || true)"
RUN_REPORTED_PEAK_MIB="$(tr '\n' ' ' <"$RUN_DIR/run-year.log" | grep -oE 'peak memory +[0-9,]+ +MiB' | tail -1 | grep -oE '[0-9,]+' | tr -d , || true)"
echo "      whole command ${RUN_S} s (run-year says ${RUN_REPORTED_S:-?} s), peak RSS ${PEAK_MB} MiB"

step "reconcile --year $YEAR"
if dotnet "$SILO_DLL" reconcile --year "$YEAR" --store "$STORE" >"$RUN_DIR/reconcile.log" 2>&1; then
  RECONCILE_OK=true
else
  RECONCILE_OK=false
  tail -5 "$RUN_DIR/reconcile.log" | sed 's/^/      /'
fi
echo "      reconcile_ok=$RECONCILE_OK"

# --- 3. the baseline: load the three CSV files and run one recursive query -------------------------------
assessments_table() { # CREATE TABLE assessments from the file's header: unit_id the key, every column text
  local header; header="$(head -1 "$INPUT/assessments.csv" | tr -d '\r')"
  echo "CREATE TABLE assessments ($(echo "$header" | sed 's/^unit_id,//; s/,/ text, /g; s/^/unit_id text PRIMARY KEY, /') text);"
}
step "Baseline in SQLite: load the CSV files, one recursive CTE"
BASE_DB="$RUN_DIR/baseline.sqlite"
started="$(now)"
{
  cat bench/baseline/tables.sql
  assessments_table
  echo ".import --csv --skip 1 '$INPUT/units.csv' units"
  echo ".import --csv --skip 1 '$INPUT/assessments.csv' assessments"
  echo ".import --csv --skip 1 '$INPUT/members.csv' members"
  cat bench/baseline/indexes.sql bench/baseline/subtree.sql
} | sqlite3 -bail "$BASE_DB" >"$RUN_DIR/baseline-sqlite.log" 2>&1 || fail_with_log "The SQLite baseline failed" "$RUN_DIR/baseline-sqlite.log"
BASELINE_SQLITE_S="$(seconds_since "$started")"
echo "      ${BASELINE_SQLITE_S} s; the root's row: $(sqlite3 -header -separator ' ' "$BASE_DB" "SELECT * FROM subtree WHERE unit_id = '$ROOT'" | tr '\n' ' ')"

BASELINE_POSTGRES_S=""
if [ "$PG" = true ]; then
  echo "      and in PostgreSQL (schema bench_baseline of $PG_DB)"
  started="$(now)"
  {
    echo "DROP SCHEMA IF EXISTS bench_baseline CASCADE; CREATE SCHEMA bench_baseline; SET search_path TO bench_baseline;"
    cat bench/baseline/tables.sql
    assessments_table
    echo "\\copy units FROM '$INPUT/units.csv' WITH (FORMAT csv, HEADER true)"
    echo "\\copy assessments FROM '$INPUT/assessments.csv' WITH (FORMAT csv, HEADER true)"
    echo "\\copy members FROM '$INPUT/members.csv' WITH (FORMAT csv, HEADER true)"
    cat bench/baseline/indexes.sql bench/baseline/subtree.sql
  } | psql_on "$PG_DB" >"$RUN_DIR/baseline-postgres.log" 2>&1 || fail_with_log "The PostgreSQL baseline failed" "$RUN_DIR/baseline-postgres.log"
  BASELINE_POSTGRES_S="$(seconds_since "$started")"
  echo "      ${BASELINE_POSTGRES_S} s"
  psql_on "$PG_DB" -c "DROP SCHEMA bench_baseline CASCADE" >/dev/null
fi

# --- 4. the Gateway --------------------------------------------------------------------------------------
[ -n "$PORT" ] || PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
step "Starting the Gateway at $BASE"
if [ "$PG" = true ]; then GATEWAY_STORE="$STORE"; else GATEWAY_STORE="Data Source=$STORE"; fi
# The operator of the root signs every request; the load is one token, so its rate limit is lifted for the run.
TOKEN="$(dotnet "$SILO_DLL" token --unit "$ROOT" --role operator --name bench --store "$STORE")"
AUTH="Authorization: Bearer $TOKEN"
dotnet "$GATEWAY_DIR/Scoring.Gateway.dll" --contentRoot "$PWD/$GATEWAY_DIR" --urls "$BASE" \
  --ConnectionStrings:scoring="$GATEWAY_STORE" --RateLimits:PermitsPerSecond=1000000 --RateLimits:Burst=1000000 \
  >"$RUN_DIR/gateway.log" 2>&1 &
GATEWAY_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$BASE/alive" 2>/dev/null && break
  kill -0 "$GATEWAY_PID" 2>/dev/null || fail_with_log "The Gateway stopped" "$RUN_DIR/gateway.log"
  sleep 0.5
done
curl -fsS -o /dev/null "$BASE/alive" || fail_with_log "The Gateway did not answer /alive within 60 s" "$RUN_DIR/gateway.log"
curl -fsS -o /dev/null -H "$AUTH" "$BASE/api/v1/years/$YEAR/units/$ROOT" || fail_with_log "The Gateway does not serve the root $ROOT" "$RUN_DIR/gateway.log"

# --- 5. corrections --------------------------------------------------------------------------------------
step "$CORRECTIONS corrections of random cells, one after another"
python3 bench/corrections.py --base "$BASE" --year "$YEAR" --input "$INPUT" --count "$CORRECTIONS" --seed "$SEED" --token "$TOKEN" \
  >"$RUN_DIR/corrections.json" 2> >(sed 's/^/      /' >&2) || fail_with_log "The corrections failed" "$RUN_DIR/gateway.log"
json_field() { python3 -c 'import json, sys; v = json.load(open(sys.argv[1]))[sys.argv[2]]; print("" if v is None else v)' "$@"; }
CORRECTION_P50_MS="$(json_field "$RUN_DIR/corrections.json" p50_ms)"
CORRECTION_P99_MS="$(json_field "$RUN_DIR/corrections.json" p99_ms)"
CORRECTIONS_OK="$(json_field "$RUN_DIR/corrections.json" ok)"
CORRECTIONS_FAILED="$(json_field "$RUN_DIR/corrections.json" failed)"
CORRECTIONS_ACCEPTED="$(json_field "$RUN_DIR/corrections.json" accepted)"
echo "      $(cat "$RUN_DIR/corrections.json")"

# --- 6. reads under load (wrk) ---------------------------------------------------------------------------
step "wrk -t2 -c32 -d${DURATION}s --latency on /alive, the root and its children"
wrk_to_ms() { # "1.23ms" / "850.00us" / "1.02s" -> milliseconds
  python3 -c '
import re, sys
m = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", sys.argv[1])
print(round(float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)], 3))' "$1"
}
load() { # load NAME PATH: sets NAME_RPS and NAME_P99_MS
  local name="$1" url="$BASE$2" log="$RUN_DIR/wrk-$1.log"
  curl -fsS -o /dev/null -H "$AUTH" "$url"
  # A short load first, unmeasured: the JIT compiles (and tiers up) the address's code path before it is timed.
  wrk -t2 -c32 -d3s -H "$AUTH" "$url" >/dev/null 2>&1 || true
  wrk -t2 -c32 -d"${DURATION}s" --latency -H "$AUTH" "$url" >"$log" 2>&1 || fail_with_log "wrk failed on $url" "$log"
  local rps p99 non2xx
  rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$log")"
  p99="$(wrk_to_ms "$(awk '$1 == "99%" { print $2 }' "$log")")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$log")"
  printf -v "${name}_RPS" '%s' "$rps"
  printf -v "${name}_P99_MS" '%s' "$p99"
  echo "      $2: $rps req/s, p99 $p99 ms${non2xx:+, $non2xx answers not 2xx/3xx}"
}
load ALIVE "/alive"
load UNIT "/api/v1/years/$YEAR/units/$ROOT"
load CHILDREN "/api/v1/years/$YEAR/units/$ROOT/children?limit=50"

# --- 7. the table and results.json -----------------------------------------------------------------------
step "Results ($RESULTS)"
MEM_MB="$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1024 }' /proc/meminfo)"
CPU="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
MACHINE="$(nproc) CPUs, $MEM_MB MB RAM${CPU:+, $CPU}"
if [ "$PG" = true ]; then STORE_KIND=postgres; else STORE_KIND=sqlite; fi
python3 - "$RESULTS" <<EOF
import json, sys
def num(text):
    if text == "": return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value
def ratio(a, b):
    return round(a / b, 2) if a is not None and b not in (None, 0) else None
r = {
    "scale": "$SCALE",
    "store": "$STORE_KIND",
    "silos": $SILOS,
    "units": $UNITS,
    "run_s": num("$RUN_S"),
    "run_reported_s": num("${RUN_REPORTED_S:-}"),
    "peak_mb": num("$PEAK_MB"),
    "reconcile_ok": $( [ "$RECONCILE_OK" = true ] && echo True || echo False ),
    "baseline_sqlite_s": num("$BASELINE_SQLITE_S"),
    "baseline_postgres_s": num("$BASELINE_POSTGRES_S"),
    "corrections": $CORRECTIONS,
    "corrections_ok": $CORRECTIONS_OK,
    "corrections_accepted": $CORRECTIONS_ACCEPTED,
    "corrections_failed": $CORRECTIONS_FAILED,
    "correction_p50_ms": num("$CORRECTION_P50_MS"),
    "correction_p99_ms": num("$CORRECTION_P99_MS"),
    "alive_rps": num("$ALIVE_RPS"),
    "unit_rps": num("$UNIT_RPS"),
    "children_rps": num("$CHILDREN_RPS"),
    "alive_p99_ms": num("$ALIVE_P99_MS"),
    "unit_p99_ms": num("$UNIT_P99_MS"),
    "children_p99_ms": num("$CHILDREN_P99_MS"),
    "wrk": "-t2 -c32 -d${DURATION}s",
    "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
    "machine": """$MACHINE""",
    "load_before": num("$LOAD_BEFORE"),
}
r["run_vs_sqlite"] = ratio(r["run_s"], r["baseline_sqlite_s"])
r["unit_vs_alive"] = ratio(r["unit_rps"], r["alive_rps"])
r["children_vs_alive"] = ratio(r["children_rps"], r["alive_rps"])
with open(sys.argv[1], "w") as f:
    json.dump(r, f, indent=2)
    f.write("\n")
width = max(len(k) for k in r)
print(f"| {'metric':<{width}} | value")
print(f"|{'-' * (width + 2)}|------")
for key, value in r.items():
    shown = "null" if value is None else str(value).lower() if isinstance(value, bool) else value
    print(f"| {key:<{width}} | {shown}")
EOF
step "Stopping the Gateway${SILO_PIDS[*]:+ and the silos}"
