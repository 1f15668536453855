import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Set this to a Chromium or Chrome binary to use it instead of the ones found below. */
export const BROWSER_ENV = 'DATELINE_CHROMIUM';

/**
 * The browser the tests and scripts drive, in this order: $DATELINE_CHROMIUM, Debian's
 * /usr/bin/chromium, then Playwright's own download if present. Fails saying how to get one.
 */
export function chromiumExecutable(): string {
  const fromEnv = process.env[BROWSER_ENV];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${BROWSER_ENV}=${fromEnv}: no such file`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    `No Chromium found. Run \`bash scripts/ensure-browser.sh\` (as root, installs Debian's chromium), ` +
      `or \`npx playwright install chromium\`, or set ${BROWSER_ENV} to a Chromium binary.`,
  );
}

/** Flags for a root, offline, headless run: no sandbox, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
