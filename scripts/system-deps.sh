#!/usr/bin/env bash
# System packages the tests need: Debian's chromium (map tests in a real browser)
# and PostgreSQL 15 with PostGIS 3 (the team store). Installed when missing and
# when we may (root with apt-get, as on CI); otherwise the tests that need them
# are skipped with a reason.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql postgresql-15-postgis-3)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || need+=(postgresql-15-postgis-3)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages for the tests: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "note: missing ${need[*]}; the browser/postgis tests will be skipped (install them with apt-get)"
fi
exit 0
