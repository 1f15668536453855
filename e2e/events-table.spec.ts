import { generateEvents } from '../bench/generate';
import { allShown, dateline, expect, test } from './test';

/** Sorts first by title ("A" before the synthetic "Synthetic event …" titles). */
const AARDVARK = {
  id: 'table-aardvark',
  date: '2016-06-15',
  title: 'Aardvark sentinel, first by title',
  summary: 'Synthetic, for the Events table test.',
  tags: ['Test'],
  actors: [],
  sources: [],
};
/** Starts after every synthetic event (they fall in 2015–2019), and sorts last by title. */
const LATEST = {
  id: 'table-latest',
  date: '2021-03-01',
  title: 'Zulu sentinel, the latest event',
  summary: 'Synthetic, for the Events table test.',
  place: 'Valletta',
  tags: ['Test'],
  actors: ['Actor 1'],
  sources: [],
};
const synthetic = generateEvents(100_000);
const dataset = { title: 'Events table: 100,000 events', events: [...synthetic, AARDVARK, LATEST] };
const COUNT = dataset.events.length;
const SHOWN_ALL = allShown(COUNT);
/** The synthetic event `ev-<i>`'s title: "Synthetic event <i> near <place>". */
const titleOf = (i: number) => synthetic.find((e) => e.id === `ev-${i}`)!.title;

test.beforeEach(async ({ page }) => {
  test.setTimeout(240_000); // 100,000 events to load, on a machine shared with other runs
  // By path: a glob would also match the page's own address, which ends in `data=/table-100k.json`.
  await page.route(
    (url) => url.pathname === '/table-100k.json',
    (route) => route.fulfill({ json: dataset }),
  );
});

async function open(page: import('@playwright/test').Page, query = '') {
  const ui = dateline(page);
  await page.goto(`/?data=/table-100k.json${query}`);
  await expect(ui.filters.getByRole('status')).toContainText(SHOWN_ALL, {
    timeout: 180_000,
  });
  return ui;
}

test('100,000 rows: scrolled to the end, the last events show; a row selects its event', async ({
  page,
}) => {
  const ui = await open(page);
  const table = ui.events.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  await ui.events.scrollIntoViewIfNeeded();
  await expect(ui.eventRows.first()).toBeInViewport();

  // Scroll the table to the bottom, as a long drag of its scroll bar would.
  await ui.events.locator('.scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = ui.eventRows.last();
  await expect(last).toContainText(LATEST.title);
  await expect(last).toContainText('1 March 2021');
  await expect(last).toHaveAttribute('aria-rowindex', String(COUNT + 1));
  await expect(ui.eventButton(LATEST.title)).toBeInViewport();
  // Only the rows in view (and a few either side) are in the page.
  expect(await ui.eventRows.count()).toBeLessThan(80);

  await ui.eventButton(LATEST.title).click();
  await expect(ui.details.getByRole('heading', { name: LATEST.title })).toBeVisible();
  await expect(ui.details).toContainText('Valletta');
  await expect(page).toHaveURL(/event=table-latest/);
  await expect(ui.eventRows.filter({ hasText: LATEST.title })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('100,000 rows sort by a header click, numbers by value, and Tab walks the rows', async ({
  page,
}) => {
  const ui = await open(page);
  const header = ui.events.getByRole('columnheader', { name: 'Event' });
  await ui.events.getByRole('button', { name: 'Event', exact: true }).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(ui.eventRows.first()).toContainText(AARDVARK.title);
  // "Synthetic event 9 …" before "… 10 …": the numbers in titles sort by value.
  await expect(ui.eventRows.nth(1)).toContainText(titleOf(0));
  await expect(ui.eventRows.nth(10)).toContainText(titleOf(9));
  await expect(ui.eventRows.nth(11)).toContainText(titleOf(10));

  await ui.events.getByRole('button', { name: 'Event', exact: true }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(ui.eventRows.first()).toContainText(LATEST.title);
  await expect(ui.eventRows.nth(1)).toContainText(titleOf(104_999));

  await ui.events.getByRole('button', { name: 'Place', exact: true }).click();
  await expect(ui.events.getByRole('columnheader', { name: 'Place' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(ui.eventRows.first().getByRole('cell').nth(2)).toHaveText('Algiers');

  // Back to titles, then by keyboard: Tab goes row by row, past the rows first rendered.
  await ui.events.getByRole('button', { name: 'Event', exact: true }).click();
  await expect(ui.eventRows.first()).toContainText(AARDVARK.title);
  await ui.eventButton(AARDVARK.title).focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  await expect(ui.eventButton(titleOf(39))).toBeFocused();
  await expect(ui.eventButton(titleOf(39))).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await expect(ui.eventButton(titleOf(38))).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ui.details.getByRole('heading', { name: titleOf(38) })).toBeVisible();
});

test('an event selected by a link is scrolled into view in the 100,000-row table', async ({
  page,
}) => {
  const ui = await open(page, '&event=ev-50000');
  await expect(ui.details.getByRole('heading', { name: titleOf(50_000) })).toBeVisible();
  const row = ui.eventRows.filter({ hasText: titleOf(50_000) });
  await expect(row).toHaveAttribute('aria-current', 'true');
  await ui.events.scrollIntoViewIfNeeded();
  await expect(ui.eventButton(titleOf(50_000))).toBeInViewport();
});
