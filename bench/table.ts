/**
 * The Events table at 100,000 events (issues 7 and 8), in headless Chromium via Playwright:
 * frame times while scrolling it (a page a frame, a fling to the end, and the mouse wheel with
 * the pointer over the rows), the time from a column header click to the paint after the rows
 * changed (the first sort by each column on the page, and again), and the time a filter change
 * or a new launch point takes to show, with the table in time order and sorted by title.
 *
 *   npx vite build --outDir dist-table
 *   npx tsx bench/table.ts [--runs 3] [--dist dist-table] [--port 4472] [--n 100000]
 *                          [--profile [--top 15]] [--scroll-only]
 *
 * It serves the build with `vite preview` unless something already answers on the port, writes
 * the dataset (bench/generate.ts) into `<dist>/bench-data/` if it is not there, and prints the
 * medians of the runs with the machine's load average (the figures swing with it). `--profile`
 * then opens one more page and prints, per phase, its main-thread time and the hottest functions
 * by self time, mapped to the source through the build's source maps. Not part of bench/run.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser';
import { datasetJson } from './generate';
import { browserIdle } from './browserIdle';
import { servePreview } from './preview';
import { median, quantile, round } from './stats';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const RUNS = Number(arg('runs', '3'));
const DIST = arg('dist', 'dist-table');
const PORT = Number(arg('port', '4472'));
const N = Number(arg('n', '100000'));
const PROFILE = process.argv.includes('--profile');
/** Scrolling only: quicker, for comparing two builds turn about. */
const SCROLL_ONLY = process.argv.includes('--scroll-only');
/** How many of the hottest functions --profile lists per phase. */
const TOP = Number(arg('top', '15'));
const BASE = `http://127.0.0.1:${PORT}`;
/** bench/generate.ts adds 5% events without coordinates. */
const COUNT = N + Math.round(N * 0.05);
/** The filters' count with every event shown, as the page writes it: \"1,050 of 1,050 events\". */
const SHOWN_ALL = `${COUNT.toLocaleString('en-US')} of ${COUNT.toLocaleString('en-US')} events`;

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

/** In the page: the Events table's scroller, its data rows, and frame helpers. */
const PAGE_HELPERS = () => {
  const w = window as unknown as Record<string, unknown>;
  w.__table = {
    scroller: () =>
      document.querySelector<HTMLElement>('section[aria-label="Events"] .scroller') ??
      [...document.querySelectorAll<HTMLElement>('section[aria-label="Events"] *')].find(
        (e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible',
      )!,
    rows: () =>
      [...document.querySelectorAll('section[aria-label="Events"] tr')].filter((r) =>
        r.querySelector('td'),
      ),
    frame: () => new Promise<number>((r) => requestAnimationFrame(r)),
    /** The next frame, after its paint: a task queued from its animation frame callback. */
    painted: () =>
      new Promise<number>((r) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => r(performance.now());
          channel.port2.postMessage(null);
        }),
      ),
    count: () =>
      [...document.querySelectorAll('[role="status"]')]
        .map((e) => (e.textContent ?? '').replace(/\s+/g, ' '))
        .find((t) => / of [\d,]+ events/.test(t)) ?? '',
    legend: () =>
      document.querySelector('section[aria-label="Range band"] .title')?.textContent ?? '',
    chip: (name: string) =>
      [...document.querySelectorAll<HTMLElement>('section[aria-label="Filters"] [aria-pressed]')]
        .find((b) => (b.textContent ?? '').trim().startsWith(name))!
        .click(),
    search: (text: string) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    site: (index: number) => {
      const select = document.querySelector<HTMLSelectElement>(
        'section[aria-label="Range band"] select',
      )!;
      select.selectedIndex = index;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
};

interface TableHelpers {
  scroller(): HTMLElement;
  rows(): Element[];
  frame(): Promise<number>;
  painted(): Promise<number>;
  count(): string;
  legend(): string;
  chip(name: string): void;
  search(text: string): void;
  site(index: number): void;
}

async function open(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('window.__name = (f) => f;');
  await context.addInitScript(PAGE_HELPERS);
  const page = await context.newPage();
  await browserIdle(browser);
  await page.goto(`${BASE}/?data=/bench-data/${N}.json`);
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('[role="status"]')].some((e) =>
        (e.textContent ?? '').replace(/\s+/g, ' ').includes(want),
      ),
    SHOWN_ALL,
    { timeout: 240_000, polling: 200 },
  );
  await page
    .getByRole('button', { name: 'Close' })
    .first()
    .click({ timeout: 3000 })
    .catch(() => {});
  await page.getByRole('region', { name: 'Events' }).scrollIntoViewIfNeeded();
  return page;
}

