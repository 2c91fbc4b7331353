#!/usr/bin/env bash
# Installs what the app and its tests need, only when it is missing:
# npm packages (from package-lock.json) and a Chromium for Playwright.
# Never downloads a Playwright browser build: Debian's chromium is used instead.
set -euo pipefail

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if [ "${1:-}" = "--with-chromium" ] && ! find_chromium >/dev/null; then
  echo "[deps] no Chromium found; installing Debian's chromium…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ "${1:-}" = "--with-chromium" ]; then
  CHROMIUM_PATH="$(find_chromium)"
  export CHROMIUM_PATH
  echo "[deps] using Chromium at $CHROMIUM_PATH"
fi
