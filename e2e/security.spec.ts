import { expect, test } from './test';

/** Collects the page's Content-Security-Policy violations from the first script on. */
async function recordViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('the built app sends a Content-Security-Policy: own scripts only, no eval, https data', async ({
  page,
}) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = Object.fromEntries(
    policy!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
  expect(directives['script-src']).toEqual(["'self'"]);
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['connect-src']).toEqual(["'self'", 'https:']);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe-eval');
});

test('the app runs under its policy without a violation, import worker included', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load data' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'places.csv',
    mimeType: 'text/csv',
    // A place without coordinates makes the worker fetch the gazetteer.
    buffer: Buffer.from('id,date,title,place\na,2019,In Tobruk,"Tobruk, Libya"\n'),
  });
  // Generous: the worker fetches and indexes the 50,000-city gazetteer first.
  await expect(page.getByLabel('Load report')).toContainText('Loaded 1 event from places.csv', {
    timeout: 20_000,
  });
  await expect(page.getByLabel('Load report')).toContainText(
    '1 event placed on the map by place name.',
  );
  expect(await violations()).toEqual([]);
});

test('inline scripts, inline handlers and eval are blocked', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  // Code run by the test itself is exempt from the page's policy, so each attempt below is
  // one the page would make on its own: an inline <script>, an inline event handler, and a
  // string compiled by setTimeout (eval's twin, blocked with it by a policy without 'unsafe-eval').
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__handler = 1');
    document.body.append(button);
    button.click();
    button.remove();
    // A string, not a function: the policy must refuse to compile it.
    setTimeout('window.__evaluated = 1', 0);
  });
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem inline/),
        expect.stringMatching(/^script-src-attr inline/),
        expect.stringMatching(/^script-src eval/),
      ]),
    );
  const ran = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return [w.__inline, w.__handler, w.__evaluated];
  });
  expect(ran).toEqual([undefined, undefined, undefined]);
});
