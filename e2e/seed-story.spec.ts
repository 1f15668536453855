import seed from '../data/events.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { dateline, expect, test } from './test';

const located = seed.events.filter((e) => typeof e.lat === 'number' && typeof e.lon === 'number');
const title = (id: string) => seed.events.find((e) => e.id === id)!.title;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('the seed view shows a marker per located event and a timeline mark per event', async ({
  page,
}) => {
  const ui = dateline(page);
  await ui.basemapDrawn();
  await expect(ui.markers).toHaveCount(located.length);
  await expect(ui.timelineMarks).toHaveCount(seed.events.length);
  await expect(ui.eventRows).toHaveCount(seed.events.length);
  for (const event of located) await expect(ui.marker(event.title)).toBeAttached();
  await expect(ui.details).toContainText('Select an event');
});

test('clicking a marker fills Event details and highlights the timeline mark', async ({ page }) => {
  const ui = dateline(page);
  const name = title('shoigu-rossiya24-statement');
  await ui.marker(name).click();

  await expect(ui.details.getByRole('heading', { name })).toBeVisible();
  await expect(ui.details).toContainText('18 August 2019');
  await expect(ui.details).toContainText('Moscow, Russia');
  await expect(ui.details).toContainText('Sergei Shoigu');
  await expect(ui.details).toContainText('INF treaty');
  await expect(ui.details).toContainText('Rossiya-24');
  await expect(ui.details.getByText('Tag Archives: Sergei Shoigu').first()).toBeVisible();
  await expect(ui.details.locator('blockquote').first()).toContainText(
    'Russia will not deploy new missiles',
  );
  await expect(ui.timelineMark(name)).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.marker(name)).toHaveAttribute('aria-pressed', 'true');
});

test('dates read at their precision', async ({ page }) => {
  const ui = dateline(page);
  await ui.timelineMark(title('inf-us-withdrawal')).click();
  await expect(ui.details.getByRole('term').filter({ hasText: 'Date' })).toBeVisible();
  await expect(ui.details).toContainText('August 2019');
  await expect(ui.details).not.toContainText('2019-08-01');
  await ui.eventButton(title('haftar-kuznetsov-tobruk')).click();
  await expect(ui.details).toContainText('9–15 January 2017');
});

test('selecting in the list selects on the map and pans to an off-screen marker', async ({
  page,
}) => {
  const ui = dateline(page);
  const name = title('inf-us-withdrawal'); // Washington: outside the Libya-and-Europe frame
  const marker = ui.marker(name);
  await expect(marker).not.toBeInViewport();
  await ui.eventButton(name).click();
  await expect(marker).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.details.getByRole('heading', { name })).toBeVisible();
  await expect(ui.timelineMark(name)).toHaveAttribute('aria-pressed', 'true');
  await expect(async () => {
    const mapBox = (await ui.map.boundingBox())!;
    const box = (await marker.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(mapBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);
    expect(box.y).toBeGreaterThanOrEqual(mapBox.y);
    expect(box.y + box.height).toBeLessThanOrEqual(mapBox.y + mapBox.height);
  }).toPass();
});

test('markers at one place are fanned out so each can be clicked', async ({ page }) => {
  const ui = dateline(page);
  const moscow = seed.events.filter((e) => e.place === 'Moscow, Russia');
  expect(moscow.length).toBeGreaterThan(1);
  for (const event of moscow) {
    await ui.marker(event.title).click();
    await expect(ui.details.getByRole('heading', { name: event.title })).toBeVisible();
  }
});

test('keyboard: Tab reaches markers and list rows, Enter selects, Escape clears', async ({
  page,
}) => {
  const ui = dateline(page);
  await ui.basemapDrawn();
  const name = title('italy-embassy-tripoli');

  // Tab from the top of the page until a map marker has focus (checked after each key, so a
  // slow machine cannot make the loop tab past it).
  await tabUntil(page, () =>
    Boolean(document.activeElement?.closest('.leaflet-marker-pane [role="button"]')),
  );
  await expect(ui.markers.and(page.locator(':focus'))).toHaveCount(1);
  const focusedName = await page.locator(':focus').getAttribute('aria-label');
  // A focused marker says what it is to sighted keyboard users too, as hovering does.
  await expect(ui.map.locator('.leaflet-tooltip')).toContainText(focusedName!);
  await page.keyboard.press('Enter');
  await expect(ui.details.getByRole('heading', { name: focusedName! })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ui.details).toContainText('Select an event');

  // Keep tabbing until the list row's button has focus.
  const row = ui.eventButton(name);
  await tabUntil(
    page,
    (name) =>
      document.activeElement?.closest('[aria-label="Events"]') != null &&
      document.activeElement.textContent?.trim() === name,
    name,
  );
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ui.details.getByRole('heading', { name })).toBeVisible();
  await expect(ui.marker(name)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(ui.details).toContainText('Select an event');
  await expect(ui.marker(name)).toHaveAttribute('aria-pressed', 'false');
});

/** Presses Tab until `focused` (run in the page, given `arg`) is true, at most 200 times. */
async function tabUntil(page: Page, focused: (arg: string) => boolean, arg = ''): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(focused, arg)) return;
  }
  throw new Error('Tab never reached the element');
}
