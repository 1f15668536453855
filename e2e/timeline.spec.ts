import type { Locator, Page } from '@playwright/test';
import seed from '../data/events.json' with { type: 'json' };
import { dateline, expect, test } from './test';

/** The seed's events with their [start, end) in UTC ms, computed here from the data itself. */
const events = seed.events.map((e) => {
  const [start] = period(e.date);
  const [, end] = period(e.end ?? e.date);
  return { ...e, start, end, located: typeof e.lat === 'number' && typeof e.lon === 'number' };
});

/** A YYYY, YYYY-MM or YYYY-MM-DD date as the UTC period it names. */
function period(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** What a brushed range [from, to) keeps: events overlapping it (any part of a span). */
const overlapping = (from: number, to: number) =>
  events.filter((e) => e.start < to && e.end > from);

function parts(page: Page) {
  const ui = dateline(page);
  const { timeline } = ui;
  return {
    ...ui,
    cursor: timeline.getByRole('slider', { name: 'Time cursor' }),
    rangeStart: timeline.getByRole('slider', { name: 'Range start' }),
    rangeEnd: timeline.getByRole('slider', { name: 'Range end' }),
    play: timeline.getByRole('button', { name: 'Play', exact: true }),
    pause: timeline.getByRole('button', { name: 'Pause', exact: true }),
    fit: timeline.getByRole('button', { name: 'Fit', exact: true }),
    /** The pan-and-zoom surface; its name says the dates it shows. */
    plot: timeline.getByRole('group', { name: /^Zoomable timeline/ }),
    svg: timeline.locator('svg').first(),
  };
}

const valueOf = async (slider: Locator) => Number(await slider.getAttribute('aria-valuenow'));

/** Expects the map and the Events list to show exactly `expected` events. */
async function expectShown(ui: ReturnType<typeof parts>, expected: typeof events) {
  await expect(ui.eventRows).toHaveCount(expected.length);
  for (const event of events) {
    const marker = ui.marker(event.title);
    if (expected.includes(event) && event.located) await expect(marker).toBeAttached();
    else await expect(marker).toHaveCount(0);
  }
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await dateline(page).basemapDrawn();
});

