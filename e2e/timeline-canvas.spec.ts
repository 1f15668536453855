import type { BrowserContext, Page } from '@playwright/test';
import { generateEvents } from '../bench/generate';
import { allShown, dateline, expect, test } from './test';

/** Enough events for the timeline to paint its marks on a canvas, too few to aggregate them. */
const dataset = { title: 'Canvas test: 1,000 events', events: generateEvents(1000) };
const COUNT = dataset.events.length;
const SHOWN_ALL = allShown(COUNT);

/** The timeline canvas's pixels, as a PNG data URL. */
const timelinePixels = (page: Page) =>
  dateline(page)
    .timeline.locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

/** Opens the 1,000-event dataset by link (served by the test) and waits until it is loaded. */
async function openCanvasData(context: BrowserContext, page: Page) {
  await context.route(
    (url) => url.pathname === '/canvas-1000.json',
    (route) => route.fulfill({ json: dataset }),
  );
  await page.goto('/?data=/canvas-1000.json');
  await expect(dateline(page).filters.getByRole('status')).toContainText(SHOWN_ALL, {
    timeout: 30_000,
  });
}

// A scrub repaints only the strips around the marks the cursor crosses. Drawn at a fractional
// pixel ratio, where a strip's edge is most likely to leave a seam.
test.use({ deviceScaleFactor: 1.5 });

test('after a scrub the timeline canvas shows exactly what a whole repaint shows', async ({
  context,
  page,
}) => {
  test.slow();
  await openCanvasData(context, page);
  const cursor = dateline(page).timeline.getByRole('slider', { name: 'Time cursor' });
  await cursor.focus();
  await page.keyboard.press('Home');
  await expect(cursor).not.toHaveAttribute('aria-valuetext', /no cursor/);
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).not.toBeNull();
  const atStart = await timelinePixels(page);
  // Event by event (Shift), then a unit of the axis at a time, crossing several marks a step.
  for (const key of [...Array<string>(30).fill('Shift+ArrowRight'), 'ArrowRight', 'ArrowRight']) {
    const before = await cursor.getAttribute('aria-valuenow');
    await page.keyboard.press(key);
    await expect(cursor).not.toHaveAttribute('aria-valuenow', before ?? '');
  }
  const scrubbed = await timelinePixels(page);
  expect(scrubbed, 'the scrub changed the picture').not.toBe(atStart);

  // A new theme repaints the canvas whole; back in the first theme, it is the same picture.
  const darkTheme = page.getByRole('button', { name: 'Dark theme' });
  await darkTheme.click();
  await expect.poll(() => timelinePixels(page)).not.toBe(scrubbed);
  await darkTheme.click();
  await expect.poll(() => timelinePixels(page)).toBe(scrubbed);

  // Hovering an event's row lights its mark; leaving it repaints the mark as it was.
  await dateline(page).eventRows.first().hover();
  await expect.poll(() => timelinePixels(page)).not.toBe(scrubbed);
  await page.mouse.move(640, 5);
  await expect.poll(() => timelinePixels(page)).toBe(scrubbed);
});

test('the histogram legend sits above the marks and gives way to the time cursor', async ({
  context,
  page,
}) => {
  await openCanvasData(context, page);
  const timeline = dateline(page).timeline;
  const legend = timeline.getByText(/^Bars: events per \w+ \(tallest [\d.]+\)$/);
  await expect(legend).toBeVisible();
  // Above the highest of the marks: the count badges on the track's header line.
  const badges = timeline.getByRole('button', { name: /more events here/ });
  await expect(badges.first()).toBeVisible();
  const legendBox = (await legend.boundingBox())!;
  const badgeTops = await badges.evaluateAll((all) =>
    all.map((badge) => badge.getBoundingClientRect().top),
  );
  expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(Math.min(...badgeTops));

  // The cursor's handle at the start of the track, where the legend is: the legend steps aside.
  const cursor = timeline.getByRole('slider', { name: 'Time cursor' });
  await cursor.focus();
  await page.keyboard.press('Home');
  await expect(legend).toBeHidden();
  await page.keyboard.press('End');
  await expect(legend).toBeVisible();
});

test('a timeline canvas drawn again after a theme change meanwhile takes the new colours', async ({
  context,
  page,
}) => {
  await openCanvasData(context, page);
  const ui = dateline(page);
  const canvas = ui.timeline.locator('canvas');
  await expect(canvas).toHaveCount(1);
  const light = await timelinePixels(page);
  const darkTheme = page.getByRole('button', { name: 'Dark theme' });
  await darkTheme.click();
  await expect.poll(() => timelinePixels(page)).not.toBe(light);

  // A search down to one event: its mark is drawn in SVG and the canvas goes. The theme changes
  // back meanwhile; when the search is cleared, the new canvas is painted in the light colours.
  await ui.search.fill(dataset.events[0]!.title);
  await expect(canvas).toHaveCount(0);
  await darkTheme.click();
  await ui.search.fill('');
  await expect(canvas).toHaveCount(1);
  await expect.poll(() => timelinePixels(page)).toBe(light);
});
