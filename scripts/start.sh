#!/usr/bin/env bash
# Installs what is missing, builds, and serves the production build (with its
# service worker) on localhost. Usage: npm start  (PORT=8080 npm start to change the port)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
npm run build
PORT="${PORT:-4173}"
echo
echo "ML That Works is being served at http://localhost:${PORT}/  (Ctrl+C to stop)"
exec npx vite preview --port "$PORT" --strictPort --host localhost
