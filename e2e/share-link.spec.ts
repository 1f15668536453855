import seed from '../data/events.json' with { type: 'json' };
import { dateline, expect, test } from './test';

const total = seed.events.length;
const title = (id: string) => seed.events.find((e) => e.id === id)!.title;
const count = (predicate: (e: (typeof seed.events)[number]) => boolean) =>
  seed.events.filter(predicate).length;

test('the seed view is the bare URL', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'of' })).toContainText(
    `${total} of ${total} events`,
  );
  expect(new URL(page.url()).search).toBe('');
});

test('filters narrow the map, the list and the count, and say when nothing matches', async ({
  page,
}) => {
  const ui = dateline(page);
  await page.goto('/');
  const filters = page.getByRole('region', { name: 'Filters' });
  const inf = count((e) => e.tags.includes('INF treaty'));
  await ui.chip('INF treaty').click();
  await expect(ui.chip('INF treaty')).toHaveAttribute('aria-pressed', 'true');
  await expect(filters).toContainText(`${inf} of ${total} events`);
  await expect(ui.markers).toHaveCount(inf);
  await expect(ui.eventRows).toHaveCount(inf);

  await ui.search.fill('ROSSIYA');
  await expect(filters).toContainText(`1 of ${total} events`);
  await expect(ui.markers).toHaveCount(1);

  await ui.search.fill('no such words');
  await expect(filters).toContainText('No event matches these filters');
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await expect(filters).toContainText(`${total} of ${total} events`);
  await expect(ui.search).toHaveValue('');
  await expect(ui.markers).toHaveCount(total);
});

test('Copy link reopens the same view in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ui = dateline(page);
  await page.goto('/');
  await ui.basemapDrawn();
  const filters = page.getByRole('region', { name: 'Filters' });
  await ui.chip('Libya').click();
  await ui.search.fill('tripoli');
  const name = title('italy-embassy-tripoli');
  await ui.eventButton(name).click();
  // Pan the map by dragging it (from open sea, clear of the legend and the markers).
  await ui.map.scrollIntoViewIfNeeded();
  const box = (await ui.map.boundingBox())!;
  const from = { x: box.x + box.width * 0.75, y: box.y + box.height * 0.6 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 120, from.y + 60, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/map=/);
  // The drag glides on (inertia) and the URL follows: wait until both have settled.
  const markerBefore = await settled(() => markerInMap(ui));
  await settled(async () => page.url());
  const countText = await filters.getByRole('status').textContent();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link).toContain('tags=Libya');

  const other = await context.newPage();
  await other.setViewportSize(page.viewportSize()!);
  await other.goto(link);
  const ui2 = dateline(other);
  await expect(ui2.details.getByRole('heading', { name })).toBeVisible();
  await expect(other.getByRole('region', { name: 'Filters' }).getByRole('status')).toHaveText(
    countText!,
  );
  await expect(ui2.search).toHaveValue('tripoli');
  await expect(ui2.chip('Libya')).toHaveAttribute('aria-pressed', 'true');
  const markerAfter = await markerInMap(ui2);
  expect(Math.abs(markerAfter.x - markerBefore.x)).toBeLessThan(3);
  expect(Math.abs(markerAfter.y - markerBefore.y)).toBeLessThan(3);
  expect(other.url()).toBe(link);
});

/** Where the selected event's marker is, relative to the map's corner (the page may scroll). */
async function markerInMap(ui: ReturnType<typeof dateline>) {
  const marker = (await ui.map.locator('.dl-marker.is-selected').boundingBox())!;
  const map = (await ui.map.boundingBox())!;
  return { x: marker.x - map.x, y: marker.y - map.y };
}

/** Polls `read` until two reads 300 ms apart agree, and returns that value. */
async function settled<T>(read: () => Promise<T>): Promise<T> {
  let last = JSON.stringify(await read());
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await read());
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return JSON.parse(last) as T;
}

test('Back and Forward step through discrete changes', async ({ page }) => {
  const ui = dateline(page);
  await page.goto('/');
  const filters = page.getByRole('region', { name: 'Filters' });
  const chip = ui.chip('Diplomacy');
  await chip.click();
  const name = title('italy-embassy-tripoli');
  await ui.eventButton(name).click();
  await expect(ui.details.getByRole('heading', { name })).toBeVisible();

  await page.goBack();
  await expect(ui.details).toContainText('Select an event');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(filters).toContainText(`${total} of ${total} events`);
  await page.goForward();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(ui.details.getByRole('heading', { name })).toBeVisible();
});

test('dragging a range on the timeline is one history entry: Back undoes the whole drag', async ({
  page,
}) => {
  const ui = dateline(page);
  await page.goto('/');
  await ui.basemapDrawn();
  const entries = () => page.evaluate(() => history.length);
  const before = await entries();
  const box = (await ui.timeline.locator('svg').first().boundingBox())!;
  const y = box.y + box.height - 14; // along the dates
  await page.mouse.move(box.x + 18, y);
  await page.mouse.down();
  for (const share of [0.2, 0.3, 0.4, 0.5]) {
    await page.mouse.move(box.x + box.width * share, y, { steps: 3 });
  }
  await page.mouse.up();
  const rangeStatus = ui.timeline.getByRole('status');
  await expect(rangeStatus).toContainText(/^Range: /);
  await expect(page).toHaveURL(/from=.+&to=/);
  await expect.poll(entries).toBe(before + 1);
  await page.goBack();
  await expect(rangeStatus).toHaveText('Drag along the dates to filter a range');
  await expect(page).not.toHaveURL(/from=/);
});

