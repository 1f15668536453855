// Shared by the reference pages: load the same dataset, parse dates naively, then drive a scrub
// through the cursor values Dateline stepped through, one per animation frame.
window.benchLoad = async function benchLoad() {
  const t0 = performance.now();
  const n = new URLSearchParams(location.search).get('n');
  const data = await (await fetch(`/bench-data/${n}.json`)).json();
  const start = (d) => Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const events = data.events.map((e) => ({ ...e, start: start(e.date) }));
  return { t0, events, located: events.filter((e) => typeof e.lat === 'number') };
};

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
window.benchAfterPaint = async () => {
  await nextFrame();
  await nextFrame();
  return performance.now();
};

/** Calls step(value) once per frame for each value; returns the frame intervals in ms. */
window.benchScrub = function benchScrub(values, step, capMs = Infinity) {
  return new Promise((resolve) => {
    const frames = [];
    const work = [];
    let last = null;
    let i = 0;
    let begun = null;
    const frame = (ts) => {
      if (last !== null) frames.push(ts - last);
      last = ts;
      begun ??= ts;
      if (i === values.length || ts - begun >= capMs) return resolve({ frames, work });
      const t = performance.now();
      step(values[i++]);
      work.push(performance.now() - t);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
};
