#!/usr/bin/env bash
# Makes sure a Chromium is there for the browser tests: Playwright cannot download its own here,
# so this installs Debian's `chromium` when it is missing and we are root. See e2e/browser.ts.
set -euo pipefail

if [ -n "${DATELINE_CHROMIUM:-}" ]; then
  [ -x "$DATELINE_CHROMIUM" ] && exit 0
  echo "DATELINE_CHROMIUM=$DATELINE_CHROMIUM is not an executable file" >&2
  exit 1
fi
[ -x /usr/bin/chromium ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi

echo "No /usr/bin/chromium. Install it (sudo apt-get install chromium), or set DATELINE_CHROMIUM" >&2
echo "to a Chromium binary, or run 'npx playwright install chromium' where downloads work." >&2
# Playwright's own browser may still be there; e2e/browser.ts decides.
exit 0
