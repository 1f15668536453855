/**
 * `run`, called once in the next animation frame however often it is requested before then.
 * `cancel` drops a pending call: a layer that draws at once, or is taken off the map, calls it.
 */
export function nextFrame(run: () => void): { request: () => void; cancel: () => void } {
  let frame = 0;
  return {
    request() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        run();
      });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
