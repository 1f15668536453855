import L from 'leaflet';
import {
  cursorVisibility,
  formatEventDate,
  hasLocation,
  spreadPoints,
  type CursorView,
  type DatelineEvent,
  type EventTime,
} from '../core';

export interface EventMarkersOptions {
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** Marker size in pixels, and the least distance between two markers' centres. */
const SIZE = 16;
const SPREAD = SIZE + 2;

/**
 * One keyboard-focusable marker per located event, named by the event's title. Markers that
 * fall on one spot at the current zoom are fanned out in pixel space so each stays clickable.
 * The layer owns its markers and listeners and removes them when taken off the map.
 */
export class EventMarkersLayer extends L.Layer {
  private group = L.layerGroup();
  private markers = new Map<string, L.Marker>();
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  // The time cursor (setTimeState): each marker's event time, and the state last drawn per marker.
  private times = new Map<string, EventTime>();
  private cursorView: CursorView | null = null;
  private cursorEventId: string | null = null;
  private drawnTimeState = new Map<string, string>();

  constructor(private readonly handlers: EventMarkersOptions) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.group.addTo(map);
    map.on('zoomend viewreset', this.spread, this);
    this.spread();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('zoomend viewreset', this.spread, this);
    this.group.remove();
    return this;
  }

  setEvents(events: readonly DatelineEvent[]): void {
    this.group.clearLayers();
    this.markers.clear();
    this.times.clear();
    this.drawnTimeState.clear();
    for (const event of events) {
      if (!hasLocation(event)) continue;
      const marker = this.createMarker(event, event.lat, event.lon);
      this.markers.set(event.id, marker);
      this.times.set(event.id, event.time);
      this.group.addLayer(marker);
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
    return this.markers.get(id)?.getLatLng() ?? null;
  }

  private createMarker(event: DatelineEvent, lat: number, lon: number): L.Marker {
    const icon = L.divIcon({ className: 'dl-marker', iconSize: [SIZE, SIZE], html: '' });
    const marker = L.marker([lat, lon], {
      icon,
      keyboard: true,
      riseOnHover: true,
      autoPanOnFocus: true,
    });
    // Data is text: the tooltip gets a node whose text is set, never an HTML string.
    const label = document.createElement('span');
    label.textContent = `${event.title} · ${formatEventDate(event)}`;
    marker.bindTooltip(label, { direction: 'top', offset: [0, -SIZE / 2] });
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', event.title));
    marker.on('click', () => this.handlers.onSelect(event.id));
    marker.on('keydown', (e: L.LeafletKeyboardEvent) => {
      if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
        e.originalEvent.preventDefault();
        this.handlers.onSelect(event.id);
      }
    });
    marker.on('mouseover', () => this.handlers.onHover(event.id));
    marker.on('mouseout', () => this.handlers.onHover(null));
    return marker;
  }

  private applyState(): void {
    for (const [id, marker] of this.markers) {
      const element = marker.getElement();
      const selected = id === this.selectedId;
      element?.classList.toggle('is-selected', selected);
      element?.classList.toggle('is-hovered', id === this.hoveredId);
      element?.setAttribute('aria-pressed', String(selected));
      marker.setZIndexOffset(selected ? 1000 : id === this.hoveredId ? 500 : 0);
    }
  }

  private applyTimeState(): void {
    for (const [id, marker] of this.markers) {
      const element = marker.getElement();
      if (!element) continue;
      const visibility = cursorVisibility(this.times.get(id)!, this.cursorView);
      const atCursor = id === this.cursorEventId;
      const state = atCursor ? 'at-cursor' : visibility;
      if (this.drawnTimeState.get(id) === state) continue;
      this.drawnTimeState.set(id, state);
      element.classList.toggle('is-after-cursor', visibility === 'faded');
      element.classList.toggle('is-outside-window', visibility === 'hidden');
      element.classList.toggle('is-at-cursor', atCursor);
    }
  }

  /** Fans out markers that overlap at this zoom; runs on zoom, not on pan (pixels keep their distances). */
  private spread(): void {
    const map = this._map;
    if (!map) return;
    const entries = [...this.markers.values()];
    const offsets = spreadPoints(
      entries.map((m) => map.latLngToLayerPoint(m.getLatLng())),
      SPREAD,
    );
    entries.forEach((marker, i) => {
      const element = marker.getElement();
      if (!element) return;
      // Leaflet centres the icon with negative margins; shifting them keeps the marker's position.
      element.style.marginLeft = `${offsets[i]!.x - SIZE / 2}px`;
      element.style.marginTop = `${offsets[i]!.y - SIZE / 2}px`;
    });
  }
}
