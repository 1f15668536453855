import type { Page } from '@playwright/test';
import { dateline, expect, test } from './test';

/** `npm run screenshots` writes these to docs/ for the README; `npm test` to test-results/. */
const dir = process.env.DATELINE_SCREENSHOT_DIR ?? 'test-results/screenshots';

async function worldView(page: Page) {
  const ui = dateline(page);
  await page.goto('/');
  await ui.basemapDrawn();
  const zoomOut = ui.map.getByRole('button', { name: 'Zoom out' });
  await expect(async () => {
    if ((await zoomOut.getAttribute('aria-disabled')) !== 'true') await zoomOut.click();
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true', { timeout: 1000 });
  }).toPass();
  // Let the zoom animation finish and the band redraw.
  await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
  await page.mouse.move(0, 0);
}

test('screenshot of the range band around Moscow at world zoom', async ({ page }) => {
  await worldView(page);
  const band = page.getByRole('region', { name: 'Range band' });
  await expect(band.getByText(/^INF range band:/)).toHaveText(
    'INF range band: 500–5,500 km from Moscow',
  );
  await page.screenshot({ path: `${dir}/range-band-moscow.png` });
});

test('screenshot of the range band around Tobruk at world zoom', async ({ page }) => {
  await worldView(page);
  const band = page.getByRole('region', { name: 'Range band' });
  const options = band.getByRole('button', { name: 'Band options' });
  await options.click();
  await band.getByRole('combobox', { name: 'Launch point' }).selectOption({ label: 'Tobruk' });
  await options.click();
  await expect(band.getByText(/^INF range band:/)).toHaveText(
    'INF range band: 500–5,500 km from Tobruk',
  );
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${dir}/range-band-tobruk.png` });
});
