#!/usr/bin/env bash
# Runs the API with the web client as users get it — published in Release (trimmed, Brotli-compressed) — on
# http://localhost:5080, with the Ankang demo alliance loaded. Another address: ASPNETCORE_URLS, e.g.
#   ASPNETCORE_URLS=http://0.0.0.0:8080 bash scripts/run.sh
# Without ConnectionStrings__Alliance it starts its own PostgreSQL (data kept in a per-user folder).
# Ctrl-C stops the API and that PostgreSQL.
set -euo pipefail
# The demo is asked for here: a plain `dotnet run` or a container start begins with an empty alliance (see README).
export Alliance__SeedDemoData="${Alliance__SeedDemoData:-true}"
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh postgres

# Publishing again is quick when nothing changed. No build servers are left running once the API stops.
published=artifacts/run
dotnet publish src/Api -c Release -o "$published" --disable-build-servers -nologo -v q

# The Development environment only for plain-text logs (elsewhere the API logs JSON); what the browser gets is the
# Release publish either way.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5080}"
cd "$published"
exec dotnet SpecialtyAlliance.Api.dll "$@"
