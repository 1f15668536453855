import type { Page } from '@playwright/test';
import { generateEvents } from '../bench/generate';
import { allShown, colourDistanceAtMapMiddle, dateline, expect, test } from './test';

/** A marker alone in the Sahara, far from the synthetic events (scattered around real places). */
const LONE = {
  id: 'lone-test-event',
  date: '2017-01-11',
  title: 'Lone test event in the Sahara',
  summary: 'Synthetic, for the scale test.',
  lat: 20,
  lon: 0,
  tags: ['Test'],
  actors: [],
  sources: [],
};
const dataset = {
  title: 'Scale test: 10,000 located events',
  events: [...generateEvents(10_000), LONE],
};
const COUNT = dataset.events.length;
const SHOWN_ALL = allShown(COUNT);
const LOCATED = dataset.events.filter((e) => 'lat' in e).length;

/** Opens the dataset by link with the map at `map` (zoom/lat/lon), and waits until it is loaded. */
async function openScaleData(page: Page, map: string) {
  await page.goto(`/?data=/scale-10000.json&map=${map}`);
  await expect(dateline(page).filters.getByRole('status')).toContainText(SHOWN_ALL, {
    timeout: 60_000,
  });
}

test.beforeEach(async ({ page }) => {
  await page.route('**/scale-10000.json', (route) => route.fulfill({ json: dataset }));
});

test('10,000 events load through data=, scrub, and a click on a canvas marker selects its event', async ({
  page,
}) => {
  test.slow();
  const app = dateline(page);
  await openScaleData(page, '8/20/0');
  // Too many for a DOM marker each: one canvas draws them, and the page says where to find each.
  await expect(app.markers).toHaveCount(0);
  await expect(
    app.map.getByText(`${LOCATED.toLocaleString('en')} events are drawn on the map`),
  ).toBeAttached();
  // With a five-digit count beside it, Reset filters still reads on one line.
  const reset = app.filters.getByRole('button', { name: 'Reset filters' });
  expect((await reset.boundingBox())!.height).toBeLessThan(36);
  // The range band's panel counts the placed events inside the band, grouped as the status is.
  await expect(
    app.map.getByText(
      new RegExp(`^\\(\\d{1,2},\\d{3} of ${LOCATED.toLocaleString('en')} located\\)$`),
    ),
  ).toBeVisible();

  const cursor = app.timeline.getByRole('slider', { name: 'Time cursor' });
  await cursor.focus();
  await page.keyboard.press('Home');
  const start = await cursor.getAttribute('aria-valuetext');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(cursor).not.toHaveAttribute('aria-valuetext', start ?? '');

  // The map is centred on the lone marker, drawn in the theme's colour, and in the new one's
  // when the theme changes.
  const markerColour = (hex: string) =>
    colourDistanceAtMapMiddle(page, 'canvas.dl-marker-canvas', hex);
  await expect.poll(() => markerColour('#1f5fa8')).toBeLessThan(16); // --mark, light
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(() => markerColour('#5aa2ea')).toBeLessThan(16); // --mark, dark

  // Hovering the lone marker names it, clicking selects it.
  const canvas = app.map.locator('.leaflet-container');
  await canvas.hover();
  await expect(app.map.locator('.leaflet-tooltip')).toHaveText(
    'Lone test event in the Sahara · 11 January 2017',
  );
  await canvas.click();
  await expect(app.details.getByRole('heading', { name: LONE.title })).toBeVisible();
  await expect(page).toHaveURL(/event=lone-test-event/);
});

test('a click on a counted group of canvas markers zooms in to it', async ({ page }) => {
  test.slow();
  const app = dateline(page);
  // Centred on Tripoli at zoom 5: hundreds of synthetic events share the spot.
  await openScaleData(page, '5/32.89/13.19');
  // Groups sit at their grid cell's centre: look around the map's centre for one.
  const canvas = app.map.locator('.leaflet-container');
  const box = (await canvas.boundingBox())!;
  const tooltip = app.map.locator('.leaflet-tooltip');
  let found: { x: number; y: number } | null = null;
  for (let dy = -20; dy <= 20 && !found; dy += 10)
    for (let dx = -20; dx <= 20 && !found; dx += 10) {
      const at = { x: box.width / 2 + dx, y: box.height / 2 + dy };
      await canvas.hover({ position: at });
      if (/events · click to zoom in$/.test((await tooltip.textContent().catch(() => '')) ?? ''))
        found = at;
    }
  expect(found, 'a counted group near Tripoli').not.toBeNull();
  await canvas.click({ position: found! });
  await expect(page).toHaveURL(/[?&]map=(6|7|8|9|10)(\.5)?\//);
  await expect(app.details.getByRole('heading')).toHaveCount(0);
});

test('clearing a tag filter draws the canvas markers as they were before it', async ({ page }) => {
  test.slow();
  const app = dateline(page);
  await openScaleData(page, '5/32.89/13.19');
  const markerPixels = () =>
    page.locator('canvas.dl-marker-canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
  // A cursor set and cleared draws the markers again where they are: their grid is kept.
  const cursor = app.timeline.getByRole('slider', { name: 'Time cursor' });
  await cursor.focus();
  await page.keyboard.press('Home');
  await expect(cursor).not.toHaveAttribute('aria-valuetext', /no cursor/);
  await page.keyboard.press('Escape');
  await expect(cursor).toHaveAttribute('aria-valuetext', /no cursor/);
  // Steady first: the map has settled and the canvas been drawn more than once.
  let before = '';
  await expect
    .poll(async () => {
      const now = await markerPixels();
      const same = now === before;
      before = now;
      return same;
    })
    .toBe(true);
  const chip = app.chip('Tag A');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(markerPixels).not.toBe(before);
  // Back to every event: drawn from the grid kept for them, the same picture.
  await chip.click();
  await expect(app.filters.getByRole('status')).toContainText(SHOWN_ALL);
  await expect.poll(markerPixels).toBe(before);
});
