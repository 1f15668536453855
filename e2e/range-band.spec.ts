import type { Locator, Page } from '@playwright/test';
import seed from '../data/events.json' with { type: 'json' };
import { dateline, expect, test } from './test';

interface LatLon {
  lat: number;
  lon: number;
}
interface ScreenPoint {
  x: number;
  y: number;
}

const moscow = { lat: 55.7558, lon: 37.6173 };
const tripoli = { lat: 32.8872, lon: 13.1913 };
/** The Arctic Ocean north of Svalbard: about 3,020 km from Moscow, across the map's top. */
const northOfSvalbard = { lat: 82.5, lon: 20 };
/** About 200 km due south of Moscow: inside the band's 500 km hole. */
const southOfMoscow = { lat: 53.96, lon: 37.6173 };
const located = seed.events.filter((e) => typeof e.lat === 'number');
const title = (id: string) => seed.events.find((e) => e.id === id)!.title;

function band(page: Page) {
  const region = page.getByRole('region', { name: 'Range band' });
  return {
    region,
    legend: region.getByText(/^INF range band:/),
    options: region.getByRole('button', { name: 'Band options' }),
    launchPoint: region.getByRole('combobox', { name: 'Launch point' }),
    setLaunchPoint: region.getByRole('button', { name: 'Set launch point' }),
    inner: region.getByRole('spinbutton', { name: 'Inner radius (km)' }),
    outer: region.getByRole('spinbutton', { name: 'Outer radius (km)' }),
    apply: region.getByRole('button', { name: 'Apply' }),
    show: region.getByRole('checkbox', { name: 'Show band' }),
    onlyInside: region.getByRole('checkbox', { name: 'Only events in range band' }),
    /** The handle on the map: a button named after the launch point. */
    handle: page
      .getByRole('region', { name: 'Map' })
      .getByRole('button', { name: /^Launch point/ }),
    area: page.getByTestId('range-band-area'),
    problem: region.getByRole('alert'),
  };
}

/** Zooms the map out as far as it goes: zoom 2, where the world is 1,024 px wide. */
async function zoomToWorld(page: Page) {
  const zoomOut = dateline(page).map.getByRole('button', { name: 'Zoom out' });
  await expect(async () => {
    if ((await zoomOut.getAttribute('aria-disabled')) !== 'true') await zoomOut.click();
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true', { timeout: 1000 });
  }).toPass();
}

const WORLD_WIDTH = 1024;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Where `p` is on screen at world zoom, measured from the launch point's own mark at `from`. */
async function screenPointAt(page: Page, from: LatLon, p: LatLon): Promise<ScreenPoint> {
  const mark = page.getByTestId('launch-point');
  // Wait for the mark to settle where the zoom animation leaves it.
  let box = await mark.boundingBox();
  await expect(async () => {
    const again = await mark.boundingBox();
    expect(again).toEqual(box);
    box = again;
  }).toPass({ intervals: [100] });
  const x = box!.x + box!.width / 2 + ((p.lon - from.lon) / 360) * WORLD_WIDTH;
  const y =
    box!.y +
    box!.height / 2 -
    (WORLD_WIDTH / (2 * Math.PI)) * (mercatorY(p.lat) - mercatorY(from.lat));
  return { x, y };
}

/** Hit-tests the drawn band: is the screen point inside its fill (as the browser paints it)? */
function bandCovers(area: Locator, point: ScreenPoint): Promise<boolean> {
  return area.evaluate((path: SVGPathElement, { x, y }) => {
    const local = new DOMPoint(x, y).matrixTransform(path.getScreenCTM()!.inverse());
    return path.isPointInFill(local);
  }, point);
}

/**
 * Pans the map (by keyboard) until `target` is at least `margin` px inside it and clear of the
 * range band's panel, which sits over the map's top left corner.
 */