/** Frames while scrolling: `pages` steps of one page each, then a fling to the end in `fling` frames. */
function scroll(page: Page, pages: number, fling: number) {
  return page.evaluate(
    async ([pages, fling]) => {
      const t = (window as unknown as { __table: TableHelpers }).__table;
      const s = t.scroller();
      s.scrollTop = 0;
      await t.frame();
      await t.frame();
      const measure = async (steps: number, delta: () => number) => {
        const frames: number[] = [];
        let last = await t.frame();
        for (let i = 0; i < steps; i++) {
          s.scrollTop += delta();
          const now = await t.frame();
          frames.push(now - last);
          last = now;
        }
        return frames;
      };
      const page = s.clientHeight;
      const paged = await measure(pages, () => page);
      s.scrollTop = 0;
      await t.frame();
      await t.frame();
      const step = Math.ceil((s.scrollHeight - s.clientHeight) / fling);
      const flung = await measure(fling, () => step);
      await t.frame();
      const rows = t.rows();
      const lastRow = rows[rows.length - 1]?.getAttribute('aria-rowindex');
      return { paged, flung, lastRow, rowsInDom: rows.length };
    },
    [pages, fling] as const,
  );
}

/**
 * Frames while the mouse wheel scrolls the table with the pointer over it, as people scroll: the
 * rows passing under the pointer are hovered, and the map and the timeline highlight each one.
 */
async function wheel(page: Page, steps: number, delta: number) {
  await page.evaluate(async () => {
    const t = (window as unknown as { __table: TableHelpers }).__table;
    t.scroller().scrollTop = 0;
    await t.frame();
  });
  const box = (await page.locator('section[aria-label="Events"] .scroller').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const recorder = page.evaluate(async () => {
    const t = (window as unknown as { __table: TableHelpers }).__table;
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = await t.frame();
    while (w.__recording) {
      const now = await t.frame();
      w.__frames.push(now - last);
      last = now;
    }
    return w.__frames;
  });
  for (let i = 0; i < steps; i++) await page.mouse.wheel(0, delta);
  await page.evaluate(() => ((window as unknown as { __recording: boolean }).__recording = false));
  const frames = await recorder;
  await page.mouse.move(0, 0);
  return frames;
}

/** Frames with nothing to do: what the machine gives at its current load. */
function idle(page: Page, frames: number) {
  return page.evaluate(async (n) => {
    const t = (window as unknown as { __table: TableHelpers }).__table;
    const out: number[] = [];
    let last = await t.frame();
    for (let i = 0; i < n; i++) {
      const now = await t.frame();
      out.push(now - last);
      last = now;
    }
    return out;
  }, frames);
}

/** Clicks a column header's sort button; ms from the click to the paint after the rows changed. */
function sortBy(page: Page, label: string) {
  return page.evaluate(async (label) => {
    const t = (window as unknown as { __table: TableHelpers }).__table;
    t.scroller().scrollTop = 0;
    await t.frame();
    await t.frame();
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('section[aria-label="Events"] th button'),
    ].find((b) => (b.textContent ?? '').trim().startsWith(label))!;
    const th = button.closest('th')!;
    const before = th.getAttribute('aria-sort');
    const t0 = performance.now();
    button.click();
    // Svelte applies the change in a microtask; then wait for the paint.
    await Promise.resolve();
    while (th.getAttribute('aria-sort') === before && performance.now() - t0 < 10_000)
      await t.frame();
    const ms = (await t.painted()) - t0;
    return {
      ms,
      sort: th.getAttribute('aria-sort'),
      first: t.rows()[0]?.querySelector('td:nth-child(2)')?.textContent?.trim(),
    };
  }, label);
}

