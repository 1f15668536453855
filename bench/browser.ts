/**
 * Browser benchmark: Dateline (built, served by `vite preview`) against the naive reference and
 * Leaflet.TimeDimension, same data and same cursor steps, in headless Chromium via Playwright.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser';
import { browserIdle } from './browserIdle';
import { median, quantile } from './stats';

export interface PageRun {
  loadMs: number;
  /** Dateline only: from the worker's last message to the frame after the count showed. */
  renderMs?: number;
  heapMb: number;
  frames: number[];
  work: number[];
  /** Dateline only: per keystroke, the main thread's time to the whole update painted. */
  searchUpdates?: number[];
  /** Dateline only: per keystroke, the frames until the whole update was painted (1: the next). */
  searchFrames?: number[];
  searchSlowestFrame?: number;
  /** Dateline only: per action, timed as a keystroke. */
  tagUpdates?: number[];
  tagFrames?: number[];
  brushUpdates?: number[];
  brushFrames?: number[];
}

export interface Summary {
  runs: number;
  loadMs: number;
  renderMs?: number;
  heapMb: number;
  p50: number;
  p95: number;
  max: number;
  steps: number;
  /** Median and slowest keystroke-to-update, and the slowest frame while typing. */
  searchMs?: number;
  /** The most frames one change took to be painted whole (median over runs), per kind. */
  searchFrames?: number;
  tagFrames?: number;
  brushFrames?: number;
  searchMaxMs?: number;
  searchFrameMs?: number;
  /** Median and slowest action-to-update: toggling a tag chip, stepping the brush. */
  tagMs?: number;
  tagMaxMs?: number;
  brushMs?: number;
  brushMaxMs?: number;
  error?: string;
}

const LOAD_TIMEOUT = 240_000;
/** A scrub stops after this long (slow pages at 100,000 events); the table gives the steps done. */
export const SCRUB_CAP_MS = 60_000;

/**
 * A page in a context of its own, opened once the browser is idle again (see browserIdle). tsx
 * (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it.
 */
async function newPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  await browserIdle(browser);
  return { context, page };
}

/** Typed into "Search events": every synthetic title has a number, and each digit narrows them. */
export const SEARCH_WORD = '1234';

/**
 * Installed before the app runs: notes the last message of the import worker, and when the
 * map's event canvas was last cleared to be redrawn (a filter change is not done before that).
 */
const DATELINE_INIT = () => {
  const w = window as unknown as Record<string, unknown>;
  const marks: Record<string, number> = {};
  w.__bench = marks;
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...args) {
    if (this.canvas.closest('.leaflet-dl-event-canvas-pane')) marks.mapDrawn = performance.now();
    return clearRect.apply(this, args);
  };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent) => {
        const type = (e.data as { type?: string } | null)?.type;
        if (type !== 'progress' && type !== 'events') marks.workerDone = performance.now();
      });
    }
  };
};

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** In the page: one cursor step per frame (Home first, then right to the end and back). */
async function scrubDateline(page: Page, steps: number) {
  return page.evaluate(
    async ([steps, capMs]) => {
      const slider = document.querySelector<HTMLElement>(
        '[role="slider"][aria-label="Time cursor"]',
      )!;
      const key = (k: string) =>
        slider.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
        );
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      slider.focus();
      key('Home');
      await frame();
      await frame();
      const frames: number[] = [];
      const work: number[] = [];
      const values: number[] = [];
      let dir = 'ArrowRight';
      let last = await frame();
      const begun = last;
      for (let i = 0; i < steps && last - begun < capMs; i++) {
        const now = Number(slider.getAttribute('aria-valuenow'));
        if (i > 0) values.push(now);
        if (now >= Number(slider.getAttribute('aria-valuemax'))) dir = 'ArrowLeft';
        else if (now <= Number(slider.getAttribute('aria-valuemin'))) dir = 'ArrowRight';
        const t = performance.now();
        key(dir);
        await Promise.resolve();
        work.push(performance.now() - t);
        const ts = await frame();
        frames.push(ts - last);
        last = ts;
      }
      values.push(Number(slider.getAttribute('aria-valuenow')));
      return { frames, work, values };
    },
    [steps, SCRUB_CAP_MS] as const,
  );
}

/**
 * Installs `window.__benchChange(act)` in the page: times one filter change. The input arrives as
 * a click or a key does in Chromium: as a task of its own, between frames (here right after a
 * frame's paint, with the page idle), so what its handlers ask of requestAnimationFrame is drawn
 * in the very next frame. The figure is the main thread's time for the change: the handler (with
 * the microtasks it queued), then from the start of the next frame to the paint of the frame that
 * showed the whole update: the new "N of M events" count and every other change it brought (any
 * DOM mutation, and the map's event canvas redrawn), the page then staying still for a frame. A
 * change whose handler and first frame fit in one frame's time reads at most 16.7 ms; one that
 * spreads over frames reads the frames it waited for as well. `frames` counts the frames until the
 * whole update was painted (1: the first frame after the input). A message posted from a frame's
 * callback arrives after that frame's paint, which tells a change made before the paint from one
 * made after it. Also records the slowest frame meanwhile (is the page still responsive?).
 */
