#!/usr/bin/env bash
# Installs what this project needs on a Debian/Ubuntu machine and is missing. Safe to run again.
#   scripts/prerequisites.sh postgres          PostgreSQL server programs (the API's embedded database, the tests' throwaway clusters)
#   scripts/prerequisites.sh postgres browser  … and Chromium with CJK fonts (browser journeys)
set -euo pipefail

want_postgres=false
want_browser=false
for what in "$@"; do
  case "$what" in
    postgres) want_postgres=true ;;
    browser) want_browser=true ;;
    *) echo "unknown prerequisite: $what" >&2; exit 2 ;;
  esac
done

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root to install packages: run as root or install sudo." >&2; return 1; fi
}

packages=()
have_postgres() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || [ -n "${POSTGRES_BIN:-}" ]
}
if $want_postgres && ! have_postgres; then
  packages+=(postgresql postgresql-contrib)
fi
if $want_browser; then
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  # grep reads the whole list (no -q): under pipefail, an early exit would kill fc-list with SIGPIPE and the
  # installed fonts would look missing — and be installed again on every run.
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || packages+=(fonts-noto-cjk)
fi

if [ "${#packages[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "Missing ${packages[*]} and this is not a Debian/Ubuntu machine: install them, or set POSTGRES_BIN / SA_TEST_POSTGRES." >&2
    exit 1
  fi
  echo "Installing: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -qq
  # The Debian package would start a system cluster of its own; this project runs private clusters instead.
  sudo_if_needed apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if $want_postgres && [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  # PostgreSQL refuses to run as root; the project's clusters then run as this system user.
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi
