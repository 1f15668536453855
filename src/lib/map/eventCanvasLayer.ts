import L from 'leaflet';
import { afterTask } from './afterTask';
import { nextFrame } from './nextFrame';
// Straight from the modules, not the core barrel: this file is a lazy chunk, and what it alone
// uses must stay in it rather than join the first load's shared core chunk.
import type { CursorView } from '../core/cursorVisibility';
import type { DatelineEvent } from '../core/event';
import { countOf, formatCount } from '../core/formatCount';
import { formatEventDate } from '../core/formatEventDate';
import {
  CumulativeMarkerGrid,
  samePlace,
  type MarkerGridPlace,
} from '../core/cumulativeMarkerGrid';
import { MARKER_CELL, hitMarkerGrid, markerGrid, type MarkerGrid } from '../core/markerGrid';
import { markerPoints } from '../core/markerPoints';
import { MARKER_HIDDEN, markerStates, markerTimes, type MarkerTimes } from '../core/markerStates';
import type { TimeIndex } from '../core/timeIndex';
import { followPaddedView, paddedView, placeCanvas, type PaddedView } from './paddedView';
import { markerPainter, type MarkerPainter } from './markerPainter';
import { watchTheme } from './watchTheme';
import type { EventMarkersOptions } from './eventMarkersLayer';

export interface EventCanvasOptions extends EventMarkersOptions {
  /** The event with `id` in the dataset, if any. */
  eventOf: (id: string) => DatelineEvent | undefined;
}

/** The canvas covers the view plus this much on each side (relative), so a pan shows no edge. */
const PADDING = 0.1;
const EVENTS_PANE = 'dl-event-canvas';
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
/** Extra reach of a touch, in pixels (at most half a grid cell: see hitMarkerGrid). */
const TOUCH_SLOP = MARKER_CELL / 2;

/**
 * Every located event drawn on one canvas in one pass, for datasets too big for a DOM marker
 * each. Coordinates are projected once per dataset (Web Mercator units); a frame rescales them,
 * takes each marker's state at the time cursor from the sorted times, and groups markers that
 * fall in one grid cell into a counted circle. The same grid finds what is under the pointer:
 * a single marker selects its event, a group zooms in.
 *
 * The layer owns its canvas, tooltip and listeners, and onRemove takes them away.
 */
