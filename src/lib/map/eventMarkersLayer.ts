import L from 'leaflet';
import {
  cursorVisibility,
  formatEventDate,
  hasLocation,
  spreadPoints,
  type CursorView,
  type DatelineEvent,
} from '../core';

export interface EventMarkersOptions {
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** Marker size in pixels, and the least distance between two markers' centres. */
const SIZE = 16;
const SPREAD = SIZE + 2;
/** Stacking: a lower marker covers a higher one (as Leaflet's do); hovered and selected rise. */
const RISE_HOVERED = 500;
const RISE_SELECTED = 1000;

interface Marker {
  readonly event: DatelineEvent;
  readonly latLng: L.LatLng;
  readonly element: HTMLElement;
  /** Where it is drawn, in layer pixels, with its fan-out offset; set by `place`. */
  point: L.Point;
  offset: L.Point;
  /** The time state last written to its classes. */
  timeState: string;
}

/**
 * One keyboard-focusable marker per located event (a `role="button"` named by the event's
 * title), for datasets small enough to give each its own element. Markers that fall on one spot
 * at the current zoom are fanned out in pixel space so each stays clickable.
 *
 * It is a Leaflet plugin that owns its DOM: one box in the marker pane holds the markers and
 * one set of listeners serves them all, and one tooltip follows the hovered or focused marker.
 * A new set of events keeps the elements of the events it shares with the last one, so
 * narrowing a search adds and removes only what changed; onRemove takes everything away.
 */
export class EventMarkersLayer extends L.Layer {
  private readonly box = document.createElement('div');
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -SIZE / 2] });
  private markers = new Map<string, Marker>();
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private cursorView: CursorView | null = null;
  private cursorEventId: string | null = null;
  /** The marker the tooltip is for (hovered by a pointer or focused), if any. */
  private tipped: Marker | null = null;

  constructor(private readonly handlers: EventMarkersOptions) {
    super();
    this.box.className = 'dl-markers';
    // A click on a marker is the marker's: the map (and the range band's "set launch point")
    // must not also take it as a click on the map.
    L.DomEvent.on(this.box, 'click dblclick', L.DomEvent.stopPropagation);
    this.box.addEventListener('click', this.onClick);
    this.box.addEventListener('keydown', this.onKeyDown);
    this.box.addEventListener('mouseover', this.onPointerOver);
    this.box.addEventListener('mouseout', this.onPointerOut);
    this.box.addEventListener('focusin', this.onFocus);
    this.box.addEventListener('focusout', this.onBlur);
  }

  override onAdd(map: L.Map): this {
    map.getPane('markerPane')!.appendChild(this.box);
    map.on('zoom viewreset', this.place, this);
    map.on('zoomend viewreset', this.spread, this);
    map.on('zoomanim', this.onZoomAnim, this);
    this.spread();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('zoom viewreset', this.place, this);
    map.off('zoomend viewreset', this.spread, this);
    map.off('zoomanim', this.onZoomAnim, this);
    this.untip();
    this.box.remove();
    return this;
  }

  setEvents(events: readonly DatelineEvent[]): void {
    const kept = new Map<string, Marker>();
    for (const event of events) {
      if (!hasLocation(event)) continue;
      const old = this.markers.get(event.id);
      kept.set(event.id, old && old.event === event ? old : createMarker(event));
    }
    for (const [id, marker] of this.markers) {
      if (kept.get(id) === marker) continue;
      if (this.tipped === marker) this.untip();
      marker.element.remove();
    }
    this.markers = kept;
    // Elements in the events' order (the Tab order), moving or inserting only what is not.
    let next = this.box.firstChild;
    for (const { element } of kept.values()) {
      if (element === next) next = next.nextSibling;
      else this.box.insertBefore(element, next);
    }
    this.applyState();
    this.applyTimeState();
    this.spread();
  }

  /**
   * Applies the time cursor: markers of events after it fade (cumulative mode) or hide (outside
   * the window), and the most recent event at it, `cursorEventId`, stands out. Only markers whose
   * state changed are touched, so a scrub frame writes to few elements.
   */
  setTimeState(view: CursorView | null, cursorEventId: string | null): void {
    this.cursorView = view;
    this.cursorEventId = cursorEventId;
    this.applyTimeState();
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
    this.applyState();
  }

  setHovered(id: string | null): void {
    this.hoveredId = id;
    this.applyState();
  }

  /** Where the marker for `id` is, or null when the event has no coordinates. */
  latLngOf(id: string): L.LatLng | null {
    return this.markers.get(id)?.latLng ?? null;
  }

  private applyState(): void {
    for (const [id, marker] of this.markers) {
      const { classList } = marker.element;
      const selected = id === this.selectedId;
      classList.toggle('is-selected', selected);
      classList.toggle('is-hovered', id === this.hoveredId);
      marker.element.setAttribute('aria-pressed', String(selected));
      this.stack(marker);
    }
  }

  private applyTimeState(): void {
    for (const [id, marker] of this.markers) {
      const visibility = cursorVisibility(marker.event.time, this.cursorView);
      const atCursor = id === this.cursorEventId;
      const state = atCursor ? 'at-cursor' : visibility;
      if (marker.timeState === state) continue;
      marker.timeState = state;
      const { classList } = marker.element;
      classList.toggle('is-after-cursor', visibility === 'faded');
      classList.toggle('is-outside-window', visibility === 'hidden');
      classList.toggle('is-at-cursor', atCursor);
    }
  }

  private stack(marker: Marker): void {
    const id = marker.event.id;
    const rise = id === this.selectedId ? RISE_SELECTED : id === this.hoveredId ? RISE_HOVERED : 0;
    marker.element.style.zIndex = String(Math.round(marker.point.y) + rise);
  }

  /** Puts every marker at its place for the map's current pixel origin. */
  private place(): void {
    const map = this._map;
    if (!map) return;
    for (const marker of this.markers.values()) {
      marker.point = map.latLngToLayerPoint(marker.latLng).round();
      moveTo(marker.element, marker.point);
      this.stack(marker);
    }
  }

  /** During a zoom animation, the markers go straight to where the new zoom puts them. */
  private onZoomAnim(event: L.ZoomAnimEvent): void {
    const map = this._map as L.Map & {
      _latLngToNewLayerPoint(latLng: L.LatLng, zoom: number, center: L.LatLng): L.Point;
    };
    for (const marker of this.markers.values()) {
      const point = map._latLngToNewLayerPoint(marker.latLng, event.zoom, event.center).round();
      moveTo(marker.element, point);
    }
  }

  /** Fans out markers that overlap at this zoom; runs on zoom, not on pan (pixels keep their distances). */
  private spread(): void {
    const map = this._map;
    if (!map) return;
    this.place();
    const markers = [...this.markers.values()];
    const offsets = spreadPoints(
      markers.map((m) => m.point),
      SPREAD,
    );
    markers.forEach((marker, i) => {
      marker.offset = L.point(offsets[i]!.x, offsets[i]!.y);
      // Centred by negative margins (as Leaflet centres its icons), shifted by the fan-out.
      marker.element.style.marginLeft = `${marker.offset.x - SIZE / 2}px`;
      marker.element.style.marginTop = `${marker.offset.y - SIZE / 2}px`;
    });
    if (this.tipped) this.tip(this.tipped);
  }

  private markerAt(target: EventTarget | null): Marker | null {
    const element = (target as Element | null)?.closest?.('.dl-marker');
    const id = element instanceof HTMLElement ? element.dataset.id : undefined;
    return id === undefined ? null : (this.markers.get(id) ?? null);
  }

  private tip(marker: Marker): void {
    const map = this._map;
    if (!map) return;
    this.tipped = marker;
    const label = document.createElement('span');
    // Data is text: the tooltip gets a node whose text is set, never an HTML string.
    label.textContent = `${marker.event.title} · ${formatEventDate(marker.event)}`;
    const at = map.layerPointToLatLng(marker.point.add(marker.offset));
    this.tooltip.setContent(label).setLatLng(at).addTo(map);
  }

  private untip(): void {
    this.tipped = null;
    this.tooltip.remove();
  }

  private readonly onClick = (event: MouseEvent) => {
    const marker = this.markerAt(event.target);
    // A drag of the map that began on a marker is not a click on it (Leaflet's Map.Drag has
    // moved(), which its typings leave out).
    const dragging = this._map?.dragging as (L.Handler & { moved?(): boolean }) | undefined;
    if (marker && !dragging?.moved?.()) this.handlers.onSelect(marker.event.id);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const marker = this.markerAt(event.target);
    if (!marker || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    this.handlers.onSelect(marker.event.id);
  };

  private readonly onPointerOver = (event: MouseEvent) => {
    const marker = this.markerAt(event.target);
    if (!marker || marker === this.markerAt(event.relatedTarget)) return;
    this.tip(marker);
    this.handlers.onHover(marker.event.id);
  };

  private readonly onPointerOut = (event: MouseEvent) => {
    const marker = this.markerAt(event.target);
    if (!marker || marker === this.markerAt(event.relatedTarget)) return;
    if (this.tipped === marker && document.activeElement !== marker.element) this.untip();
    this.handlers.onHover(null);
  };

  /** A marker reached by Tab shows its tooltip and is brought into view (Leaflet's autoPanOnFocus). */
  private readonly onFocus = (event: FocusEvent) => {
    const marker = this.markerAt(event.target);
    const map = this._map;
    if (!marker || !map) return;
    this.tip(marker);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.panInside(marker.latLng, { padding: [SIZE, SIZE], animate: !reduceMotion });
  };

  private readonly onBlur = (event: FocusEvent) => {
    if (this.tipped && this.tipped === this.markerAt(event.target)) this.untip();
  };
}

/**
 * Places a marker by a 2D translation. (Leaflet's setPosition uses translate3d, which gives each
 * element a compositing layer of its own: 300 markers appearing at once, as a search narrows a
 * big dataset, then cost a long frame to lay out, layerize and commit.)
 */
function moveTo(element: HTMLElement, point: L.Point): void {
  element.style.transform = `translate(${point.x}px, ${point.y}px)`;
}

/** A marker's element: the look comes from CSS (.dl-marker), the name from the event's title. */
function createMarker(event: DatelineEvent & { lat: number; lon: number }): Marker {
  const element = document.createElement('div');
  element.className = 'dl-marker leaflet-marker-icon leaflet-interactive';
  element.dataset.id = event.id;
  element.tabIndex = 0;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', event.title);
  element.style.width = element.style.height = `${SIZE}px`;
  return {
    event,
    latLng: L.latLng(event.lat, event.lon),
    element,
    point: L.point(0, 0),
    offset: L.point(0, 0),
    timeState: '',
  };
}
