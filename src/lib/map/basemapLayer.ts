import L from 'leaflet';
import countries110mUrl from 'world-atlas/countries-110m.json?url';
import countries50mUrl from 'world-atlas/countries-50m.json?url';
import { afterTask } from './afterTask';
import { nextFrame } from './nextFrame';
import { loadBasemapShapes, type BasemapShapes } from './basemapShapes';
import {
  followPaddedView,
  paddedView,
  placeCanvas,
  zoomAnimated,
  type PaddedView,
} from './paddedView';
import { watchTheme } from './watchTheme';

/** Natural Earth at 1:110m first; at this zoom and closer, the 1:50m shapes replace it. */
const DETAIL_ZOOM = 4;
/** The canvas covers the view plus this much on each side (relative), so a pan shows no edge. */
const PADDING = 0.25;
/** The borders' width, in CSS pixels. */
const BORDER_WIDTH = 0.8;

type Detail = 'coarse' | 'fine';

/**
 * The shapes' own pane, between Leaflet's tile pane (200) and overlay pane (400): whenever the
 * shapes arrive, they stay under the range band and the event markers.
 */
const BASEMAP_PANE = 'dl-basemap';

/**
 * An offline basemap: Natural Earth country shapes (via world-atlas) drawn on one canvas. The
 * shapes are separate assets fetched on demand, the finer ones only when zoomed in, and are
 * projected once when they arrive: a zoom redraws them scaled, without projecting a point
 * again (as vector layers did, 50 to 100 ms at every zoom, and 400 ms to build the finer ones).
 * Every world copy in view is drawn. The colours are the theme's (--map-land, --map-border).
 *
 * It owns its canvas and its listeners, and removes them when taken off the map. MapView loads
 * this module (with basemapShapes and topojson-client) after the first load.
 */
export class BasemapLayer extends L.Layer {
  private readonly canvas = document.createElement('canvas');
  private readonly shapes = new Map<Detail, BasemapShapes>();
  private readonly loading = new Map<Detail, Promise<BasemapShapes>>();
  private drawn: PaddedView | null = null;
  /** A change of what to draw redraws once, in the next frame. */
  private readonly drawInFrame = nextFrame(() => this.draw());
  /** A view change (Leaflet's viewreset, zoomend, moveend, resize) redraws once. */
  private readonly drawAfterTask = afterTask(() => this.draw());
  private stopFollowing: (() => void) | null = null;
  private stopWatchingTheme: (() => void) | null = null;

  constructor() {
    super();
    this.canvas.className = 'dl-basemap-canvas';
    // The map's shapes say nothing a reader needs; the map's own label says what it is.
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
    pane.style.zIndex = '250';
    this.canvas.classList.toggle('leaflet-zoom-animated', zoomAnimated(map));
    this.canvas.classList.toggle('leaflet-zoom-hide', !zoomAnimated(map));
    pane.appendChild(this.canvas);
    map.on('viewreset zoomend moveend resize', this.drawAfterTask);
    this.stopFollowing = followPaddedView(
      map,
      this.canvas,
      () => this.drawn,
      () => this.scheduleDraw(),
    );
    // A new theme redraws the shapes in its colours.
    this.stopWatchingTheme = watchTheme(() => this.scheduleDraw());
    this.draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.drawInFrame.cancel();
    map.off('viewreset zoomend moveend resize', this.drawAfterTask);
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.stopWatchingTheme?.();
    this.stopWatchingTheme = null;
    this.canvas.remove();
    this.drawn = null;
    return this;
  }

  /** The shapes for the map's zoom; while they load, the other level's if it has them. */
  private shapesFor(map: L.Map): { detail: Detail; shapes: BasemapShapes } | null {
    const wanted: Detail = map.getZoom() >= DETAIL_ZOOM ? 'fine' : 'coarse';
    this.load(wanted);
    const other: Detail = wanted === 'fine' ? 'coarse' : 'fine';
    for (const detail of [wanted, other]) {
      const shapes = this.shapes.get(detail);
      if (shapes) return { detail, shapes };
    }
    return null;
  }

  private load(detail: Detail): void {
    if (this.loading.has(detail)) return;
    const url = detail === 'fine' ? countries50mUrl : countries110mUrl;
    const loaded = loadBasemapShapes(url);
    this.loading.set(detail, loaded);
    loaded.then(
      (shapes) => {
        this.shapes.set(detail, shapes);
        this.scheduleDraw();
      },
      (error: unknown) => {
        // A failed load may be retried on the next draw.
        this.loading.delete(detail);
        console.error('Basemap shapes could not be loaded', error);
      },
    );
  }

  private scheduleDraw(): void {
    if (this._map) this.drawInFrame.request();
  }

  private draw(): void {
    this.drawInFrame.cancel();
    const map = this._map;
    if (!map) return;
    const drawn = (this.drawn = paddedView(map, PADDING));
    const ratio = window.devicePixelRatio || 1;
    placeCanvas(this.canvas, drawn, ratio);
    const topLeft = drawn.bounds.min!;
    const box = drawn.bounds.getSize();
    const context = this.canvas.getContext('2d')!;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const found = this.shapesFor(map);
    this.canvas.dataset.detail = found?.detail ?? '';
    if (!found) return;
    const { shapes } = found;
    // The canvas's top-left corner in world pixels, and the world's width, at this zoom.
    const origin = topLeft.add(map.getPixelOrigin());
    const scale = map.options.crs!.scale(drawn.zoom);
    const style = getComputedStyle(map.getContainer());
    context.fillStyle = style.getPropertyValue('--map-land').trim() || '#f7f5f0';
    context.strokeStyle = style.getPropertyValue('--map-border').trim() || '#b9b3a6';
    context.lineWidth = BORDER_WIDTH * ratio;
    context.lineJoin = 'round';
    context.lineCap = 'round';
    // Each world copy whose shapes reach into the canvas.
    const first = Math.floor(origin.x / scale - shapes.maxX);
    const last = Math.ceil((origin.x + box.x) / scale - shapes.minX);
    for (let copy = first; copy <= last; copy++) {
      // Unit coordinates to device pixels. The paths are scaled into new ones rather than
      // drawn under the scale, so that the borders' width stays in pixels.
      const toCanvas = new DOMMatrix([
        scale * ratio,
        0,
        0,
        scale * ratio,
        (copy * scale - origin.x) * ratio,
        -origin.y * ratio,
      ]);
      const land = new Path2D();
      land.addPath(shapes.land, toCanvas);
      context.fill(land, 'evenodd');
      const borders = new Path2D();
      borders.addPath(shapes.borders, toCanvas);
      context.stroke(borders);
    }
  }
}
