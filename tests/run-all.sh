#!/usr/bin/env bash
# `npm test`: every suite (unit, integration on SQLite and PostgreSQL, HTTP and browser against the
# built server), with its own set-up on a fresh machine of ours. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null ||
      { echo "Could not install chromium. Run: apt-get update && apt-get install -y chromium"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "Chromium is missing. Run: sudo apt-get update && sudo apt-get install -y chromium"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# tests/http/nginx-nonce.spec.ts runs the README's nginx set-up (Debian's nginx-light).
if [ ! -x "${NGINX_PATH:-/usr/sbin/nginx}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's nginx-light for the reverse-proxy test…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light) >/dev/null ||
      { echo "Could not install nginx-light. Run: apt-get update && apt-get install -y nginx-light"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "nginx is missing. Run: sudo apt-get update && sudo apt-get install -y nginx-light"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# The Nu HTML Checker (vnu-jar) runs on Java; Debian's headless JRE if the image has none.
if ! command -v java >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's default-jre-headless for the HTML check…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless) >/dev/null ||
    echo "Could not install a Java runtime; the HTML check will fail under CI and be skipped otherwise."
fi

projects=(--project unit --project int:sqlite --project int:postgres --project e2e)
if ! node -e "
  const c = new (require('pg').Client)({ connectionString: process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres', connectionTimeoutMillis: 3000 });
  c.connect().then(() => c.end()).catch(() => process.exit(1))"; then
  if [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL is unreachable at 127.0.0.1:5432 and CI=true: the PostgreSQL suites fail, they are not skipped."
  else
    echo "PostgreSQL is unreachable at 127.0.0.1:5432: skipping its suites on this machine (CI fails instead)."
    echo "Start it with: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start"
    projects=(--project unit --project int:sqlite --project e2e)
    export TEST_SKIP_POSTGRES=1
  fi
fi

# Payload and Next at or above the floors in DEVELOPERS.md, and no high npm audit finding.
node scripts/check-versions.mjs || { echo "Version or audit check failed (see above)."; echo "0 passed, 1 failed"; exit 1; }

mkdir -p test-results
npx vitest run "${projects[@]}" --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node tests/summary-line.mjs test-results/vitest.json || status=1
exit $status