export class EventCanvasLayer extends L.Layer {
  private readonly canvas = document.createElement('canvas');
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -8] });
  private index: TimeIndex | null = null;
  /** For each drawn marker, in time order, its event's position in `index`. */
  private drawnAt: Int32Array = new Int32Array(0);
  private ux: Float64Array = new Float64Array(0);
  private uy: Float64Array = new Float64Array(0);
  private times: MarkerTimes = markerTimes(new Float64Array(0), new Float64Array(0));
  private states = new Uint8Array(0);
  /** The positions `states` holds this frame; every other marker is hidden. */
  private stateWindow = { from: 0, to: 0 };
  private view: CursorView | null = null;
  private cursorEventId: string | null = null;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private drawn: PaddedView | null = null;
  private grid: MarkerGrid | null = null;
  /** The grid of cumulative mode, kept across scrub frames (see CumulativeMarkerGrid). */
  private cumulative: CumulativeMarkerGrid | null = null;
  /** What the last draw showed: the markers' arrays and the view (see draw). */
  private lastPlace: MarkerGridPlace | null = null;
  /** The grid item under the pointer, and whether the pointer is a finger. */
  private pointed = -1;
  /** A change of what to draw redraws once, in the next frame. */
  private readonly drawInFrame = nextFrame(() => this.draw());
  /** A view change (Leaflet's viewreset, zoomend, moveend, resize) redraws once. */
  private readonly drawAfterTask = afterTask(() => this.draw());
  /** The markers of the whole dataset, kept while it is loaded. */
  private whole: (DrawnMarkers & { index: TimeIndex }) | null = null;
  /**
   * The whole dataset's cumulative grid, kept while filters come and go: clearing the last
   * filter then draws from it instead of grouping every marker again (5 to 8 ms at 100,000).
   */
  private wholeCumulative: { drawnAt: Int32Array; grid: CumulativeMarkerGrid } | null = null;
  /** Where a filter's markers are gathered (the whole dataset's have arrays of their own). */
  private readonly scratch = new MarkerScratch();
  private paint: MarkerPainter | null = null;
  private paintTheme = '';
  private stopFollowing: (() => void) | null = null;
  private stopWatchingTheme: (() => void) | null = null;

  constructor(private readonly handlers: EventCanvasOptions) {
    super();
    this.canvas.className = 'dl-marker-canvas leaflet-zoom-animated';
    // The Events table lists every event drawn here; the canvas itself says nothing to readers.
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  override onAdd(map: L.Map): this {
    // Its own pane above the overlays (400), so the range band never covers the markers.
    const pane = map.getPane(EVENTS_PANE) ?? map.createPane(EVENTS_PANE);
    pane.style.zIndex = '450';
    pane.appendChild(this.canvas);
    map.on('viewreset zoomend moveend resize', this.drawAfterTask);
    this.stopFollowing = followPaddedView(
      map,
      this.canvas,
      () => this.drawn,
      () => this.scheduleDraw(),
    );
    map.on('mousemove', this.onPointerMove, this);
    map.on('mouseout', this.onPointerOut, this);
    map.on('click', this.onClick, this);
    // A new theme redraws the markers in its colours.
    this.stopWatchingTheme = watchTheme(() => this.scheduleDraw());
    this.draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.drawInFrame.cancel();
    map.off('viewreset zoomend moveend resize', this.drawAfterTask);
    this.stopFollowing?.();
    this.stopFollowing = null;
    map.off('mousemove', this.onPointerMove, this);
    map.off('mouseout', this.onPointerOut, this);
    map.off('click', this.onClick, this);
    this.stopWatchingTheme?.();
    this.stopWatchingTheme = null;
    this.onPointerOut();
    this.canvas.remove();
    this.drawn = null;
    this.grid = null;
    this.cumulative = null;
    this.lastPlace = null;
    return this;
  }

  /**
   * The events to draw: those of `index` at `positions` (ascending; null for all) that have a
   * place. Their map coordinates were projected once for the index; this only gathers them.
   */
  setEvents(index: TimeIndex | null, positions: Int32Array | null): void {
    this.index = index;
    // Another dataset, or none on the canvas: what was kept of the last one goes with it.
    if (this.whole && this.whole.index !== index) {
      this.whole = null;
      this.wholeCumulative = null;
    }
    const all = index !== null && (positions === null || positions.length === index.events.length);
    // Every filter cleared comes back to the whole dataset: its markers are gathered once.
    const drawn =
      all && this.whole?.index === index
        ? this.whole
        : gatherMarkers(index, positions, all ? undefined : this.scratch);
    if (all) this.whole = { ...drawn, index };
    ({ drawnAt: this.drawnAt, ux: this.ux, uy: this.uy, times: this.times } = drawn);
    // The arrays may be the same ones, refilled (see MarkerScratch); the whole dataset's never are.
    const kept = this.wholeCumulative;
    this.cumulative = kept?.drawnAt === this.drawnAt ? kept.grid : null;
    this.lastPlace = null;
    if (this.states.length < this.drawnAt.length)
      this.states = new Uint8Array(index!.events.length);
    this.pointed = -1;
    this.scheduleDraw();
  }

  setTimeState(view: CursorView | null, cursorEventId: string | null): void {
    this.view = view;
    this.cursorEventId = cursorEventId;
    this.scheduleDraw();
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
    this.scheduleDraw();
  }

  setHovered(id: string | null): void {
    this.hoveredId = id;
    this.scheduleDraw();
  }

  /** Where the marker for `id` is, or null when this layer does not draw it. */
  latLngOf(id: string): L.LatLng | null {
    const event = this.eventAt(this.markerOf(id));
    return event ? L.latLng(event.lat!, event.lon!) : null;
  }

  private eventAt(marker: number): DatelineEvent | null {
    return marker >= 0 && this.index ? this.index.events[this.drawnAt[marker]!]! : null;
  }

  /**
   * The marker drawing event `id`, or −1: a binary search on its start among the markers'
   * sorted starts, then a look along the ties. No id → marker map to rebuild per filter.
   */
  private markerOf(id: string | null): number {
    const event = id === null ? undefined : this.handlers.eventOf(id);
    if (!event || !this.index) return -1;
    const starts = this.times.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < event.time.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < starts.length && starts[i] === event.time.start; i++)
      if (this.index.events[this.drawnAt[i]!] === event) return i;
    return -1;
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
    // The canvas's top-left corner in world pixels at this zoom.
    const origin = topLeft.add(map.getPixelOrigin());
    const { from, to, started } = (this.stateWindow = markerStates(
      this.times,
      this.view,
      this.states,
    ));
    const seen: MarkerGridPlace = {
      ux: this.ux,
      uy: this.uy,
      scale: map.options.crs!.scale(drawn.zoom),
      left: origin.x,
      top: origin.y,
      width: box.x,
      height: box.y,
    };
    // Every marker is drawn unless in window mode: a grid kept while the markers and the view
    // stay, which a scrub only updates. Made at the second draw of the same place, so a filter
    // change or a zoom (one draw) does not pay for making it.
    const count = this.times.starts.length;
    const keep =
      this.view?.mode !== 'window' &&
      (this.cumulative?.matches(seen, count) ||
        (this.lastPlace !== null && samePlace(seen, this.lastPlace)));
    if (keep && !this.cumulative?.matches(seen, count)) {
      this.cumulative = new CumulativeMarkerGrid(seen, count);
      if (this.drawnAt === this.whole?.drawnAt)
        this.wholeCumulative = { drawnAt: this.drawnAt, grid: this.cumulative };
    }
    const grid = (this.grid = keep
      ? this.cumulative!.at(started)
      : markerGrid({ ...seen, states: this.states, from, to }));
    this.lastPlace = seen;
    const context = this.canvas.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, box.x, box.y);
    const paint = this.painter(context, ratio);
    // Faded groups (not yet happened) under the shown ones.
    for (let item = 0; item < grid.count; item++)
      if (grid.shown[item] === 0) paint.item(grid, item, 'faded');
    for (let item = 0; item < grid.count; item++)
      if (grid.shown[item]! > 0)
        paint.item(grid, item, item === this.pointed ? 'hovered' : 'shown');
    // The linked ones on top, at their own place even inside a group.
    const place = (id: string | null) => this.placeOf(id, grid, origin, map);
    const cursorAt = place(this.cursorEventId);
    if (cursorAt) paint.single(cursorAt, 'at-cursor');
    const hovered = place(this.hoveredId);
    if (hovered && this.hoveredId !== this.selectedId) paint.single(hovered, 'hovered');
    const selected = place(this.selectedId);
    if (selected) paint.single(selected, 'selected');
  }

  /**
   * The painter in the theme's colours. Reading them forces a style recalculation, so they are
   * read again only when the theme (the page's pick or the system's) or the pixel ratio changes.
   */
  private painter(context: CanvasRenderingContext2D, ratio: number): MarkerPainter {
    const theme = `${document.documentElement.dataset.theme} ${darkScheme.matches} ${ratio}`;
    if (!this.paint || this.paintTheme !== theme) {
      this.paint = markerPainter(context, getComputedStyle(this._map!.getContainer()), ratio);
      this.paintTheme = theme;
    }
    return this.paint;
  }

  /** Canvas position of event `id`'s marker (its world copy nearest the view's centre), if drawn. */
  private placeOf(
    id: string | null,
    grid: MarkerGrid,
    origin: L.Point,
    map: L.Map,
  ): { x: number; y: number } | null {
    const i = this.markerOf(id);
    const { from, to } = this.stateWindow;
    if (i < from || i >= to || this.states[i] === MARKER_HIDDEN) return null;
    const scale = map.options.crs!.scale(map.getZoom());
    const centre = map.getPixelBounds().getCenter().x;
    let x = this.ux[i]! * scale;
    x += Math.round((centre - x) / scale) * scale;
    return { x: x - origin.x, y: this.uy[i]! * scale - origin.y };
  }

  /** The grid item at a map event's point, or −1. */
  private itemAt(event: L.LeafletMouseEvent): number {
    const map = this._map;
    if (!map || !this.grid || !this.drawn) return -1;
    const point = map.latLngToLayerPoint(event.latlng).subtract(this.drawn.bounds.min!);
    const touch = (event.originalEvent as PointerEvent).pointerType === 'touch';
    return hitMarkerGrid(this.grid, point.x, point.y, touch ? TOUCH_SLOP : 0);
  }

  private onPointerMove(event: L.LeafletMouseEvent): void {
    const map = this._map;
    const grid = this.grid;
    if (!map || !grid) return;
    const item = this.itemAt(event);
    if (item === this.pointed) return;
    this.pointed = item;
    map.getContainer().classList.toggle('dl-over-marker', item >= 0);
    if (item < 0) {
      this.tooltip.remove();
      this.handlers.onHover(null);
    } else {
      const single = grid.total[item] === 1 ? this.eventAt(grid.latest[item]!) : null;
      const label = document.createElement('span');
      // Data is text: the tooltip gets a node whose text is set, never an HTML string.
      label.textContent = single
        ? `${single.title} · ${formatEventDate(single)}`
        : groupLabel(grid.total[item]!, grid.shown[item]!);
      const at = L.point(grid.x[item]!, grid.y[item]!).add(this.drawn!.bounds.min!);
      this.tooltip.setContent(label).setLatLng(map.layerPointToLatLng(at)).addTo(map);
      this.handlers.onHover(single?.id ?? null);
    }
    this.scheduleDraw();
  }

  private onPointerOut(): void {
    this._map?.getContainer().classList.remove('dl-over-marker');
    this.tooltip.remove();
    if (this.pointed >= 0) {
      this.pointed = -1;
      this.handlers.onHover(null);
      this.scheduleDraw();
    }
  }

  /** A single marker selects its event; a group zooms in to its markers (or, if they share a spot, selects its latest). */
  private onClick(event: L.LeafletMouseEvent): void {
    const map = this._map;
    const grid = this.grid;
    const item = this.itemAt(event);
    if (!map || !grid || !this.drawn || item < 0) return;
    const min = L.point(grid.minX[item]!, grid.minY[item]!).add(this.drawn.bounds.min!);
    const max = L.point(grid.maxX[item]!, grid.maxY[item]!).add(this.drawn.bounds.min!);
    const oneSpot = max.distanceTo(min) < 1;
    if (grid.total[item] === 1 || oneSpot || map.getZoom() >= map.getMaxZoom()) {
      this.handlers.onSelect(this.eventAt(grid.latest[item]!)!.id);
      return;
    }
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.fitBounds(L.latLngBounds(map.layerPointToLatLng(min), map.layerPointToLatLng(max)), {
      padding: [MARKER_CELL * 2, MARKER_CELL * 2],
      maxZoom: map.getMaxZoom(),
      animate: !reduceMotion,
    });
  }
}