test('brushing a range by mouse filters the map, the list and the counts; a click clears it', async ({
  page,
}) => {
  const ui = parts(page);
  await expectShown(ui, events);
  const box = (await ui.svg.boundingBox())!;
  // Drag along the dates, from the left edge of the plot to its middle (mid-2018 at the fit).
  const y = box.y + box.height - 14;
  await page.mouse.move(box.x + 18, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, y, { steps: 4 });
  await page.mouse.up();

  const from = await valueOf(ui.rangeStart);
  const to = await valueOf(ui.rangeEnd);
  const expected = overlapping(from, to);
  expect(expected.map((e) => e.id).sort()).toEqual(
    events
      .filter((e) => e.date.startsWith('2017'))
      .map((e) => e.id)
      .sort(),
  );
  await expectShown(ui, expected);
  await expect(ui.timeline.getByRole('status')).toContainText(
    `${expected.length} of ${events.length} events`,
  );
  // The range's dates are read whole, not cut short with an ellipsis.
  const status = ui.timeline.getByRole('status');
  await expect(status.locator('strong')).toHaveText(/^\d+ \w+( \d{4})? – \d+ \w+ \d{4}$/);
  const cut = await status.evaluate((p) =>
    [p, ...p.children]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  // The timeline still draws every event; the brush only dims what it leaves out, each mark
  // whole with its title (not the plot beyond the range, which cut titles in two).
  await expect(ui.timelineMarks).toHaveCount(events.length);
  for (const event of events) {
    const inside = expected.includes(event);
    await expect(ui.timelineMark(event.title)).toHaveCSS('opacity', inside ? '1' : '0.35');
  }

  // A click on the empty track clears the brush: everything shows again.
  await page.mouse.click(box.x + box.width - 40, y);
  await expectShown(ui, events);
});

test('brushing a range by keyboard: the handles are sliders', async ({ page }) => {
  const ui = parts(page);
  await ui.rangeStart.focus();
  // PageUp moves the start to the next enclosing period (a year at this zoom).
  await page.keyboard.press('PageUp');
  const from = await valueOf(ui.rangeStart);
  expect(from).toBe(Date.UTC(2018, 0, 1));
  await expect(ui.rangeStart).toHaveAttribute('aria-valuetext', '1 January 2018');
  await expectShown(ui, overlapping(from, await valueOf(ui.rangeEnd)));
  expect(overlapping(from, await valueOf(ui.rangeEnd))).toHaveLength(3);

  // Escape clears the range.
  await page.keyboard.press('Escape');
  await expectShown(ui, events);

  // Home on the end handle shrinks the range to the first day: the month-precision events of
  // January 2017 cover it, the carrier visit (9-15 January) does not.
  await ui.rangeEnd.focus();
  await page.keyboard.press('Home');
  const [start, end] = [await valueOf(ui.rangeStart), await valueOf(ui.rangeEnd)];
  expect([start, end]).toEqual([Date.UTC(2017, 0, 1), Date.UTC(2017, 0, 2)]);
  await expect(ui.rangeEnd).toHaveAttribute('aria-valuetext', '1 January 2017');
  const firstDay = overlapping(start, end);
  expect(firstDay.every((e) => e.date === '2017-01')).toBe(true);
  await expectShown(ui, firstDay);
});

test('dragging the time cursor fades later markers, and the window mode hides others', async ({
  page,
}) => {
  const ui = parts(page);
  const box = (await ui.cursor.boundingBox())!;
  const svg = (await ui.svg.boundingBox())!;
  // From its parked place at the end to the middle of the timeline (mid-2018).
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(svg.x + svg.width / 2, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(ui.cursor).toHaveAttribute('aria-valuetext', /2018$/);
  await expect(ui.cursor).toBeFocused();
  const t = await valueOf(ui.cursor);
  for (const event of events) {
    const marker = ui.marker(event.title);
    if (event.start > t) await expect(marker).toHaveClass(/is-after-cursor/);
    else await expect(marker).not.toHaveClass(/is-after-cursor/);
  }
  expect(events.filter((e) => e.start > t)).toHaveLength(3);

  // Shift+Right goes to the next event: the US withdrawal, August 2019, now emphasised.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(ui.cursor).toHaveAttribute('aria-valuetext', '1 August 2019');
  const august = events.filter((e) => e.date === '2019-08');
  for (const event of august) await expect(ui.marker(event.title)).not.toHaveClass(/after-cursor/);
  await expect(ui.marker(events.find((e) => e.date === '2019-08-18')!.title)).toHaveClass(
    /is-after-cursor/,
  );
  await expect(page.locator('.dl-marker.is-at-cursor')).toHaveCount(1);

  // Window mode, 30 days: only events overlapping the month before the cursor show.
  await ui.timeline.getByRole('combobox', { name: /^Show/ }).selectOption('window');
  const cursor = await valueOf(ui.cursor);
  for (const event of events) {
    const inWindow = event.start <= cursor && event.end > cursor - 30 * 864e5;
    if (inWindow) await expect(ui.marker(event.title)).toBeVisible();
    else await expect(ui.marker(event.title)).toBeHidden();
  }

  // End moves the cursor to the end of the data; Escape clears it and every marker shows.
  await ui.cursor.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(ui.cursor).toHaveAttribute('aria-valuetext', /no cursor/);
  for (const event of events) await expect(ui.marker(event.title)).toBeVisible();
});

test('the last events of the story carry their whole titles, written before their marks', async ({
  page,
}) => {
  const ui = parts(page);
  // August 2019, at the plot's right edge: no room after the marks, room before them.
  const last = events.filter((e) => e.date.startsWith('2019-08'));
  expect(last.length).toBeGreaterThan(1);
  for (const event of last) {
    const label = ui.timelineMark(event.title).getByText(event.title, { exact: true });
    await expect(label).toBeVisible();
    const [text, mark] = [
      (await label.boundingBox())!,
      (await ui.timelineMark(event.title).boundingBox())!,
    ];
    expect(text.x).toBeGreaterThanOrEqual(mark.x); // inside the plot, left of the mark's end
    expect(text.x + text.width).toBeLessThan(mark.x + mark.width);
  }
});

test('Play advances the time cursor, and Pause stops it', async ({ page }) => {
  const ui = parts(page);
  // A month a second: the cursor moves every frame, yet a loaded machine's slow polls cannot
  // let it run to the end of the data (then Play would start over from the beginning).
  await ui.timeline.getByRole('combobox', { name: /^Speed/ }).selectOption('month');
  await ui.play.click();
  await expect(ui.pause).toBeVisible();
  const first = await valueOf(ui.cursor);
  await expect.poll(() => valueOf(ui.cursor)).toBeGreaterThan(first);
  await ui.pause.click();
  await expect(ui.play).toBeVisible();
  const stopped = await valueOf(ui.cursor);
  // Paused, it stays put: Play would have moved it in any of these frames.
  await page.evaluate(async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => requestAnimationFrame(r));
  });
  expect(await valueOf(ui.cursor)).toBe(stopped);
  // Space on the slider plays too.
  await ui.cursor.focus();
  await page.keyboard.press('Space');
  await expect(ui.pause).toBeVisible();
  await expect.poll(() => valueOf(ui.cursor)).toBeGreaterThan(stopped);
  await page.keyboard.press('Space');
  await expect(ui.play).toBeVisible();
});