type Action = ['chip', string] | ['search', string] | ['site', number];

/** Does `action` in the page, then waits until `done` holds; ms to the frame after. */
function until(page: Page, action: Action, done: 'count' | 'legend') {
  return page.evaluate(
    async ([[kind, value], done]) => {
      const t = (window as unknown as { __table: TableHelpers }).__table;
      const state = done === 'count' ? t.count : t.legend;
      await t.frame();
      const before = state();
      const t0 = performance.now();
      if (kind === 'chip') t.chip(value as string);
      else if (kind === 'search') t.search(value as string);
      else t.site(value as number);
      await Promise.resolve();
      while (state() === before && performance.now() - t0 < 10_000) await t.frame();
      return (await t.painted()) - t0;
    },
    [action, done] as const,
  );
}

const COLUMNS = ['Date', 'Event', 'Place', 'Actors', 'Tags', 'Distance'];

interface Run {
  idle: number[];
  wheeled: number[];
  paged: number[];
  flung: number[];
  sorts: Record<string, number>;
  filters: Record<string, number>;
}

/** Runs `phase`; with --profile (and `cdp`), prints its hottest functions. */
async function phase<T>(name: string, cdp: CDPSession | null, run: () => Promise<T>): Promise<T> {
  if (!cdp) return run();
  const metrics = async () =>
    Object.fromEntries(
      (
        (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
      ).metrics.map((m) => [m.name, m.value]),
    );
  const before = await metrics();
  await cdp.send('Profiler.start');
  const out = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: ProfileJson };
  const after = await metrics();
  const busy = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']
    .map((m) => `${m.replace('Duration', '')} ${((after[m]! - before[m]!) * 1000).toFixed(0)} ms`)
    .join(', ');
  console.log(`\n${name} (one run, profiled): ${busy}; self time:`);
  for (const line of hotSpots(profile, resolve(DIST))) console.log(line);
  return out;
}

async function measure(page: Page, cdp: CDPSession | null = null): Promise<Run> {
  const idleFrames = await idle(page, 120);
  const { paged, flung, lastRow, rowsInDom } = await phase('scrolling', cdp, () =>
    scroll(page, 200, 120),
  );
  if (Number(lastRow) !== COUNT + 1) throw new Error(`scrolled to row ${lastRow}, not the last`);
  const wheeled = await phase('wheel over the table', cdp, () => wheel(page, 150, 100));
  const sorts: Record<string, number> = {};
  const filters: Record<string, number> = {};
  if (SCROLL_ONLY) return { idle: idleFrames, wheeled, paged, flung, sorts, filters };
  await phase('sorting', cdp, async () => {
    // Twice round: the first click on a column is the first sort by it on this page.
    for (const pass of ['first', 'again'])
      for (const column of COLUMNS)
        for (let k = 0; k < 2; k++) {
          const r = await sortBy(page, column);
          sorts[`${column} ${r.sort} (${pass})`] = r.ms;
        }
  });
  await phase('filter changes', cdp, async () => {
    // By Event first, then back to time order (Date ascending, the default).
    await sortBy(page, 'Event');
    filters['by Event: tag chip on'] = await until(page, ['chip', 'Tag A'], 'count');
    filters['by Event: tag chip off'] = await until(page, ['chip', 'Tag A'], 'count');
    if ((await sortBy(page, 'Date')).sort !== 'ascending') await sortBy(page, 'Date');
    filters['tag chip on'] = await until(page, ['chip', 'Tag A'], 'count');
    filters['tag chip off'] = await until(page, ['chip', 'Tag A'], 'count');
    filters['search "1"'] = await until(page, ['search', '1'], 'count');
    filters['search cleared'] = await until(page, ['search', ''], 'count');
    // Another preset launch point: distances change (and the table re-sorted before, by date too).
    filters['launch point'] = await until(page, ['site', 1], 'legend');
    await until(page, ['site', 0], 'legend');
  });
  if (rowsInDom > 200) console.log(`  note: ${rowsInDom} rows in the DOM at the end of the table`);
  return { idle: idleFrames, wheeled, paged, flung, sorts, filters };
}

