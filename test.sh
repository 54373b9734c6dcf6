#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed".
# The cluster tests start a throwaway PostgreSQL server of their own, the page's tests drive Chromium: this installs
# PostgreSQL and Chromium when they are missing (the build installs the page's npm packages itself).
set -uo pipefail
cd "$(dirname "$0")"

install() { # install APT-PACKAGE WHAT-FOR
  echo "Installing $1 for $2..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  fi
}
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || install postgresql "the cluster tests"
[ -x /usr/bin/chromium ] || install chromium "the page's browser tests"

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
