import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import seed from '../data/events.json' with { type: 'json' };
import { dateline, expect, test } from './test';

/** A file as the tests write it: name and text (fixtures are made here, not copied). */
interface TestFile {
  name: string;
  text: string;
}

const report = (page: Page) => page.getByLabel('Load report');
/** Loads that place events by name fetch and index the 50,000-city gazetteer first. */
const LOADED = { timeout: 20_000 };
const loadButton = (page: Page) => page.getByRole('button', { name: 'Load data' });

/** Picks a file through "Load data" and the browser's file chooser. */
async function pickFile(page: Page, file: TestFile | { path: string }) {
  const chooser = page.waitForEvent('filechooser');
  await loadButton(page).click();
  await (
    await chooser
  ).setFiles(
    'path' in file
      ? file.path
      : { name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) },
  );
}

/** Drags a file over the page and drops it on the map, as a person would from their desktop. */
async function dropFile(page: Page, file: TestFile) {
  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name));
    return transfer;
  }, file);
  const target = page.getByRole('region', { name: 'Map' });
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Drop the file to load it')).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop the file to load it')).toBeHidden();
}

const csv = [
  'id,date,end,title,summary,place,lat,lon,tags,actors,source_title,source_url',
  'csv-1,2019-08-02,,CSV: the US leaves,"Washington says ""out"", formally",Washington,38.9,-77.04,INF treaty; Arms control,United States,Reuters,https://example.org/1',
  'csv-2,2019-08,,CSV: Russia leaves,,"Moscow, Russia",,,INF treaty,Russia,,',
  'csv-3,2017-01-09,2017-01-15,CSV: Kuznetsov week,,,,,Libya,,,',
].join('\r\n');

const FORMATS: { label: string; file: TestFile; count: number; title: string; some: string }[] = [
  {
    label: 'CSV',
    file: { name: 'inf_events.csv', text: csv },
    count: 3,
    title: 'inf events',
    some: 'CSV: Kuznetsov week',
  },
  {
    label: 'TSV',
    file: {
      name: 'libya.tsv',
      text: 'id\tdate\ttitle\tplace\nt-1\t2017-01\tTSV: embassy, reopened\tTripoli, Libya\nt-2\t2017\tTSV: split\t\n',
    },
    count: 2,
    title: 'libya',
    some: 'TSV: embassy, reopened',
  },
  {
    label: 'Dateline JSON',
    file: {
      name: 'story.json',
      text: JSON.stringify({
        title: 'A JSON story',
        events: [
          {
            id: 'j-1',
            date: '2019-08-18',
            title: 'JSON: statement',
            place: 'Moscow',
            lat: 55.75,
            lon: 37.62,
          },
          { id: 'j-2', date: '2019-08', title: 'JSON: withdrawal' },
        ],
      }),
    },
    count: 2,
    title: 'A JSON story',
    some: 'JSON: statement',
  },
  {
    label: 'GeoJSON',
    file: {
      name: 'points.geojson',
      text: JSON.stringify({
        type: 'FeatureCollection',
        name: 'GeoJSON points',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [23.95, 32.09] },
            properties: { id: 'g-1', date: '2017-01-11', title: 'GeoJSON: Tobruk' },
          },
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [13.19, 32.89] },
            properties: {
              id: 'g-2',
              date: '2017-01',
              title: 'GeoJSON: Tripoli',
              tags: 'Libya; Diplomacy',
            },
          },
        ],
      }),
    },
    count: 2,
    title: 'GeoJSON points',
    some: 'GeoJSON: Tobruk',
  },
  {
    label: 'TimelineJS JSON',
    file: {
      name: 'timeline.json',
      text: JSON.stringify({
        title: { text: { headline: 'A <i>TimelineJS</i> story', text: '<p>Intro</p>' } },
        events: [
          {
            start_date: { year: '1963', month: '8', day: '9' },
            text: { headline: 'TimelineJS: <b>born</b>', text: '<p>In New Jersey.</p>' },
          },
          {
            start_date: { year: '1985' },
            text: { headline: 'TimelineJS: debut' },
            media: { url: 'https://youtu.be/x', credit: '<a href="#">Arista</a>' },
          },
        ],
      }),
    },
    count: 2,
    title: 'A TimelineJS story',
    some: 'TimelineJS: born',
  },
  {
    label: 'TimelineJS spreadsheet (CSV)',
    file: {
      name: 'sheet.csv',
      text:
        'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
        ',,,,,,,,,Sheet title,,,,,,title,,\n' +
        '1815,12,10,,1852,11,27,,,Sheet: Ada Lovelace,<p>First <b>programmer</b></p>,,,,,,,\n' +
        '1951,,,,,,,,,Sheet: recursion,,,,,,,,\n',
    },
    count: 2,
    title: 'Sheet title',
    some: 'Sheet: Ada Lovelace',
  },
];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(dateline(page).eventRows).toHaveCount(seed.events.length);
});

