#!/usr/bin/env bash
# Installs what is missing (PostgreSQL server programs, Chromium) and runs every test:
# domain, architecture, infrastructure, API (real host, real HTTP and SignalR) and browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh postgres browser

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test --solution SpecialtyAlliance.sln 2>&1 | tee "$log" || status=$?

# One closing line that any reader of the log understands: "N passed, N failed, N skipped".
summary=$(sed -n '/^Test run summary/,$p' "$log")
passed=$(grep -oE 'succeeded: *[0-9]+' <<<"$summary" | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -oE 'failed: *[0-9]+' <<<"$summary" | tail -1 | grep -oE '[0-9]+' || echo 0)
skipped=$(grep -oE 'skipped: *[0-9]+' <<<"$summary" | tail -1 | grep -oE '[0-9]+' || echo 0)
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "${passed}" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
