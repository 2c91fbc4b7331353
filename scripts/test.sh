#!/usr/bin/env bash
# Runs every test: type checks, unit tests, the production build and its size
# budget, end-to-end tests in real headless Chromium against that build, then the
# cross-engine smoke suite in Firefox ESR and WebKitGTK. Installs what is missing first
# (npm packages; Debian's chromium, firefox-esr, webkit2gtk-driver and xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh --with-chromium --with-engines
mkdir -p reports
# A report left by an earlier run must not count for this one.
rm -f reports/vitest.json reports/playwright.json reports/engines-vitest.json

echo "== type check"
npm run check

echo "== unit tests"
unit_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || unit_status=$?

echo "== build"
npm run build

echo "== first-load size budget"
node scripts/size.mjs --max-kb 50

echo "== end-to-end tests (Chromium at $CHROMIUM_PATH)"
e2e_status=0
npx playwright test || e2e_status=$?

echo "== cross-engine smoke suite (Firefox ESR, WebKitGTK; Chromium for reference numbers)"
engines_status=0
npx vitest run --config vitest.engines.config.ts --reporter=default --reporter=json --outputFile.json=reports/engines-vitest.json || engines_status=$?

node scripts/test-summary.mjs
if [ "$unit_status" -ne 0 ] || [ "$e2e_status" -ne 0 ] || [ "$engines_status" -ne 0 ]; then exit 1; fi
