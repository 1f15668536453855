import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDataset } from './importDataset';

/** Real files published with TimelineJS3, read in place (../shared/fixtures), never copied. */
const folder = fileURLToPath(
  new URL('../../../../../shared/fixtures/timelinejs/', import.meta.url),
);
const present = existsSync(folder);
const read = (name: string) => new Uint8Array(readFileSync(folder + name));

/** Slides in a TimelineJS JSON file, and rows that are events in its sheet. */
function countJsonEvents(name: string): number {
  return (JSON.parse(readFileSync(folder + name, 'utf8')) as { events: unknown[] }).events.length;
}

describe.skipIf(!present)('real TimelineJS files (needs ../shared/fixtures/timelinejs)', () => {
  it.each(['houston.json', 'republican.json'])(
    '%s: every event is loaded or reported',
    async (name) => {
      const { result, report } = await importDataset(read(name), { fileName: name });
      const events = countJsonEvents(name);
      expect(report.format).toBe('timelinejs-json');
      expect(report.found).toBe(events);
      expect(report.loaded + report.problems.length).toBe(events);
      expect(result!.dataset.events).toHaveLength(report.loaded);
      // No markup survives into what is shown.
      for (const event of result!.dataset.events) {
        for (const text of [event.title, event.summary, ...event.sources.map((s) => s.title)]) {
          expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
        }
      }
    },
  );

  it('houston.json: titles, HTML reduced to text, precision kept, media as sources', async () => {
    const { result, report } = await importDataset(read('houston.json'), {
      fileName: 'houston.json',
    });
    const { dataset } = result!;
    expect(report.problems).toEqual([]);
    expect(report.loaded).toBe(18);
    expect(dataset.title).toBe('Whitney Houston 1963 - 2012');
    const heritage = dataset.events.find((e) => e.title === 'A Musical Heritage')!;
    expect(heritage.date).toBe('1963-08-09');
    expect(heritage.summary).toMatch(/^Born in New Jersey on August 9th, 1963/);
    expect(heritage.summary).not.toContain('<p>');
    // A relative media path is no link: the source stays, as text, and the report says so.
    expect(heritage.sources[0]!.url).toBeUndefined();
    expect(heritage.sources[0]!.title).toMatch(/^Cissy Houston photo:Tom Marcello/);
    expect(
      report.notes.some((n) => n.field === 'sources[0].url' && n.reason.includes('/static/img')),
    ).toBe(true);
    const first = dataset.events.find((e) => e.title === 'First Recording')!;
    expect(first.time.precision).toBe('year');
    expect(first.sources[0]).toEqual({
      title: 'Unidisc Music',
      url: 'https://youtu.be/fSrO91XO1Ck',
    });
    // Protocol-relative media becomes https.
    const crack = dataset.events.find((e) => e.title === 'Crack is Whack')!;
    expect(crack.sources[0]!.url).toMatch(/^https:\/\/upload\.wikimedia\.org\//);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(18);
  });

  it('republican.json: a blockquote as media becomes the source quote', async () => {
    const { result } = await importDataset(read('republican.json'), {
      fileName: 'republican.json',
    });
    const { dataset } = result!;
    expect(dataset.title).toBe('The Republican Run-Up');
    const nh = dataset.events.find((e) => e.title === 'New Hampshire')!;
    expect(nh.date).toBe('2012-01-10');
    expect(nh.sources[0]!.quote).toMatch(/^“In the last few days/);
    expect(nh.sources[0]!.title).toBe(
      'Romney Wins In New Hampshire Republican Primary/New York Times',
    );
    expect(nh.summary).toContain('swept New Hampshire from the other candidates');
  });

  it('women_in_computing.csv: the title row is the title, every other row an event', async () => {
    const text = readFileSync(folder + 'women_in_computing.csv', 'utf8');
    const { result, report } = await importDataset(read('women_in_computing.csv'), {
      fileName: 'women_in_computing.csv',
    });
    expect(report.format).toBe('timelinejs-sheet');
    // Data rows in the file, less the title row.
    const { csvParseRows } = await import('d3');
    const rows = csvParseRows(text)
      .slice(1)
      .filter((r) => r.some((c) => c.trim()));
    const titleRows = rows.filter((r) => r[15] === 'title').length;
    expect(titleRows).toBe(1);
    expect(report.found).toBe(rows.length - titleRows);
    expect(report.loaded + report.problems.length).toBe(report.found);
    const { dataset } = result!;
    expect(dataset.title).toBe('Women in Computing');
    const ada = dataset.events.find((e) => e.title === 'Ada Lovelace')!;
    expect([ada.date, ada.end]).toEqual(['1815-12-10', '1852-11-27']);
    expect(ada.summary).toContain('Take Ada Lovelace: Daughter of Lord Byron');
    const eniac = dataset.events.find((e) => e.title === '...And the women who made it work')!;
    expect([eniac.date, eniac.end, eniac.time.precision]).toEqual(['1943-07', '1946', 'month']);
    const clarke = dataset.events.find((e) => e.title === 'Edith Clarke: Bucking the Trend')!;
    expect(clarke.sources[0]!.quote).toMatch(/^There is no demand for women engineers/);
    expect(report.messages.join(' ')).toContain('Background');
  });
});
