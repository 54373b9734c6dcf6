#!/usr/bin/env bash
# The year-end classification on the embedded store, from nothing to a served API:
# builds, generates the Hanoi-shaped city (once, deterministic), runs the year with progress,
# prints the roll-up, checks it with reconcile, then serves the page and the API until Ctrl+C.
#
#   ./run.sh                 # rates 2024 and serves http://127.0.0.1:5080
#   YEARS="2019 2020 2021 2022 2023 2024" PORT=5081 STORE=data/all-years.db ./run.sh
set -euo pipefail
cd "$(dirname "$0")"

YEARS="${YEARS:-2024}"
SEED="${SEED:-2026}"
PORT="${PORT:-5080}"
STORE="${STORE:-data/scoring.db}"
SEEDS="data/seeds/city-$SEED"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Building..."
dotnet build Scoring.sln --configuration Release --verbosity quiet --nologo

silo() { dotnet Silo/Scoring.Silo/bin/Release/net10.0/Scoring.Silo.dll "$@" --store "$STORE"; }

for year in $YEARS; do
  if [ ! -f "$SEEDS/$year/units.csv" ]; then
    silo generate --scale city --seed "$SEED" --from "$year" --to "$year" --out "$SEEDS"
  fi
  silo run-year --year "$year" --input "$SEEDS/$year"
  silo reconcile --year "$year"
done

gateway="Gateway/bin/Release/net10.0"
# The operator of the last year's root signs in with this link; the web page reads the token from the fragment.
token="$(silo token --root-of "${YEARS##* }" --role operator)"
echo "Serving the API: try http://127.0.0.1:$PORT/api/v1/years/${YEARS##* }/units/HN with Authorization: Bearer <token> (Ctrl+C stops)"
echo "Open the page, signed in as the operator of the root: http://127.0.0.1:$PORT/#token=$token"
exec dotnet "$gateway/Scoring.Gateway.dll" --contentRoot "$PWD/$gateway" --urls "http://127.0.0.1:$PORT" \
  --ConnectionStrings:scoring="Data Source=$PWD/$STORE"