async function bringIntoView(page: Page, target: () => Promise<ScreenPoint>, margin = 40) {
  const map = page.locator('.leaflet-container');
  const panel = band(page).region;
  await expect(async () => {
    const box = (await map.boundingBox())!;
    const over = (await panel.boundingBox())!;
    const p = await target();
    const underPanel = p.x < over.x + over.width + margin && p.y < over.y + over.height + margin;
    const key =
      p.y < box.y + margin
        ? 'ArrowUp'
        : p.y > box.y + box.height - margin
          ? 'ArrowDown'
          : p.x < box.x + margin || underPanel
            ? 'ArrowLeft'
            : p.x > box.x + box.width - margin
              ? 'ArrowRight'
              : null;
    if (key) {
      await map.focus();
      await map.press(key);
    }
    expect(key).toBeNull();
  }).toPass({ intervals: [300] });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await dateline(page).basemapDrawn();
});

test('on first load the legend names the INF band around Moscow and says why', async ({ page }) => {
  const ui = band(page);
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Moscow');
  // The same note with any dataset: nothing in it about the seed's events.
  await expect(ui.region.getByText(/^Moscow by default/)).toHaveText(
    "Moscow by default: Russia's side of the treaty.",
  );
  await expect(ui.show).toBeChecked();
  await expect(ui.onlyInside).not.toBeChecked();
  await expect(ui.area).toHaveAttribute('d', /^M/);
  await expect(ui.handle).toBeVisible();
});

