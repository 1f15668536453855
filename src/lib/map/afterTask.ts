/**
 * `run`, to be called once after the current task's synchronous work, however often it is asked
 * for meanwhile. Leaflet fires viewreset, zoomend and moveend one after another for one view
 * change: a layer that redraws on each drew the same view three times. A microtask still runs
 * before the next paint (unlike a new animation frame asked for inside one), so no frame shows
 * the layer out of place.
 */
export function afterTask(run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      run();
    });
  };
}