async function installChangeTimer(page: Page) {
  await page.evaluate(() => {
    const count = () =>
      [...document.querySelectorAll('[role="status"]')]
        .map((e) => e.textContent ?? '')
        .find((t) => / of [\d,]+ events/.test(t)) ?? '';
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const afterPaint = () =>
      new Promise<number>((r) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => r(performance.now());
        channel.port2.postMessage(null);
      });
    const marks = (window as unknown as { __bench: Record<string, number> }).__bench;
    (window as unknown as Record<string, unknown>).__benchChange = async (act: () => void) => {
      const before = count();
      let changedAt = Infinity;
      let lastChange = -Infinity;
      const observer = new MutationObserver(() => {
        lastChange = performance.now();
        if (changedAt === Infinity && count() !== before) changedAt = lastChange;
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      let start = await frame();
      await afterPaint(); // the page is idle until the next frame: the input arrives now
      // Asked for before the input's handlers ask for theirs, so it runs first in that frame.
      let frameBegun = 0;
      let next = new Promise<number>((r) =>
        requestAnimationFrame((ts) => {
          frameBegun = performance.now();
          r(ts);
        }),
      );
      const actedAt = performance.now();
      act();
      // The handler's microtasks (Svelte's flush among them) run before these continuations.
      for (let i = 0; i < 3; i++) await null;
      const handled = performance.now();
      let firstBegun = 0;
      let slowest = 0;
      let lastPainted = -Infinity;
      let frames = 0;
      for (;;) {
        const ts = await next;
        if (!firstBegun) firstBegun = frameBegun;
        slowest = Math.max(slowest, ts - start);
        start = ts;
        const painted = await afterPaint(); // this frame's paint is done
        frames++;
        next = frame();
        const drawn = (marks.mapDrawn ?? -Infinity) > actedAt ? marks.mapDrawn! : -Infinity;
        // Settled: the count had changed by the previous frame's paint, and nothing (DOM or map
        // canvas) has changed since. That frame showed the whole update. Give up after 5 s.
        if (changedAt < lastPainted && Math.max(lastChange, drawn) < lastPainted) {
          frames--;
          break;
        }
        if (painted - actedAt > 5000) {
          lastPainted = painted;
          break;
        }
        lastPainted = painted;
      }
      await next;
      observer.disconnect();
      return { ms: handled - actedAt + (lastPainted - firstBegun), frames, slowest };
    };
  });
}

type ChangeTimer = (act: () => void) => Promise<{ ms: number; frames: number; slowest: number }>;

/**
 * In the page: types `word` into "Search events" one character at a time, then clears it. For
 * each keystroke, the change as `installChangeTimer` times it, and the slowest frame.
 */
async function typeSearch(page: Page, word: string) {
  await installChangeTimer(page);
  return page.evaluate(async (word) => {
    const change = (window as unknown as { __benchChange: ChangeTimer }).__benchChange;
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const updates: number[] = [];
    const frames: number[] = [];
    let slowest = 0;
    for (let i = 1; i <= word.length + 1; i++) {
      const timed = await change(() => {
        input.value = i <= word.length ? word.slice(0, i) : '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      updates.push(timed.ms);
      frames.push(timed.frames);
      slowest = Math.max(slowest, timed.slowest);
    }
    return { updates, frames, slowest };
  }, word);
}

/** Tag chips toggled, and brush steps taken, per run: each is one filter change. */
export const TAG_TOGGLES = 4;
export const BRUSH_STEPS = 5;

/**
 * In the page: filter changes other than typing, each timed as `installChangeTimer` does. `tag`:
 * the first tag chip on, off, the second on, off (by click). `brush`: the "Range start" handle
 * stepped right four times by keyboard (each a new brushed range), then Escape clears the range.
 */
async function timeFilterChanges(page: Page, kind: 'tag' | 'brush') {
  await installChangeTimer(page);
  return page.evaluate(
    async ([kind, tagToggles, brushSteps]) => {
      const change = (window as unknown as { __benchChange: ChangeTimer }).__benchChange;
      const tagChips = () => {
        const group = [...document.querySelectorAll('[role="group"]')].find(
          (g) => g.querySelector('h3')?.textContent === 'Tags',
        )!;
        return [...group.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
      };
      const actions: (() => void)[] = [];
      if (kind === 'tag') {
        // On (the next chip not pressed yet), then off again.
        for (let i = 0; i < tagToggles; i++)
          actions.push(() => {
            const pressed = i % 2 === 0 ? 'false' : 'true';
            const chips = tagChips().filter((c) => c.getAttribute('aria-pressed') === pressed);
            chips[i % 2 === 0 ? i / 2 : 0]!.click();
          });
      } else {
        const handle = document.querySelector<HTMLElement>(
          '[role="slider"][aria-label="Range start"]',
        )!;
        const key = (k: string) => () =>
          handle.dispatchEvent(
            new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
          );
        for (let i = 1; i < brushSteps; i++) actions.push(key('ArrowRight'));
        actions.push(key('Escape'));
      }
      const updates: number[] = [];
      const frames: number[] = [];
      for (const act of actions) {
        const timed = await change(act);
        updates.push(timed.ms);
        frames.push(timed.frames);
      }
      return { updates, frames };
    },
    [kind, TAG_TOGGLES, BRUSH_STEPS] as const,
  );
}

async function runDateline(
  browser: Browser,
  base: string,
  dataUrl: string,
  count: number,
  steps: number,
) {
  const { context, page } = await newPage(browser);
  try {
    await page.addInitScript(DATELINE_INIT);
    // Opening a share link with the dataset: the clock starts at navigation (performance.now() = 0);
    // the dataset takes longer to arrive than the document to parse, so nothing is missed.
    await page.goto(`${base}/?data=${encodeURIComponent(dataUrl)}`, {
      waitUntil: 'domcontentloaded',
    });
    const shown = page.evaluate(
      (count) =>
        new Promise<{ workerDone: number; rendered: number }>((resolve) => {
          const all = count.toLocaleString('en-US');
          const want = `${all} of ${all} events`;
          const check = () => {
            const text = [...document.querySelectorAll('[role="status"]')].map(
              (e) => e.textContent ?? '',
            );
            if (!text.some((t) => t.replace(/\s+/g, ' ').includes(want))) return false;
            observer.disconnect();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const m = (window as unknown as { __bench: Record<string, number> }).__bench;
                resolve({
                  workerDone: m.workerDone!,
                  rendered: performance.now(),
                });
              }),
            );
            return true;
          };
          const observer = new MutationObserver(check);
          // At navigation commit the body may not exist yet: watch the whole document.
          observer.observe(document.documentElement, {
            subtree: true,
            childList: true,
            characterData: true,
          });
          check();
        }),
      count,
    );
    const t = await Promise.race([
      shown,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`not rendered within ${LOAD_TIMEOUT / 1000} s`)),
          LOAD_TIMEOUT,
        ),
      ),
    ]);
    // Close the load report so it does not cover the page.
    await page
      .getByRole('button', { name: 'Close' })
      .first()
      .click({ timeout: 5000 })
      .catch(() => {});
    const heap = await heapMb(page);
    const scrub = await scrubDateline(page, steps);
    const search = await typeSearch(page, SEARCH_WORD);
    const tag = await timeFilterChanges(page, 'tag');
    const brush = await timeFilterChanges(page, 'brush');
    return {
      run: {
        loadMs: t.rendered,
        renderMs: t.rendered - t.workerDone,
        heapMb: heap,
        frames: scrub.frames,
        work: scrub.work,
        searchUpdates: search.updates,
        searchFrames: search.frames,
        searchSlowestFrame: search.slowest,
        tagUpdates: tag.updates,
        tagFrames: tag.frames,
        brushUpdates: brush.updates,
        brushFrames: brush.frames,
      } satisfies PageRun,
      values: scrub.values,
    };
  } finally {
    await context.close();
  }
}