for (const how of ['the file picker', 'drop'] as const) {
  for (const format of FORMATS) {
    test(`loads ${format.label} by ${how}`, async ({ page }) => {
      const ui = dateline(page);
      if (how === 'drop') await dropFile(page, format.file);
      else await pickFile(page, format.file);
      await expect(report(page)).toHaveRole('status');
      await expect(report(page)).toContainText(
        `Loaded ${format.count} events from ${format.file.name} (${format.label}).`,
        LOADED,
      );
      await expect(ui.eventRows).toHaveCount(format.count);
      await expect(ui.eventButton(format.some)).toBeVisible();
      await expect(page.getByRole('banner')).toContainText(format.title);
    });
  }
}

test("a file opens on its own events: the last view's zoom and time cursor go", async ({
  page,
}) => {
  const ui = dateline(page);
  const cursor = ui.timeline.getByRole('slider', { name: 'Time cursor' });
  await cursor.focus();
  await page.keyboard.press('End'); // the cursor at the example's last event, August 2019
  await expect(cursor).not.toHaveAttribute('aria-valuetext', /no cursor/);
  const zoomIn = ui.timeline.getByRole('button', { name: 'Zoom in' });
  await zoomIn.click();
  await zoomIn.click();
  const titles = ['Nineties event A', 'Nineties event B'];
  await pickFile(page, {
    name: 'nineties.csv',
    text: [
      'id,date,title,lat,lon',
      `n-1,1991-12-26,${titles[0]},55.75,37.62`,
      `n-2,1994-12-05,${titles[1]},47.5,19.04`,
    ].join('\n'),
  });
  await expect(report(page)).toContainText('Loaded 2 events', LOADED);
  await expect(cursor).toHaveAttribute('aria-valuetext', /no cursor/);
  for (const title of titles) {
    await expect(ui.timelineMark(title)).toBeVisible();
    await expect(ui.marker(title)).toBeVisible(); // not faded out by a cursor left in 2019
  }
});

test('a file without places or tags says so on the map and in the filters', async ({ page }) => {
  const ui = dateline(page);
  await pickFile(page, {
    name: 'a-long-file-name-for-a-dataset-without-places.csv',
    text: 'id,date,title\nu-1,2019-08-02,Unplaced A\nu-2,2019-08-18,Unplaced B\n',
  });
  await expect(report(page)).toContainText('Loaded 2 events', LOADED);
  await expect(ui.map.getByRole('status')).toContainText('No event shown has a place on the map');
  await expect(ui.filters.getByRole('group', { name: 'Tags' })).toContainText(
    'No tags in this dataset.',
  );
  // Copy link says the link cannot carry the file; the header stays one row, the app's name
  // in view.
  const copy = page.getByRole('button', { name: 'Copy link' });
  await expect(copy).toHaveAccessibleDescription(/cannot include “a-long-file-name/);
  const name = (await page.getByRole('heading', { name: 'Dateline', level: 1 }).boundingBox())!;
  const story = (await page.getByRole('button', { name: 'Story', exact: true }).boundingBox())!;
  expect(name.x + name.width).toBeLessThanOrEqual(story.x);
  const shortcuts = page.getByRole('button', { name: 'Keyboard shortcuts' });
  expect((await shortcuts.boundingBox())!.y).toBe(story.y);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await copy.click();
  await expect(page.getByRole('alert')).toContainText(
    'Link copied. It cannot include “a-long-file-name-for-a-dataset-without-places.csv”: it opens the seed data.',
  );
  // A search that finds nothing: the filters say so; the map has nothing to explain.
  await ui.search.fill('zzz');
  await expect(ui.map.getByRole('status')).toHaveCount(0);
});