test('at world zoom the band around Moscow covers the Arctic and Tripoli, not Moscow', async ({
  page,
}) => {
  const ui = band(page);
  const map = dateline(page);
  await zoomToWorld(page);
  const at = (p: LatLon) => screenPointAt(page, moscow, p);
  await bringIntoView(page, () => at(northOfSvalbard));

  // The projection the test assumes is Leaflet's: check it against a lone marker first.
  const washington = await at({ lat: 38.9072, lon: -77.0369 });
  const marker = (await map.marker(title('inf-us-withdrawal')).boundingBox())!;
  expect(Math.abs(marker.x + marker.width / 2 - washington.x)).toBeLessThan(2);
  expect(Math.abs(marker.y + marker.height / 2 - washington.y)).toBeLessThan(2);

  expect(await bandCovers(ui.area, await at(northOfSvalbard))).toBe(true);
  // Across the pole, on the far side of the map: 4,380 km from Moscow, still in the band.
  expect(await bandCovers(ui.area, await at({ lat: 84.5, lon: -150 }))).toBe(true);
  expect(await bandCovers(ui.area, await at(tripoli))).toBe(true);
  expect(await bandCovers(ui.area, await at(southOfMoscow))).toBe(false);
  expect(await bandCovers(ui.area, await at(moscow))).toBe(false);
  // Beyond 5,500 km: the Sahel, 5,610 km due south.
  expect(await bandCovers(ui.area, await at({ lat: 5.3, lon: 37.6173 }))).toBe(false);

  // What the user sees: the Arctic point's pixels change when the band is hidden.
  const arctic = await at(northOfSvalbard);
  const clip = { x: arctic.x - 2, y: arctic.y - 2, width: 4, height: 4 };
  await page.mouse.move(0, 0);
  const shown = await page.screenshot({ clip });
  await ui.show.uncheck();
  await expect(ui.area).toBeHidden();
  expect((await page.screenshot({ clip })).equals(shown)).toBe(false);
  await ui.show.check();
  await expect(ui.area).toBeVisible();

  // Hovering the map shows the distance from the launch point at the pointer.
  await page.mouse.move(arctic.x, arctic.y);
  await expect(page.getByText(/^3,0[0-4]\d km from Moscow: inside the band$/)).toBeVisible();
  // The mid-Atlantic, about 7,000 km away: beyond the band.
  const atlantic = await at({ lat: 20, lon: -40 });
  await page.mouse.move(atlantic.x, atlantic.y);
  await expect(
    page.getByText(/^\d,\d{3} km from Moscow: beyond the band's 5,500 km outer edge$/),
  ).toBeVisible();
});

test('moving the launch point to Tobruk changes the distance in Event details', async ({
  page,
}) => {
  const ui = band(page);
  const { details, eventButton } = dateline(page);
  await eventButton(title('italy-embassy-tripoli')).click();
  await expect(details).toContainText('3,165 km from Moscow: inside the band');

  await ui.options.click();
  await ui.launchPoint.selectOption({ label: 'Tobruk' });
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Tobruk');
  await expect(details).toContainText('1,015 km from Tobruk: inside the band');
  await expect(details).not.toContainText('from Moscow');

  // Washington is beyond the band from either.
  await eventButton(title('inf-us-withdrawal')).click();
  await expect(details).toContainText("km from Tobruk: beyond the band's 5,500 km outer edge");
});

test('"Only events in range band" filters the markers and the list', async ({ page }) => {
  const ui = band(page);
  const { markers, eventRows } = dateline(page);
  await expect(markers).toHaveCount(located.length);
  // From Moscow: Tobruk and Tripoli (four events) are in the band; Moscow and Washington are not.
  await ui.onlyInside.check();
  await expect(markers).toHaveCount(4);
  await expect(eventRows).toHaveCount(4);
  await expect(dateline(page).marker(title('italy-embassy-tripoli'))).toBeAttached();
  await expect(dateline(page).marker(title('shoigu-rossiya24-statement'))).toHaveCount(0);
  // From Tripoli, its own two events fall in the hole and Moscow comes into the band.
  await ui.options.click();
  await ui.launchPoint.selectOption({ label: 'Tripoli' });
  await expect(markers).toHaveCount(5);
  await expect(dateline(page).marker(title('shoigu-rossiya24-statement'))).toBeAttached();
  await ui.onlyInside.uncheck();
  await expect(markers).toHaveCount(located.length);
});

test('the band count beside "Only events in range band" follows the other filters', async ({
  page,
}) => {
  const ui = band(page);
  const app = dateline(page);
  const count = ui.region.getByText(/^\(\d+ of \d+ located\)$/);
  await expect(count).toHaveText(`(4 of ${located.length} located)`);
  // Narrowed by a tag, it counts what ticking the box would then show.
  // Libya: the four in Tobruk and Tripoli are in the band, Haftar's visit to Moscow is not.
  await app.filters
    .getByRole('group', { name: 'Tags' })
    .getByRole('button', { name: /^Libya/ })
    .click();
  const libya = located.filter((e) => e.tags.includes('Libya'));
  await expect(count).toHaveText(`(4 of ${libya.length} located)`);
  await app.search.fill('zzz');
  await expect(count).toHaveText('(0 of 0 located)');
  await app.search.fill('');
  await ui.onlyInside.check();
  await expect(app.markers).toHaveCount(4);
  await expect(count).toHaveText(`(4 of ${libya.length} located)`);
});

test('the radii are validated, applied and redrawn', async ({ page }) => {
  const ui = band(page);
  await ui.options.click();
  await expect(ui.inner).toHaveValue('500');
  await expect(ui.outer).toHaveValue('5500');

  await ui.inner.fill('6000');
  await ui.apply.click();
  await expect(ui.problem).toHaveText(
    'Inner radius must be less than the outer radius. The band needs 0 ≤ inner < outer ≤ 20,000 km.',
  );
  await expect(ui.inner).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Moscow');

  await ui.inner.fill('0');
  await ui.outer.fill('20001');
  await ui.outer.press('Enter');
  await expect(ui.problem).toContainText('Outer radius is over 20,000 km.');
  await expect(ui.outer).toHaveAttribute('aria-invalid', 'true');

  const before = await ui.area.getAttribute('d');
  await ui.outer.fill('12000');
  await ui.outer.press('Enter');
  await expect(ui.legend).toHaveText('INF range band: 0–12,000 km from Moscow');
  await expect(ui.problem).toHaveText('');
  await expect(ui.inner).toHaveAttribute('aria-invalid', 'false');
  await expect(ui.area).not.toHaveAttribute('d', before!);

  await ui.region.getByRole('button', { name: 'INF band (500–5,500 km)' }).click();
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Moscow');
  await expect(ui.inner).toHaveValue('500');
});

test('"Set launch point" then a click on the map moves the band there; Escape cancels', async ({
  page,
}) => {
  const ui = band(page);
  await ui.options.click();
  await ui.setLaunchPoint.click();
  await expect(ui.setLaunchPoint).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.region.getByRole('status')).toContainText('Click the map');
  await page.keyboard.press('Escape');
  await expect(ui.setLaunchPoint).toHaveAttribute('aria-pressed', 'false');
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Moscow');

  await ui.setLaunchPoint.click();
  const map = (await page.locator('.leaflet-container').boundingBox())!;
  // The frame's bottom right, clear of the panel (top left) and of the markers.
  await page.mouse.click(map.x + map.width * 0.8, map.y + map.height * 0.8);
  await expect(ui.setLaunchPoint).toHaveAttribute('aria-pressed', 'false');
  await expect(ui.legend).toHaveText(
    /^INF range band: 500–5,500 km from \d+\.\d\d° [NS], \d+\.\d\d° [EW]$/,
  );
  await expect(ui.launchPoint).toHaveValue('custom');
});