test('wheel zoom shows finer tick labels, and Fit frames all events again', async ({ page }) => {
  const ui = parts(page);
  await expect(ui.timelineMarks).toHaveCount(events.length);
  // At the fit, the axis counts months under years.
  await expect(ui.timeline.getByText('2018', { exact: true })).toBeVisible();
  await expect(ui.timeline.getByText('January 2017', { exact: true })).toHaveCount(0);

  const mark = ui.timelineMark(events.find((e) => e.id === 'haftar-kuznetsov-tobruk')!.title);
  const box = (await mark.boundingBox())!;
  // Over the mark itself (its box also holds its title, to the right).
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -200);
  // Days now, under the month they belong to.
  await expect(ui.timeline.getByText('January 2017', { exact: true })).toBeVisible();
  await expect(ui.plot).toHaveAccessibleName(/showing [^.]*January[^.]*2017\./);
  await expect(ui.timeline.getByText('15', { exact: true })).toBeVisible();
  await expect(ui.timelineMarks).toHaveCount(5);

  await ui.fit.click();
  await expect(ui.timelineMarks).toHaveCount(events.length);
  for (const event of events) await expect(ui.timelineMark(event.title)).toBeInViewport();
  await expect(ui.timeline.getByText('2018', { exact: true })).toBeVisible();
});

test('keys zoom and pan the focused timeline', async ({ page }) => {
  const ui = parts(page);
  await ui.plot.focus();
  const before = await ui.plot.getAttribute('aria-label');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(ui.plot).not.toHaveAccessibleName(before!);
  const zoomed = await ui.plot.getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await expect(ui.plot).not.toHaveAccessibleName(zoomed!);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await ui.fit.click();
  await expect(ui.plot).toHaveAccessibleName(before!);
});

test('selecting in the list brings its mark into the zoomed timeline', async ({ page }) => {
  const ui = parts(page);
  const shoigu = events.find((e) => e.id === 'shoigu-rossiya24-statement')!;
  const kuznetsov = events.find((e) => e.id === 'haftar-kuznetsov-tobruk')!;
  const box = (await ui.timelineMark(shoigu.title).boundingBox())!;
  // Over the mark itself (its box also holds its title, to the right).
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -200);
  await expect(ui.timelineMark(kuznetsov.title)).toHaveCount(0);
  await ui.eventButton(kuznetsov.title).click();
  await expect(ui.timelineMark(kuznetsov.title)).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.timelineMark(kuznetsov.title)).toBeInViewport();
});

test('hovering a mark labels it and highlights its marker', async ({ page }) => {
  const ui = parts(page);
  const shoigu = events.find((e) => e.id === 'shoigu-rossiya24-statement')!;
  await ui.timelineMark(shoigu.title).hover();
  await expect(ui.timeline.getByText('18 August 2019', { exact: true })).toBeVisible();
  await expect(ui.marker(shoigu.title)).toHaveClass(/is-hovered/);
  await ui.marker(shoigu.title).hover();
  await expect(ui.timelineMark(shoigu.title)).toHaveClass(/is-hovered/);

  // A long title is read whole in the label, on two lines rather than cut with an ellipsis.
  const gna = events.find((e) => e.id === 'tripoli-gna-struggle')!;
  await ui.marker(gna.title).hover();
  await expect(ui.timeline.getByText('January 2017', { exact: true })).toBeVisible();
  const title = ui.timeline.locator('[aria-hidden="true"] strong');
  await expect(title).toHaveText(gna.title);
  const whole = (el: Element) =>
    el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth;
  expect(await title.evaluate(whole)).toBe(true);
});