test('a place without coordinates is placed by the gazetteer and says so', async ({ page }) => {
  const ui = dateline(page);
  await pickFile(page, FORMATS[0]!.file);
  await expect(report(page)).toContainText('1 event placed on the map by place name.', LOADED);
  await expect(ui.marker('CSV: Russia leaves')).toBeAttached();
  await expect(ui.marker('CSV: Kuznetsov week')).toHaveCount(0); // no place, no coordinates
  await ui.eventButton('CSV: Russia leaves').click();
  await expect(ui.details).toContainText('Moscow, Russia (located by place name)');
});

test('a file with bad rows loads its good rows and reports each bad one', async ({
  page,
}, testInfo) => {
  const ui = dateline(page);
  const file = {
    name: 'partly-bad.csv',
    text: [
      'id,date,title,lat,lon,source_title,source_url',
      'ok-1,2019-08-18,Good one,55.75,37.62,,',
      'bad-date,2019-13-40,Bad date,,,,',
      'ok-2,2019-08,Good two,,,Archive,javascript:alert(1)',
      'ok-1,2020,Same id again,,,,',
      'bad-lat,2019,Bad latitude,95,10,,',
    ].join('\n'),
  };
  await pickFile(page, file);
  const box = report(page);
  await expect(box).toHaveRole('status');
  await expect(box).toContainText('Loaded 2 of 5 events from partly-bad.csv (CSV).');
  await expect(box.getByRole('heading', { name: '3 rows not loaded' })).toBeVisible();
  await expect(box).toContainText("row 3, date: '2019-13-40' is not a date");
  await expect(box).toContainText("row 5, id: duplicate id 'ok-1' (first used in row 2)");
  await expect(box).toContainText('row 6, lat: 95 is outside -90 to 90');
  await expect(box).toContainText(
    "row 4, sources[0].url: 'javascript:alert(1)' is not an http(s) link",
  );
  await expect(ui.eventRows).toHaveCount(2);
  await expect(ui.eventButton('Good one')).toBeVisible();
  await expect(ui.eventButton('Good two')).toBeVisible();

  await box.screenshot({ path: testInfo.outputPath('load-report.png') });
  await page.screenshot({ path: testInfo.outputPath('load-report-page.png') });

  const download = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download report (CSV)' }).click();
  const saved = await (await download).path();
  const text = readFileSync(saved, 'utf8');
  expect(text.split('\n')[0]).toBe('outcome,row,id,field,reason');
  expect(text).toContain("not loaded,3,bad-date,date,'2019-13-40' is not a date (month 13)");
  expect(text).toContain('loaded with a note,4,ok-2,sources[0].url,');

  await box.getByRole('button', { name: 'Close' }).click();
  await expect(box).toHaveCount(0);
});

for (const [what, file, reason] of [
  [
    'a file with no good row',
    { name: 'all-bad.csv', text: 'id,date,title\na,soon,A\nb,,B\n' },
    'none of its 2 rows could be loaded',
  ],
  [
    'a file that is not data',
    { name: 'photo.csv', text: '\u0000\u0001PNG\u0000binary' },
    'looks like a binary file',
  ],
  ['an empty file', { name: 'empty.json', text: '' }, 'The file is empty (0 bytes).'],
  [
    'a JSON array',
    { name: 'list.json', text: '[{"id":"a","date":"2019","title":"A"}]' },
    'is a list ([…]), not a dataset',
  ],
] as const) {
  test(`${what} leaves the data on screen and says why`, async ({ page }) => {
    const ui = dateline(page);
    await pickFile(page, file);
    await expect(report(page)).toHaveRole('alert');
    await expect(report(page)).toContainText(`Could not load ${file.name}`);
    await expect(report(page)).toContainText(reason);
    await expect(report(page)).toContainText('The data on screen is unchanged.');
    await expect(ui.eventRows).toHaveCount(seed.events.length);
    await expect(page.getByRole('banner')).toContainText(seed.title);
  });
}

