import { test as base, expect, type Page } from '@playwright/test';

/**
 * The test every spec uses: it fails any test whose page asks for anything outside localhost,
 * so the app is proven to work offline.
 */
export const test = base.extend<{ offlineGuard: string[] }>({
  offlineGuard: [
    async ({ context }, use) => {
      const outside: string[] = [];
      await context.route(
        (url) =>
          !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && url.protocol !== 'data:',
        (route) => {
          outside.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(outside);
      expect(outside, 'requests outside localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * How far the colour a map canvas (`selector`) shows at the middle of the map is from `hex`: the
 * largest difference in one channel (0 to 255). Edges are smoothed, so a dot's colour is near its
 * fill, not always equal.
 */
export function colourDistanceAtMapMiddle(
  page: Page,
  selector: string,
  hex: string,
): Promise<number> {
  return page.evaluate(
    ([selector, hex]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
      const box = canvas.getBoundingClientRect();
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      const x = ((map.left + map.width / 2 - box.left) * canvas.width) / box.width;
      const y = ((map.top + map.height / 2 - box.top) * canvas.height) / box.height;
      const shown = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
      const wanted = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return Math.max(...wanted.map((v, i) => Math.abs(v - shown[i]!)));
    },
    [selector, hex] as const,
  );
}

/** The filters' count with all `count` events shown, as the page writes it: "1,050 of 1,050 events". */
export function allShown(count: number): string {
  const all = count.toLocaleString('en-US');
  return `${all} of ${all} events`;
}

/** Locators by the accessible names of DESIGN.md. */
export function dateline(page: Page) {
  const map = page.getByRole('region', { name: 'Map' });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const events = page.getByRole('region', { name: 'Events' });
  const details = page.getByRole('region', { name: 'Event details' });
  return {
    map,
    timeline,
    events,
    details,
    /** Map markers are buttons named by their event's title. */
    markers: map.locator('.leaflet-marker-pane').getByRole('button'),
    marker: (title: string) => map.getByRole('button', { name: title, exact: true }),
    /** The event marks only (not Play, Fit or count badges): the group "Timeline marks". */
    timelineMarks: timeline.getByRole('group', { name: 'Timeline marks' }).getByRole('button'),
    timelineMark: (title: string) =>
      timeline.getByRole('button', { name: new RegExp(`^${escape(title)},`) }),
    eventRows: events.getByRole('row').filter({ has: page.getByRole('cell') }),
    eventButton: (title: string) => events.getByRole('button', { name: title, exact: true }),
    filters: page.getByRole('region', { name: 'Filters' }),
    /** A tag or actor chip, named "<value> <count> events". */
    chip: (value: string) =>
      page
        .getByRole('region', { name: 'Filters' })
        .getByRole('button', { name: new RegExp(`^${escape(value)} [\\d,]+ events?$`) }),
    search: page.getByRole('searchbox', { name: 'Search events' }),
    /** Waits until the basemap's country shapes are drawn. */
    basemapDrawn: () =>
      expect(map.locator('canvas.dl-basemap-canvas')).toHaveAttribute('data-detail', /\w/),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