test('a data= link that fails to load stays in the address bar, to try again', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/gone.json',
    (route) => route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto('/?data=/gone.json&tags=Libya');
  await expect(page.getByLabel('Load report')).toContainText('404', { timeout: 15_000 });
  // The example stays on screen, and the link is not rewritten as the example's own.
  await expect(dateline(page).filters.getByRole('status')).toContainText(
    `${total} of ${total} events`,
  );
  await expect(page).toHaveURL(/\?data=\/gone\.json&tags=Libya$/);
  await expect(page.getByText('Parts of this link were ignored')).toHaveCount(0);
});

test('a link with an event out of its map view keeps the view it was shared with', async ({
  page,
}) => {
  const ui = dateline(page);
  const name = title('inf-us-withdrawal'); // in Washington, far from central Libya
  await page.goto('/?map=6/27/17&event=inf-us-withdrawal');
  await expect(ui.details.getByRole('heading', { name })).toBeVisible();
  await ui.basemapDrawn();
  const url = await settled(async () => page.url());
  expect(new URL(url).searchParams.get('map')).toBe('6/27/17');
  await expect(ui.marker(name)).not.toBeInViewport();
  // Selected by the user, the same event is brought into view.
  await ui.eventButton(title('italy-embassy-tripoli')).click();
  await ui.eventButton(name).click();
  await ui.map.scrollIntoViewIfNeeded(); // the Events table is below the fold
  await expect(ui.marker(name)).toBeInViewport();
});

test('typing in the search box replaces the entry instead of pushing one per key', async ({
  page,
}) => {
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  await page
    .getByRole('searchbox', { name: 'Search events' })
    .pressSequentially('haftar', { delay: 30 });
  await expect(page).toHaveURL(/q=haftar/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a link with bad parts shows a notice and applies the rest', async ({ page }) => {
  const ui = dateline(page);
  await page.goto(
    '/?event=nope&map=abc&band=9000-10&tags=Nope,Libya&from=2019-13-40&to=2020-01-01&q=haftar',
  );
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Parts of this link were ignored');
  for (const part of [
    "event no event 'nope'",
    'map is not zoom/lat/lon',
    'band needs',
    "tags no tag 'Nope'",
    'from is not a date',
  ]) {
    await expect(notice).toContainText(part);
  }
  await expect(ui.chip('Libya')).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.search).toHaveValue('haftar');
  const expected = count(
    (e) => e.tags.includes('Libya') && JSON.stringify(e).toLowerCase().includes('haftar'),
  );
  await expect(ui.markers).toHaveCount(expected);
  // The address bar now shows only what applied.
  await expect(page).toHaveURL(/\?tags=Libya&q=haftar$/);
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(page.getByText('Parts of this link were ignored')).toHaveCount(0);
});

test('a link with a date range filters to it, in UTC', async ({ page }) => {
  const ui = dateline(page);
  await page.goto('/?from=2019-08-18&to=2019-08-19');
  // Month-precision events of August 2019 overlap the day; nothing from 2017 does.
  await expect(ui.markers).toHaveCount(count((e) => e.date.startsWith('2019-08')));
});

test('without clipboard access, Copy link shows the link to copy', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.goto('/?q=haftar');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: /Copy this link/ });
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
});

test('a link with data= loads that dataset, then applies the rest of the link', async ({
  page,
}) => {
  const ui = dateline(page);
  const dataset = {
    title: 'Two cities',
    events: [
      {
        id: 'a',
        date: '2020-05-01',
        title: 'In Rome',
        place: 'Rome',
        lat: 41.9,
        lon: 12.5,
        tags: ['x'],
      },
      {
        id: 'b',
        date: '2021',
        title: 'In Oslo',
        place: 'Oslo',
        lat: 59.9,
        lon: 10.75,
        tags: ['y'],
      },
    ],
  };
  await page.route('**/two-cities.json', (route) => route.fulfill({ json: dataset }));
  await page.goto('/?tags=y&event=b&data=%2Ftwo-cities.json');
  await expect(page.getByRole('banner')).toContainText('Two cities');
  await expect(ui.details.getByRole('heading', { name: 'In Oslo' })).toBeVisible();
  await expect(ui.markers).toHaveCount(1);
  await expect(ui.chip('y')).toHaveAttribute('aria-pressed', 'true');
  // The dataset's address is written out in full, so the link works from anywhere.
  await expect(page).toHaveURL(
    /tags=y&event=b&data=http:%2F%2F127\.0\.0\.1:\d+%2Ftwo-cities\.json$/,
  );
});
