import { dateline, expect, test } from './test';

/** `npm run screenshots` writes these to docs/ for the README; `npm test` to test-results/. */
const dir = process.env.DATELINE_SCREENSHOT_DIR ?? 'test-results/screenshots';

test('screenshot of the seed view with an event selected', async ({ page }) => {
  const ui = dateline(page);
  await page.goto('/');
  await ui.basemapDrawn();
  await ui.marker('Haftar aboard the Admiral Kuznetsov off Tobruk').click();
  await expect(ui.details.getByRole('heading', { level: 2 })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${dir}/seed-view.png` });
});