test('by keyboard: "Set launch point", Enter on the map, and arrow keys on the handle', async ({
  page,
}) => {
  const ui = band(page);
  await ui.options.click();
  await ui.launchPoint.selectOption({ label: 'Kaliningrad' });
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Kaliningrad');

  // The handle: Tab to it, move it north by 0.5° with an arrow key, 5° with Shift.
  await ui.handle.focus();
  await expect(ui.handle).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from 55.21° N, 20.45° E');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from 55.21° N, 25.45° E');
  await expect(ui.handle).toBeFocused();

  // "Set launch point" by keyboard: the map takes focus, Enter picks its centre.
  await ui.setLaunchPoint.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-container')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ui.setLaunchPoint).toHaveAttribute('aria-pressed', 'false');
  await expect(ui.legend).not.toHaveText(/25\.45° E/);
});

test('sorted by distance, the table sorts by date while the band is hidden', async ({ page }) => {
  const ui = band(page);
  const { events } = dateline(page);
  const header = (name: string) => events.getByRole('columnheader', { name: new RegExp(name) });
  await events.getByRole('button', { name: /^Distance/ }).click();
  await expect(header('Distance')).toHaveAttribute('aria-sort', 'ascending');
  await ui.show.uncheck();
  await expect(header('Distance')).toHaveCount(0);
  await expect(header('Date')).toHaveAttribute('aria-sort', 'ascending');
  await expect(events.getByRole('table')).toHaveAccessibleName(
    `${seed.events.length} events, sorted by Date ascending`,
  );
  const firstDate = [...seed.events].sort((a, b) => a.date.localeCompare(b.date))[0]!;
  await expect(dateline(page).eventRows.first()).toContainText(firstDate.title);
  // The band back, the table sorts by distance again, as the user chose.
  await ui.show.check();
  await expect(header('Distance')).toHaveAttribute('aria-sort', 'ascending');
});

test('the band can be hidden, and its handle goes with it', async ({ page }) => {
  const ui = band(page);
  await ui.show.uncheck();
  await expect(ui.area).toBeHidden();
  await expect(ui.handle).toHaveCount(0);
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Moscow (hidden)');
  await ui.show.check();
  await expect(ui.area).toBeVisible();
  await expect(ui.handle).toBeVisible();
});

