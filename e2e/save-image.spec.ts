import { readFileSync } from 'node:fs';
import seed from '../data/events.json' with { type: 'json' };
import { dateline, expect, test } from './test';

const dir = process.env.DATELINE_SCREENSHOT_DIR ?? 'test-results/screenshots';

test('Save image downloads a PNG of the map and timeline with title and link', async ({ page }) => {
  const ui = dateline(page);
  await page.goto('/?event=haftar-kuznetsov-tobruk');
  await ui.basemapDrawn();
  await expect(ui.details.getByRole('heading', { level: 2 })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save image' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('dateline.png');
  const path = `${dir}/save-image.png`;
  await file.saveAs(path);
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const map = (await ui.map.boundingBox())!;
  const timeline = (await ui.timeline.boundingBox())!;
  // Map and timeline, one above the other, plus title and footer (at the device pixel ratio).
  expect(width).toBeGreaterThanOrEqual(Math.floor(map.width));
  expect(height).toBeGreaterThan(Math.floor(map.height + timeline.height));
  await expect(page.getByRole('status').filter({ hasText: 'Image saved' })).toBeVisible();
  expect(seed.title).toBeTruthy();
});