function groupLabel(total: number, shown: number): string {
  const events = countOf(total, 'event');
  const later = total - shown;
  return later > 0
    ? `${events} (${formatCount(later)} after the cursor) · click to zoom in`
    : `${events} · click to zoom in`;
}

/** What the layer draws: for each marker, in time order, its position and place and times. */
interface DrawnMarkers {
  drawnAt: Int32Array;
  ux: Float64Array;
  uy: Float64Array;
  times: MarkerTimes;
}

/**
 * The markers for the events of `index` at `positions` (ascending; null for all) that have a
 * place. Their map coordinates were projected once for the index; this only gathers them. Into
 * `scratch`'s arrays when given (grown as needed): a filter change at 100,000 events then
 * allocates nothing, where five new arrays each time kept the garbage collector busy.
 */
function gatherMarkers(
  index: TimeIndex | null,
  positions: Int32Array | null,
  scratch?: MarkerScratch,
): DrawnMarkers {
  const points = index ? markerPoints(index) : { ux: new Float64Array(0), uy: new Float64Array(0) };
  const count = positions ? positions.length : points.ux.length;
  const buffers = scratch ? scratch.reserve(count) : newBuffers(count);
  const at = buffers.at;
  let n = 0;
  for (let k = 0; k < count; k++) {
    const p = positions ? positions[k]! : k;
    if (points.ux[p] === points.ux[p]) at[n++] = p; // NaN (no place) is not equal to itself
  }
  const drawnAt = at.subarray(0, n);
  const ux = buffers.ux.subarray(0, n);
  const uy = buffers.uy.subarray(0, n);
  const starts = buffers.starts.subarray(0, n);
  const ends = buffers.ends.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const p = drawnAt[i]!;
    ux[i] = points.ux[p]!;
    uy[i] = points.uy[p]!;
    starts[i] = index!.starts[p]!;
    ends[i] = index!.ends[p]!;
  }
  return { drawnAt, ux, uy, times: markerTimes(starts, ends) };
}

type MarkerBuffers = ReturnType<typeof newBuffers>;

function newBuffers(size: number) {
  return {
    at: new Int32Array(size),
    ux: new Float64Array(size),
    uy: new Float64Array(size),
    starts: new Float64Array(size),
    ends: new Float64Array(size),
  };
}

/** Arrays a layer gathers its filtered markers into, again and again: the last set is dropped. */
class MarkerScratch {
  private buffers = newBuffers(0);

  reserve(size: number): MarkerBuffers {
    if (this.buffers.at.length < size) this.buffers = newBuffers(size);
    return this.buffers;
  }
}
