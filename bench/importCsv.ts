/**
 * Is the page responsive while it imports a big CSV? (issue: "a 50 MB CSV of 200,000 rows loads
 * with the page responsive throughout"). Writes a seeded CSV of ROWS rows (bench/generate.ts
 * events, canonical columns, padded summaries to about 250 bytes a row), serves the built app
 * with `vite preview`, picks the file through "Load data", and records every frame from the
 * file's arrival to the count showing: the longest gap between frames, the long tasks, and the
 * total.
 *
 *   npx vite build --outDir dist-bench && npx tsx bench/importCsv.ts [rows] [runs]
 *
 * BENCH_PORT and BENCH_DIST (the build's directory, default dist-bench) choose another server.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser';
import { generateEvents } from './generate';
import { browserIdle } from './browserIdle';
import { servePreview } from './preview';
import { median } from './stats';

const ROWS = Number(process.argv[2] ?? 200_000);
const RUNS = Number(process.argv[3] ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const DIST = process.env.BENCH_DIST ?? 'dist-bench';
const root = join(import.meta.dirname, '..');

function csvOf(rows: number): string {
  const located = Math.round(rows / 1.05);
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const padding = ' Padding to a realistic row length for an exported spreadsheet.'.repeat(2);
  const lines = ['id,date,end,title,summary,place,lat,lon,tags,actors,source_title,source_url'];
  for (const e of generateEvents(located).slice(0, rows)) {
    const source = e.sources[0]!;
    lines.push(
      [
        e.id,
        e.date,
        e.end ?? '',
        e.title,
        e.summary + padding,
        e.place ?? '',
        e.lat ?? '',
        e.lon ?? '',
        e.tags.join(';'),
        e.actors.join(';'),
        source.title,
        source.url,
      ]
        .map((v) => cell(String(v)))
        .join(','),
    );
  }
  return lines.join('\n');
}

const dir = join(root, 'bench/out/data');
mkdirSync(dir, { recursive: true });
const file = join(dir, `import-${ROWS}.csv`);
writeFileSync(file, csvOf(ROWS));
const megabytes = statSync(file).size / 2 ** 20;
console.log(`${file}: ${ROWS.toLocaleString('en')} rows, ${megabytes.toFixed(1)} MB`);

const preview = await servePreview(DIST, PORT);
const base = preview.base;

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
const results: {
  totalMs: number;
  worstGapMs: number;
  longTasks: number;
  longestTaskMs: number;
  keys: number;
  slowestKeyMs: number;
}[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await browserIdle(browser);
    await page.goto(base);
    await page.getByRole('button', { name: 'Load data' }).waitFor();
    // Frames and long tasks from the file's arrival (the input's change event) until the new
    // count is on screen: the file chooser's own click blocks the page until the harness
    // answers it, which is not the app's doing.
    await page.evaluate(() => {
      const w = window as unknown as {
        __frames: number[];
        __long: number[];
        __keys: number[];
        __picked: number;
      };
      w.__frames = [];
      w.__long = [];
      w.__keys = [];
      w.__picked = Infinity;
      // Each keystroke's latency, as Event Timing gives it: from the key's press to the next
      // paint after it was handled (what INP measures).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'keydown' && entry.startTime >= w.__picked)
            w.__keys.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      document.addEventListener('change', () => (w.__picked = performance.now()), {
        capture: true,
        once: true,
      });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.startTime >= w.__picked) w.__long.push(entry.duration);
      }).observe({ type: 'longtask' });
      const tick = (t: number) => {
        if (t >= w.__picked) w.__frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load data' }).click();
    const t0 = Date.now();
    await (await chooser).setFiles(file);
    const count = ROWS.toLocaleString('en-US').replace(/,/g, '');
    const shown = page.waitForFunction(
      (count) => document.body.innerText.replace(/,/g, '').includes(`of ${count} events`),
      count,
      { timeout: 600_000, polling: 250 },
    );
    // Meanwhile someone types in the search box ("x", then deletes it), a key every 150 ms.
    let loaded = false;
    void shown.then(() => (loaded = true));
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.focus();
    for (let i = 0; !loaded; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
      await new Promise((r) => setTimeout(r, 150));
    }
    await shown;
    const totalMs = Date.now() - t0;
    const { frames, long, keys } = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __long: number[]; __keys: number[] };
      return { frames: w.__frames, long: w.__long, keys: w.__keys };
    });
    let worstGapMs = 0;
    for (let i = 1; i < frames.length; i++)
      worstGapMs = Math.max(worstGapMs, frames[i]! - frames[i - 1]!);
    const result = {
      totalMs,
      worstGapMs,
      longTasks: long.length,
      longestTaskMs: Math.max(0, ...long),
      keys: keys.length,
      slowestKeyMs: Math.max(0, ...keys),
    };
    results.push(result);
    console.log(`run ${run + 1}: ${JSON.stringify(result)}`);
    await context.close();
  }
} finally {
  await browser.close();
  preview.stop();
}
const med = (key: keyof (typeof results)[number]) => median(results.map((r) => r[key])).toFixed(0);
console.log(
  `${ROWS.toLocaleString('en')} rows (${megabytes.toFixed(1)} MB CSV), median of ${RUNS}: ` +
    `pick → count shown ${med('totalMs')} ms; longest frame gap ${med('worstGapMs')} ms; ` +
    `longest task ${med('longestTaskMs')} ms; ${med('longTasks')} long tasks; ` +
    `slowest keystroke typed meanwhile (press to next paint) ${med('slowestKeyMs')} ms. ` +
    `Load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}.`,
);
process.exit(0);
