# shellcheck shell=bash
# PostgreSQL for the team tests (issue #20), sourced by .ci/run: installs Debian's postgresql when
# missing, starts its cluster, creates a login role and a database for the tests, and exports
# SHUYU_TEST_PG, the URL the tests read (each test file creates and drops its own database from it).
# Without SHUYU_TEST_PG (a developer's `npm test` without PostgreSQL) those tests say so and skip; in CI a
# failure here stops the run.
shuyu_postgres() {
  local role=shuyu password=shuyu db=shuyu_test port version
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "== apt-get install postgresql"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || return 1
  fi
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
    pg_createcluster "$version" main >/dev/null || return 1
  fi
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    echo "== start PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p "$port" || return 1
  # The tests create one database per test file, so the role may create databases.
  su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"" | grep -q 1 ||
    su postgres -c "psql -p $port -qc \"CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'\"" || return 1
  su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1 ||
    su postgres -c "psql -p $port -qc \"CREATE DATABASE $db OWNER $role\"" || return 1
  export SHUYU_TEST_PG="postgres://$role:$password@127.0.0.1:$port/$db"
  echo "== PostgreSQL $version ready: SHUYU_TEST_PG=$SHUYU_TEST_PG"
}
# CI must run the team tests against the real server: without it CI fails here, it does not skip them.
shuyu_postgres || { echo "PostgreSQL could not be set up: CI needs it for the team tests" >&2; exit 1; }
