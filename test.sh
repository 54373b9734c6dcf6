#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet test Scoring.sln --configuration Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One "Passed!/Failed!  - Failed: F, Passed: P, ..." line per test project.
read -r passed failed < <(grep -E '(Passed|Failed)! +- +Failed:' "$log" | awk -F'[:,]' '{ f += $2; p += $4 } END { print p + 0, f + 0 }')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status before every project reported (see above)." >&2
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