test('dragging the handle moves the band while it moves; Back undoes the whole drag', async ({
  page,
}) => {
  const ui = band(page);
  const entries = () => page.evaluate(() => history.length);
  const entriesBefore = await entries();
  const knob = (await ui.handle.boundingBox())!;
  const before = await ui.area.getAttribute('d');
  await page.mouse.move(knob.x + knob.width / 2, knob.y + knob.height / 2);
  await page.mouse.down();
  await page.mouse.move(knob.x - 60, knob.y + 60, { steps: 4 });
  // Mid-drag: the band and the legend have followed already.
  await expect(ui.legend).toHaveText(/from \d+\.\d\d° N, \d+\.\d\d° E$/);
  await expect(ui.area).not.toHaveAttribute('d', before!);
  const during = await ui.area.getAttribute('d');
  await page.mouse.move(knob.x - 120, knob.y + 120, { steps: 4 });
  await page.mouse.up();
  await expect(ui.area).not.toHaveAttribute('d', during!);
  // The launch point sits where the pointer let go, less the knob's offset above it.
  const after = (await ui.handle.boundingBox())!;
  expect(Math.abs(after.x + after.width / 2 - (knob.x - 120))).toBeLessThan(knob.width);

  // The drag is one step of history, however many frames it moved the band in.
  await expect(page).toHaveURL(/ring=/);
  await expect.poll(entries).toBe(entriesBefore + 1);
  await page.goBack();
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Moscow');
  await expect(page).not.toHaveURL(/ring=/);
});

test('a band across the antimeridian, and one round the pole, fill the right side', async ({
  page,
}) => {
  // Two links opened, each zoomed out to the world and panned: 11 to 18 s here when the machine
  // is quiet, over 30 s when it is busy.
  test.slow();
  const ui = band(page);
  // A link can place the launch point anywhere (share link `ring`).
  await page.goto('/?ring=10,170');
  await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from 10.00° N, 170.00° E');
  await zoomToWorld(page);
  const from170 = (p: LatLon) => screenPointAt(page, { lat: 10, lon: 170 }, p);
  await bringIntoView(page, () => from170({ lat: 10, lon: 170 }), 120);
  expect(await bandCovers(ui.area, await from170({ lat: 10, lon: 175 }))).toBe(true);
  // 5° east, across 180°: the map's next world copy, filled alike.
  expect(await bandCovers(ui.area, await from170({ lat: 10, lon: 185 }))).toBe(true);
  expect(await bandCovers(ui.area, await from170({ lat: 10, lon: 170 }))).toBe(false);
  expect(await bandCovers(ui.area, await from170({ lat: 10, lon: 110 }))).toBe(false);

  // Centred 1° from the pole: the band is everything north of about 40° N but the cap it rings.
  await page.goto('/?ring=89,0');
  await zoomToWorld(page);
  // The handle stops at 85° N, where Leaflet's map ends.
  const from89 = (p: LatLon) => screenPointAt(page, { lat: 85, lon: 0 }, p);
  await bringIntoView(page, () => from89({ lat: 60, lon: 0 }));
  for (const lon of [-60, 0, 60]) {
    expect(await bandCovers(ui.area, await from89({ lat: 60, lon }))).toBe(true);
    expect(await bandCovers(ui.area, await from89({ lat: 25, lon }))).toBe(false);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the legend alone covers the map until the options open, and they work', async ({
    page,
  }) => {
    const ui = band(page);
    const mapBox = (await dateline(page).map.boundingBox())!;
    const folded = (await ui.region.boundingBox())!;
    expect(folded.x).toBeGreaterThanOrEqual(mapBox.x);
    expect(folded.x + folded.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);
    expect(folded.height).toBeLessThan(mapBox.height * 0.3);
    await expect(ui.legend).toBeInViewport();
    await expect(ui.show).toBeHidden();
    await ui.options.click();
    await expect(ui.show).toBeVisible();
    await ui.launchPoint.selectOption({ label: 'Tripoli' });
    await expect(ui.legend).toHaveText('INF range band: 500–5,500 km from Tripoli');
    await expect(ui.outer).toBeVisible();
    // A finger-sized handle.
    const handle = (await ui.handle.boundingBox())!;
    expect(Math.min(handle.width, handle.height)).toBeGreaterThanOrEqual(44);
  });
});