/** The functions with the most self time in a CPU profile, by source position. */
function hotSpots(profile: ProfileJson, dist: string, top = TOP): string[] {
  const maps = new Map<string, TraceMap | null>();
  const mapFor = (url: string) => {
    if (!maps.has(url)) {
      const file = join(dist, new URL(url, BASE).pathname + '.map');
      maps.set(url, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
    }
    return maps.get(url) ?? null;
  };
  const dt = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++)
    dt.set(samples[i]!, (dt.get(samples[i]!) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  const byPlace = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = dt.get(node.id) ?? 0;
    if (!ms) continue;
    const f = node.callFrame;
    let place = `${f.functionName || '(anonymous)'} ${f.url.replace(BASE, '')}:${f.lineNumber + 1}`;
    const map = f.url.startsWith(BASE) ? mapFor(f.url) : null;
    if (map) {
      const o = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
      if (o.source)
        place = `${o.name ?? f.functionName ?? ''} ${o.source.replace(/^.*?\/(src|node_modules)\//, '$1/')}:${o.line}`;
    } else if (!f.url) place = f.functionName || '(program)';
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
  }
  return [...byPlace]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([place, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${place}`);
}

interface ProfileJson {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const dist = resolve(DIST);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${DIST}: run vite build`);
  const data = join(dist, 'bench-data', `${N}.json`);
  if (!existsSync(data)) {
    mkdirSync(join(dist, 'bench-data'), { recursive: true });
    writeFileSync(data, datasetJson(N));
  }
  const server = await servePreview(DIST, PORT, { reuse: true });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const runs: Run[] = [];
  const loads: string[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await open(browser);
      loads.push(load());
      const run = await measure(page);
      runs.push(run);
      console.log(
        `run ${i + 1} (load ${loads[i]}): scroll p95 ${round(quantile(run.paged, 0.95))} ms, ` +
          `fling p95 ${round(quantile(run.flung, 0.95))} ms, ` +
          `sort ${Object.values(run.sorts)
            .map((x) => round(x, 0))
            .join('/')} ms`,
      );
      await page.context().close();
      if (PROFILE && i === RUNS - 1) {
        // On a page of its own: the first sort by each column is profiled too.
        const profiled = await open(browser);
        const cdp = await profiled.context().newCDPSession(profiled);
        await cdp.send('Profiler.enable');
        await cdp.send('Performance.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await measure(profiled, cdp);
        await profiled.context().close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const stat = (pick: (r: Run) => number[]) => {
    const q = (p: number) => round(median(runs.map((r) => quantile(pick(r), p))));
    return `p50 ${q(0.5)}  p95 ${q(0.95)}  max ${round(median(runs.map((r) => Math.max(...pick(r)))))}`;
  };
  console.log(
    `\nEvents table, ${COUNT} events, median of ${runs.length} runs (load average per run: ${loads.join(' | ')})`,
  );
  console.log(`idle, nothing to do (${runs[0]!.idle.length} frames): ${stat((r) => r.idle)} ms`);
  console.log(
    `scroll, a page a frame (${runs[0]!.paged.length} frames): ${stat((r) => r.paged)} ms`,
  );
  console.log(
    `scroll, fling to the end (${runs[0]!.flung.length} frames): ${stat((r) => r.flung)} ms`,
  );
  console.log(
    `scroll, mouse wheel over the table (${runs[0]!.wheeled.length} frames): ${stat((r) => r.wheeled)} ms`,
  );
  console.log('sort, click to the paint after the rows changed:');
  for (const key of Object.keys(runs[0]!.sorts))
    console.log(`  ${key.padEnd(22)} ${round(median(runs.map((r) => r.sorts[key]!)), 0)} ms`);
  console.log('filter changes (the table in time order unless said), action to the paint after:');
  for (const key of Object.keys(runs[0]!.filters))
    console.log(`  ${key.padEnd(22)} ${round(median(runs.map((r) => r.filters[key]!)), 0)} ms`);
  console.log(`load average now: ${load()}`);
}

await main();