async function runReference(browser: Browser, url: string, values: number[]): Promise<PageRun> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { benchReady?: unknown }).benchReady,
      null,
      {
        timeout: LOAD_TIMEOUT,
        polling: 100,
      },
    );
    const ready = await page.evaluate(
      () => (window as unknown as { benchReady: { loadMs: number } }).benchReady,
    );
    const heap = await heapMb(page);
    const scrub = await page.evaluate(
      ([values, capMs]) =>
        (
          window as unknown as {
            benchScrub: (
              v: number[],
              s: (v: number) => void,
              cap: number,
            ) => Promise<{ frames: number[]; work: number[] }>;
            benchStep: (v: number) => void;
          }
        ).benchScrub(
          values,
          (window as unknown as { benchStep: (v: number) => void }).benchStep,
          capMs,
        ),
      [values, SCRUB_CAP_MS] as const,
    );
    return { loadMs: ready.loadMs, heapMb: heap, frames: scrub.frames, work: scrub.work };
  } finally {
    await context.close();
  }
}

export function summarize(runs: PageRun[]): Summary {
  const frames = runs.map((r) => r.frames);
  return {
    runs: runs.length,
    loadMs: median(runs.map((r) => r.loadMs)),
    ...(runs[0]?.renderMs !== undefined ? { renderMs: median(runs.map((r) => r.renderMs!)) } : {}),
    heapMb: median(runs.map((r) => r.heapMb)),
    p50: median(frames.map((f) => quantile(f, 0.5))),
    p95: median(frames.map((f) => quantile(f, 0.95))),
    max: median(frames.map((f) => Math.max(...f))),
    steps: frames[0]?.length ?? 0,
    ...(runs[0]?.searchUpdates
      ? {
          searchMs: median(runs.map((r) => median(r.searchUpdates!))),
          searchMaxMs: median(runs.map((r) => Math.max(...r.searchUpdates!))),
          searchFrameMs: median(runs.map((r) => r.searchSlowestFrame!)),
          tagMs: median(runs.map((r) => median(r.tagUpdates!))),
          tagMaxMs: median(runs.map((r) => Math.max(...r.tagUpdates!))),
          brushMs: median(runs.map((r) => median(r.brushUpdates!))),
          brushMaxMs: median(runs.map((r) => Math.max(...r.brushUpdates!))),
          searchFrames: median(runs.map((r) => Math.max(...r.searchFrames!))),
          tagFrames: median(runs.map((r) => Math.max(...r.tagFrames!))),
          brushFrames: median(runs.map((r) => Math.max(...r.brushFrames!))),
        }
      : {}),
  };
}

