#!/usr/bin/env bash
# Runs every test: type checks, unit tests, the production build and its size
# budget, then end-to-end tests in real headless Chromium against that build.
# Installs what is missing first (npm packages; Debian's chromium if none is found).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh --with-chromium
mkdir -p reports

echo "== type check"
npm run check

echo "== unit tests"
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || unit_status=$?

echo "== build"
npm run build

echo "== first-load size budget"
node scripts/size.mjs --max-kb 80

echo "== end-to-end tests (Chromium at $CHROMIUM_PATH)"
e2e_status=0
npx playwright test || e2e_status=$?

node scripts/test-summary.mjs
if [ "$unit_status" -ne 0 ] || [ "$e2e_status" -ne 0 ]; then exit 1; fi
