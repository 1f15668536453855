import L from 'leaflet';

/**
 * A box drawn for the map's view plus `padding` (relative to its size) on each side, so a pan
 * shows no edge before the next redraw. Layers that draw into one box (an SVG, a canvas) keep
 * this to place it, to follow Leaflet's zoom animation, and to know when a pan left it.
 */
export interface PaddedView {
  /** The map's centre and zoom when drawn, its size, and the box in layer pixels. */
  center: L.LatLng;
  zoom: number;
  size: L.Point;
  bounds: L.Bounds;
  padding: number;
}

export function paddedView(map: L.Map, padding: number): PaddedView {
  const size = map.getSize();
  const topLeft = map.containerPointToLayerPoint(size.multiplyBy(-padding)).round();
  const box = size.multiplyBy(1 + 2 * padding).round();
  return {
    center: map.getCenter(),
    zoom: map.getZoom(),
    size,
    bounds: L.bounds(topLeft, topLeft.add(box)),
    padding,
  };
}

/** True when the map, panned at the drawn zoom, shows something outside the drawn box. */
export function leftPaddedView(map: L.Map, drawn: PaddedView | null): boolean {
  if (!drawn || map.getZoom() !== drawn.zoom) return false;
  const view = L.bounds(
    map.containerPointToLayerPoint([0, 0]),
    map.containerPointToLayerPoint(map.getSize()),
  );
  return !drawn.bounds.contains(view);
}

/** While Leaflet animates a zoom to `zoom` around `center`, scale the drawn box as it scales its own layers. */
export function transformPaddedView(
  map: L.Map,
  drawn: PaddedView,
  element: HTMLElement | SVGElement,
  center: L.LatLng,
  zoom: number,
): void {
  const scale = map.getZoomScale(zoom, drawn.zoom);
  const mapPane = L.DomUtil.getPosition(map.getPane('mapPane')!);
  const pixelOrigin = map
    .project(center, zoom)
    .subtract(map.getSize().divideBy(2))
    .add(mapPane)
    .round();
  const topLeft = map
    .project(drawn.center, zoom)
    .subtract(drawn.size.multiplyBy((0.5 + drawn.padding) * scale))
    .subtract(pixelOrigin);
  L.DomUtil.setTransform(element as HTMLElement, topLeft, scale);
}

/** Whether `map` animates zooms (then a drawn box is transformed; otherwise hidden meanwhile). */
export function zoomAnimated(map: L.Map): boolean {
  return !!map.options.zoomAnimation && L.Browser.any3d;
}

/**
 * Keeps a layer's drawn box (`element`, drawn for `drawn()`) with the map between redraws:
 * scaled with Leaflet's zoom animation and with a pinch, and redrawn (`redraw`) once a pan
 * leaves it. Returns the function that stops following.
 */
export function followPaddedView(
  map: L.Map,
  element: HTMLElement | SVGElement,
  drawn: () => PaddedView | null,
  redraw: () => void,
): () => void {
  const follow = (center: L.LatLng, zoom: number) => {
    const box = drawn();
    if (box) transformPaddedView(map, box, element, center, zoom);
  };
  const onMove = () => {
    if (leftPaddedView(map, drawn())) redraw();
  };
  const onZoom = () => follow(map.getCenter(), map.getZoom());
  const onZoomAnim = (event: L.ZoomAnimEvent) => follow(event.center, event.zoom);
  map.on('move', onMove);
  map.on('zoom', onZoom);
  map.on('zoomanim', onZoomAnim);
  return () => {
    map.off('move', onMove);
    map.off('zoom', onZoom);
    map.off('zoomanim', onZoomAnim);
  };
}

/** Sizes `canvas` to the drawn box, in device pixels (`ratio` per CSS pixel), and puts it there. */
export function placeCanvas(canvas: HTMLCanvasElement, drawn: PaddedView, ratio: number): void {
  const box = drawn.bounds.getSize();
  const width = Math.round(box.x * ratio);
  const height = Math.round(box.y * ratio);
  if (canvas.width !== width) {
    canvas.width = width;
    canvas.style.width = `${box.x}px`;
  }
  if (canvas.height !== height) {
    canvas.height = height;
    canvas.style.height = `${box.y}px`;
  }
  L.DomUtil.setPosition(canvas, drawn.bounds.min!);
}