export interface SizeResult {
  n: number;
  /** The references used the cursor values of a smaller dataset (Dateline did not finish this one). */
  borrowedSteps: boolean;
  dateline: Summary;
  naive?: Summary;
  timeDimension?: Summary;
}

/**
 * For each dataset: Dateline, then the references on the cursor values Dateline stepped through.
 * Runs are interleaved (Dateline, naive, TimeDimension, Dateline, …) so load swings hit all alike.
 */
export async function runBrowser(
  base: string,
  sizes: { n: number; count: number; dataUrl: string }[],
  options: { runs: number; steps: number; references: boolean; log?: (s: string) => void },
): Promise<{ chromium: string; results: SizeResult[] }> {
  const log = options.log ?? console.log;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const version = browser.version();
  const results: SizeResult[] = [];
  let lastValues: number[] | null = null;
  try {
    for (const { n, count, dataUrl } of sizes) {
      const d: PageRun[] = [];
      const naive: PageRun[] = [];
      const td: PageRun[] = [];
      const errors: Record<string, string> = {};
      let borrowed = false;
      for (let r = 0; r < options.runs; r++) {
        let values: number[] | null = null;
        // After one timeout at this size, further Dateline runs would only time out again.
        if (!errors.dateline)
          try {
            const out = await runDateline(browser, base, dataUrl, count, options.steps);
            d.push(out.run);
            values = out.values;
            log(
              `  dateline n=${n} run ${r + 1}: load ${out.run.loadMs.toFixed(0)} ms, p95 frame ${quantile(out.run.frames, 0.95).toFixed(1)} ms`,
            );
          } catch (e) {
            errors.dateline = String((e as Error).message).split('\n')[0]!;
            log(`  dateline n=${n} run ${r + 1}: ${errors.dateline}`);
          }
        if (values) lastValues = values;
        else if (lastValues) {
          // Dateline did not finish at this size: the references step through the cursor
          // values of the last size it did finish (same five years, same steps).
          values = lastValues;
          borrowed = true;
        }
        if (!options.references || !values) continue;
        for (const [name, page, into] of [
          ['naive', 'naive.html', naive],
          ['timeDimension', 'timedimension.html', td],
        ] as const) {
          try {
            const run = await runReference(browser, `${base}/bench-ref/${page}?n=${n}`, values);
            into.push(run);
            log(
              `  ${name} n=${n} run ${r + 1}: load ${run.loadMs.toFixed(0)} ms, p95 frame ${quantile(run.frames, 0.95).toFixed(1)} ms`,
            );
          } catch (e) {
            errors[name] = String((e as Error).message).split('\n')[0]!;
            log(`  ${name} n=${n} run ${r + 1}: ${errors[name]}`);
          }
        }
      }
      const withError = (runs: PageRun[], name: string): Summary =>
        runs.length
          ? summarize(runs)
          : ({ ...summarize([]), error: errors[name] ?? 'not run' } as Summary);
      results.push({
        n,
        borrowedSteps: borrowed,
        dateline: withError(d, 'dateline'),
        ...(options.references
          ? { naive: withError(naive, 'naive'), timeDimension: withError(td, 'timeDimension') }
          : {}),
      });
    }
  } finally {
    await browser.close();
  }
  return { chromium: version, results };
}
