#!/usr/bin/env bash
# The integration suite, then `npm run setup && npm run build`, on MongoDB: the CongoDB
# wire-protocol emulator from the npm registry (install.sh; no `mongod` installs here). It enforces
# neither unique indexes nor transactions; TEST_DATABASE_EMULATOR=congodb skips the checks of
# exactly those (docs/architecture.md, "Databases").
set -euo pipefail
cd "$(dirname "$0")/../.."
.ci/mongo/install.sh
work=$(mktemp -d)
node_modules/.bin/node .ci/mongo/server.mjs "$work/uri" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 200); do [ -s "$work/uri" ] && break; sleep 0.1; done
uri=$(cat "$work/uri") # mongodb://127.0.0.1:PORT/trust-center?serverMonitoringMode=poll

TEST_DATABASE_URI="$uri" TEST_DATABASE_EMULATOR=congodb npx vitest run --project integration

export DATABASE_URI="$uri" PAYLOAD_SECRET=ci-secret TRUSTCENTER_DATA_DIR="$work/data" \
  TRUSTCENTER_DIST="$work/dist" TRUSTCENTER_CACHE_DIR="$work/astro-cache"
# A build that does not end is a failure, not a CI job that runs until its limit.
timeout 900 npm run setup
timeout 600 npm run build
test -f "$work/dist/index.html"
echo "MongoDB: integration suite, setup and build passed."
