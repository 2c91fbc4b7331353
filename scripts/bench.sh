#!/usr/bin/env bash
# Measures and prints; asserts nothing. Results land in bench-results/*.json.
#  1. first-load JS+CSS size of the home route (gzipped)
#  2. engine benchmarks in Node (statistics, models, training on the cpu backend)
#  3. browser benchmarks in headless Chromium (training per backend, main-thread tasks),
#     and the complaint network per engine (Chromium, Firefox ESR, WebKitGTK) and backend
#  4. Lighthouse (mobile), 3 runs of every route (bench/routes.mjs): median scores, FCP, LCP, TBT, CLS
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh --with-chromium --with-engines
mkdir -p bench-results

npm run build >/dev/null
echo "== first-load size"
node scripts/size.mjs
node scripts/size.mjs --json > bench-results/size.json

echo "== engine benchmarks (Node)"
npx vitest run --config vitest.bench.config.ts

PORT="${BENCH_PORT:-4174}"
npx vite preview --port "$PORT" --strictPort --host localhost >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://localhost:$PORT/" >/dev/null && break; sleep 0.2; done

if ls bench/browser/*.mjs >/dev/null 2>&1; then
  echo "== browser benchmarks (headless Chromium)"
  for script in bench/browser/*.mjs; do node "$script" "http://localhost:$PORT/"; done
fi

echo "== Lighthouse (mobile)"
node bench/lighthouse.mjs "http://localhost:$PORT/"
echo
echo "Results written to bench-results/"
