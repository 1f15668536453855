import seed from '../data/events.json' with { type: 'json' };
import { dateline, expect, test } from './test';

const title = (id: string) => seed.events.find((e) => e.id === id)!.title;
const dir = process.env.DATELINE_SCREENSHOT_DIR ?? 'test-results/screenshots';

test.use({
  viewport: { width: 360, height: 740 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
});

test('on a phone: no horizontal scrolling, map above the timeline, details in a bottom sheet', async ({
  page,
}) => {
  const ui = dateline(page);
  await page.goto('/');
  await ui.basemapDrawn();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const map = (await ui.map.boundingBox())!;
  const timeline = (await ui.timeline.boundingBox())!;
  expect(map.y + map.height).toBeLessThanOrEqual(timeline.y + 1);
  await page.screenshot({ path: `${dir}/phone-seed.png` });

  const name = title('italy-embassy-tripoli');
  await ui.marker(name).tap();
  await expect(ui.details.getByRole('heading', { name })).toBeVisible();
  await expect(ui.details).toBeInViewport();
  // The sheet does not hide the marker just tapped: the map moves it above the sheet.
  const clearOfSheet = async () => {
    const marker = (await ui.marker(name).boundingBox())!;
    const sheet = (await ui.details.boundingBox())!;
    return marker.y >= 0 && marker.y + marker.height <= sheet.y;
  };
  await expect.poll(clearOfSheet).toBe(true);
  await page.screenshot({ path: `${dir}/phone-details.png` });
  await ui.details.getByRole('button', { name: 'Clear selection' }).tap();
  await expect(ui.details.getByRole('heading', { name })).toHaveCount(0);
});

test('on a phone: filters open in a drawer', async ({ page }) => {
  const ui = dateline(page);
  await page.goto('/');
  await expect(ui.chip('Libya')).toBeHidden();
  await page.getByRole('button', { name: 'Filters' }).tap();
  await expect(ui.chip('Libya')).toBeVisible();
  await ui.chip('Libya').tap();
  await expect(ui.chip('Libya')).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: `${dir}/phone-filters.png` });
  await page.getByRole('button', { name: 'Close filters' }).tap();
  await expect(ui.chip('Libya')).toBeHidden();
  await expect(ui.markers).toHaveCount(seed.events.filter((e) => e.tags.includes('Libya')).length);
});

test('on a phone: buttons are at least 44 px tall', async ({ page }) => {
  await page.goto('/');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, a[href], input, select, [role="button"]')]
      // A checkbox's target is its label.
      .map(
        (el) =>
          (el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label')) || el,
      )
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.height > 0 &&
          box.bottom > 0 &&
          getComputedStyle(el).visibility !== 'hidden'
        );
      })
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return Math.min(box.width, box.height) < 44 && !el.closest('.leaflet-marker-pane, svg');
      })
      .map(
        (el) =>
          `${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`,
      ),
  );
  expect(small).toEqual([]);
});

test('on a phone: brush a range by touch along the dates', async ({ page }) => {
  const ui = dateline(page);
  await page.goto('/');
  await ui.basemapDrawn();
  const svg = ui.timeline.locator('svg').first();
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const y = box.y + box.height - 14;
  // Playwright emulates taps only: a touch drag goes through the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  const [startX, endX] = [box.x + 12, box.x + 12 + box.width * 0.45];
  await touch('touchStart', startX);
  for (let i = 1; i <= 30; i++) await touch('touchMove', startX + ((endX - startX) * i) / 30);
  await touch('touchEnd', 0);
  // The range follows the finger to where it lifted (to the day it snaps to).
  const centre = async (name: string) => {
    const handle = (await ui.timeline.getByRole('slider', { name }).boundingBox())!;
    return handle.x + handle.width / 2;
  };
  expect(Math.abs((await centre('Range start')) - startX)).toBeLessThan(6);
  expect(Math.abs((await centre('Range end')) - endX)).toBeLessThan(6);
  await expect(page).toHaveURL(/from=.*&to=/);
  const shown = await ui.eventRows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(seed.events.length);
  await page.screenshot({ path: `${dir}/phone-brush.png` });
});

test('on a phone: the timeline controls leave no empty row for the hidden Clear cursor', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = dateline(page).timeline;
  const clear = timeline.getByRole('button', { name: 'Clear cursor' });
  const show = timeline.getByRole('combobox', { name: 'Show' });
  const lanes = timeline.getByRole('combobox', { name: 'Lanes' });
  await expect(clear).toBeHidden();
  // The next row of controls follows the one above with no 44 px gap between.
  const showBox = (await show.boundingBox())!;
  const lanesBox = (await lanes.boundingBox())!;
  expect(lanesBox.y - (showBox.y + showBox.height)).toBeLessThan(20);
  // With a cursor, it is there to clear it.
  await timeline.getByRole('slider', { name: 'Time cursor' }).focus();
  await page.keyboard.press('Home');
  await expect(clear).toBeVisible();
  await clear.click();
  await expect(clear).toBeHidden();
});