test('an XSS file shows its text literally and runs nothing', async ({ page }) => {
  const ui = dateline(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payloads = [
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=2">',
    '"><svg onload="window.__xss=3">',
  ];
  const q = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const rows = payloads.map((p, i) =>
    [`x${i}`, `2019-0${i + 1}`, p, p, p, 55 + i, 37, p, p, p, 'javascript:window.__xss=4', p]
      .map((c) => q(String(c)))
      .join(','),
  );
  await pickFile(page, {
    name: 'xss.csv',
    text: [
      'id,date,title,summary,place,lat,lon,tags,actors,source_title,source_url,source_quote',
      ...rows,
    ].join('\n'),
  });
  await expect(report(page)).toContainText('Loaded 3 events from xss.csv (CSV).');
  await report(page).getByRole('button', { name: 'Close' }).click(); // it would cover markers
  for (const payload of payloads) {
    await expect(ui.eventButton(payload)).toBeVisible();
    await ui.eventButton(payload).click();
    await expect(ui.details.getByRole('heading', { name: payload })).toBeVisible();
    await expect(ui.details.locator('blockquote')).toHaveText(payload);
    await expect(ui.details.getByText(payload, { exact: true }).first()).toBeVisible();
    // Hover labels on the map and the timeline show it as text too.
    await ui.marker(payload).hover();
    await ui.timelineMark(payload).hover();
  }
  // Nothing ran and no element from the file exists.
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  // The source stays, as text, not a link.
  await expect(ui.details.getByRole('link', { name: payloads[2]! })).toHaveCount(0);
});

test('Cancel on a big load leaves the previous dataset', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const ui = dateline(page);
  // 200,000 rows (about 40 MB): seconds of work in the worker, so Cancel comes first.
  const path = testInfo.outputPath('big.csv');
  const rows = ['id,date,title,summary,place,lat,lon,tags'];
  for (let i = 0; i < 200_000; i++) {
    rows.push(
      `e${i},${1900 + (i % 120)}-0${1 + (i % 9)}-1${i % 10},Event number ${i},A summary of event ${i} with some words in it,Place ${i % 500},${(i % 170) - 85},${(i % 350) - 175},tag${i % 40}; other${i % 7}`,
    );
  }
  writeFileSync(path, rows.join('\n'));
  await pickFile(page, { path });
  const progress = page.getByRole('progressbar', { name: 'Loading progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status', { name: 'Loading data' })).toContainText('Loading big.csv');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Loading big.csv was cancelled; the data on screen is unchanged.' }),
  ).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(ui.eventRows).toHaveCount(seed.events.length);
  await expect(page.getByRole('banner')).toContainText(seed.title);
  await expect(report(page)).toHaveCount(0);
});

test('Download CSV and Download JSON give the filtered view, which loads back the same', async ({
  page,
}) => {
  const ui = dateline(page);
  await ui.search.fill('Kuznetsov');
  const shown = await ui.eventRows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(seed.events.length);
  const titles = await ui.events.getByRole('button').allTextContents();

  for (const [button, name] of [
    ['Download CSV', 'events.csv'],
    ['Download JSON', 'events.json'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`${name.replace('.', '\\.')}$`));
    const text = readFileSync(await file.path(), 'utf8');
    await pickFile(page, { name, text });
    await expect(report(page)).toContainText(`Loaded ${shown} events from ${name}`);
    await expect(ui.eventRows).toHaveCount(shown);
    expect((await ui.events.getByRole('button').allTextContents()).sort()).toEqual(
      [...titles].sort(),
    );
    await report(page).getByRole('button', { name: 'Close' }).click();
    // Back to the seed for the next format.
    await page.goto('/');
    await ui.search.fill('Kuznetsov');
    await expect(ui.eventRows).toHaveCount(shown);
  }
});

const shared = fileURLToPath(new URL('../../shared/fixtures/timelinejs/', import.meta.url));
test.describe('real TimelineJS files', () => {
  test.skip(
    !existsSync(shared),
    'needs ../shared/fixtures/timelinejs (read in place, never copied)',
  );
  for (const [name, count, label] of [
    ['women_in_computing.csv', 10, 'TimelineJS spreadsheet (CSV)'],
    ['houston.json', 18, 'TimelineJS JSON'],
    ['republican.json', 13, 'TimelineJS JSON'],
  ] as const) {
    test(`loads ${name} with every event`, async ({ page }) => {
      const ui = dateline(page);
      await pickFile(page, { path: shared + name });
      await expect(report(page)).toContainText(`Loaded ${count} events from ${name} (${label}).`);
      await expect(ui.eventRows).toHaveCount(count);
      // Its HTML is text: no markup from the file shows as tags.
      await expect(ui.events).not.toContainText('<');
    });
  }
});
