import type { Browser } from '@playwright/test';

/**
 * Resolves once the browser's processes have been idle for `quietMs` (together using at most
 * `maxCpuMs` of CPU in that time), or after `timeoutMs`; to how long it waited.
 *
 * Call it between opening a page and timing anything in it. A new context's first page makes
 * Chromium load its omnibox popup, a page of its own UI in a renderer of its own: about 1 s of
 * CPU over the next 1 to 3 s, on the 2 cores being measured. 100,000 events loaded by link in
 * that window took about 0.7 s longer, and the browser used 1.2 s more CPU.
 */
export async function browserIdle(
  browser: Browser,
  { quietMs = 250, maxCpuMs = 25, timeoutMs = 10_000 } = {},
): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const cpuMs = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo.reduce((sum, p) => sum + p.cpuTime * 1000, 0);
  };
  const started = Date.now();
  try {
    let before = await cpuMs();
    while (Date.now() - started < timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      const now = await cpuMs();
      if (now - before <= maxCpuMs) break;
      before = now;
    }
  } finally {
    await cdp.detach();
  }
  return Date.now() - started;
}
