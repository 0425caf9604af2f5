#!/usr/bin/env bash
# Runs the API with the web client on http://localhost:5080, with the Ankang demo alliance loaded.
# Without ConnectionStrings__Alliance it starts its own PostgreSQL (data kept in a per-user folder).
set -euo pipefail
# The demo is asked for here: a plain `dotnet run` or a container start begins with an empty alliance (see README).
export Alliance__SeedDemoData="${Alliance__SeedDemoData:-true}"
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh postgres
exec dotnet run --project src/Api --launch-profile SpecialtyAlliance "$@"
