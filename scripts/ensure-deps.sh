#!/usr/bin/env bash
# Installs what the app and its tests need, only when it is missing:
# npm packages (from package-lock.json), a Chromium for Playwright (--with-chromium),
# and Firefox ESR, WebKitGTK's WebDriver with MiniBrowser, and Xvfb for the cross-engine
# smoke suite (--with-engines). Never downloads a browser build: Debian's packages only.
set -euo pipefail

want_chromium=false
want_engines=false
for flag in "$@"; do
  case "$flag" in
    --with-chromium) want_chromium=true ;;
    --with-engines) want_engines=true ;;
  esac
done
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then $SUDO apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

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

if [ "$want_chromium" = true ] && ! find_chromium >/dev/null; then
  echo "[deps] no Chromium found; installing Debian's chromium…"
  apt_install chromium
fi

if [ "$want_engines" = true ]; then
  missing=()
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
  command -v "${WEBKIT_DRIVER_PATH:-WebKitWebDriver}" >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "[deps] installing Debian's ${missing[*]} for the cross-engine smoke suite…"
    apt_install "${missing[@]}"
  fi
  echo "[deps] Firefox: $("${FIREFOX_PATH:-/usr/bin/firefox-esr}" --version 2>/dev/null | head -1); WebKitGTK driver: $(command -v "${WEBKIT_DRIVER_PATH:-WebKitWebDriver}")"
fi

if [ "$want_chromium" = true ]; then
  CHROMIUM_PATH="$(find_chromium)"
  export CHROMIUM_PATH
  echo "[deps] using Chromium at $CHROMIUM_PATH"
fi
