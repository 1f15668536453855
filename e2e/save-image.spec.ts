import { readFileSync } from 'node:fs';
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

  // Text where the title and the link are drawn: inked (not white) pixels in the top band,
  // from the left, and in the footer's right half (the link is right-aligned).
  const ratio = width / (Math.max(map.width, timeline.width) + 32);
  const [cssWidth, cssHeight] = [width / ratio, height / ratio];
  const inkedPixels = (box: number[]) =>
    page.evaluate(
      async ({ data, box }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        context.drawImage(image, 0, 0);
        const [x, y, w, h] = box as [number, number, number, number];
        const { data: pixels } = context.getImageData(x, y, w, h);
        let inked = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 740) inked++;
        }
        return inked;
      },
      { data: png.toString('base64'), box: box.map((v) => Math.round(v * ratio)) },
    );
  expect(await inkedPixels([16, 8, 400, 22])).toBeGreaterThan(100); // the dataset's title
  expect(await inkedPixels([cssWidth / 2, cssHeight - 18, cssWidth / 2 - 16, 14])).toBeGreaterThan(
    20, // the link
  );
  // The map is centred above the timeline: blank surface just left of it, the map just inside.
  const mapLeft = (cssWidth - map.width) / 2;
  expect(await inkedPixels([mapLeft - 12, 120, 8, 200])).toBe(0);
  expect(await inkedPixels([mapLeft + 4, 120, 8, 200])).toBeGreaterThan(1000);
});
