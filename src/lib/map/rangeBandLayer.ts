import L from 'leaflet';
import { afterTask } from './afterTask';
import { nextFrame } from './nextFrame';
import {
  bandPaths,
  describeBandDistance,
  greatCircleKm,
  normalizeLatLon,
  type LatLon,
  type RangeBandShape,
} from '../core';
import { followPaddedView, paddedView, zoomAnimated, type PaddedView } from './paddedView';

export interface RangeBandHandlers {
  /** The launch point's handle was dragged, or moved with the arrow keys. */
  onMove: (at: LatLon) => void;
  /** A drag of the handle began (true) or ended (false). */
  onDragging: (dragging: boolean) => void;
  /** In "Set launch point" mode: the user clicked the map, or pressed Enter on it (its centre). */
  onPick: (at: LatLon) => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The band is drawn this far beyond the view (relative to its size), so a pan shows no edge. */
const PADDING = 0.5;
/** Arrow keys move the launch point this many degrees; with Shift, ten times as far. */
const KEY_STEP_DEGREES = 0.5;
/** Web Mercator ends here; the handle goes no further. */
const MAX_HANDLE_LAT = 85;
/**
 * The handle: a knob on a stem KNOB_OFFSET px above the launch point, so it hides no marker
 * there (RangeBandOnMap.svelte draws knob, stem and point to match). Its target is larger than
 * the knob, and 44 px for a finger.
 */
const KNOB_OFFSET = 34;
const handleTarget = () => (matchMedia('(pointer: coarse)').matches ? 44 : 28);

type Offsets = Record<string, readonly [number, number]>;
const ARROWS: Offsets = {
  ArrowUp: [1, 0],
  ArrowDown: [-1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The INF range band on the map: a filled annulus with its outer and inner edges, a draggable
 * (and keyboard-movable) handle on the launch point, the distance from it at the pointer, and
 * the "Set launch point" click. The geometry comes from core (`rangeBandShape`, `bandPaths`):
 * d3 projects it with a Mercator kept in step with Leaflet's view, so a band that holds a pole
 * or crosses the antimeridian fills the right side, in every world copy in view.
 *
 * It owns one box with an SVG in the overlay pane, one marker (in the shadow pane, under the
 * event markers, so it never covers one), one pointer readout, and their listeners; onRemove
 * takes them all away.
 */
export class RangeBandLayer extends L.Layer {
  /** Positioned by Leaflet in layer pixels; holds the SVG. */
  private readonly box = document.createElement('div');
  private readonly svg = document.createElementNS(SVG_NS, 'svg');
  private readonly areaPath = document.createElementNS(SVG_NS, 'path');
  private readonly outerPath = document.createElementNS(SVG_NS, 'path');
  private readonly innerPath = document.createElementNS(SVG_NS, 'path');
  private readonly readout = document.createElement('div');
  private readonly handle: L.Marker;

  private shape: RangeBandShape | null = null;
  private center: LatLon = { lat: 0, lon: 0 };
  private radiiKm: readonly [number, number] = [0, 1];
  private placeName = '';
  private visible = true;
  private picking = false;
  private dragging = false;
  private drawn: PaddedView | null = null;
  /** A change of what to draw redraws once, in the next frame. */
  private readonly redrawInFrame = nextFrame(() => this.redraw());
  private stopFollowing: (() => void) | null = null;
  /** A view change (Leaflet's viewreset, zoomend, moveend, resize) redraws once. */
  private readonly redrawAfterTask = afterTask(() => this.redraw());

  constructor(private readonly handlers: RangeBandHandlers) {
    super();
    this.box.className = 'dl-band';
    this.box.setAttribute('aria-hidden', 'true');
    this.box.append(this.svg);
    this.areaPath.setAttribute('class', 'dl-band-area');
    this.areaPath.setAttribute('fill-rule', 'evenodd');
    // The test hook for hit-testing what is drawn (a path has no accessible name to find it by).
    this.areaPath.dataset.testid = 'range-band-area';
    this.outerPath.setAttribute('class', 'dl-band-edge dl-band-outer');
    this.innerPath.setAttribute('class', 'dl-band-edge dl-band-inner');
    this.svg.append(this.areaPath, this.innerPath, this.outerPath);

    // Distances at the pointer are for the eye; the details panel says them to everyone.
    this.readout.className = 'dl-band-readout';
    this.readout.setAttribute('aria-hidden', 'true');
    this.readout.hidden = true;

    const point = document.createElement('span');
    point.className = 'dl-launch-point';
    point.dataset.testid = 'launch-point';
    const target = handleTarget();
    this.handle = L.marker([0, 0], {
      icon: L.divIcon({
        className: 'dl-launch-handle',
        html: point,
        iconSize: [target, target],
        iconAnchor: [target / 2, target / 2 + KNOB_OFFSET],
      }),
      // Not the marker pane: that one holds the events' markers, and tests and readers count them.
      pane: 'shadowPane',
      draggable: true,
      keyboard: true,
      autoPanOnFocus: true,
    });
    this.handle.on('add', this.labelHandle, this);
    this.handle.on('dragstart', this.onDragStart, this);
    this.handle.on('drag', this.onDrag, this);
    this.handle.on('dragend', this.onDragEnd, this);
    this.handle.on('keydown', this.onHandleKey, this);
  }

  override onAdd(map: L.Map): this {
    this.box.classList.toggle('leaflet-zoom-animated', zoomAnimated(map));
    this.box.classList.toggle('leaflet-zoom-hide', !zoomAnimated(map));
    map.getPanes().overlayPane.appendChild(this.box);
    map.getContainer().appendChild(this.readout);
    map.on('viewreset zoomend moveend resize', this.redrawAfterTask);
    this.stopFollowing = followPaddedView(
      map,
      this.box,
      () => this.drawn,
      () => this.scheduleRedraw(),
    );
    map.on('moveend', this.placeHandle, this);
    map.on('click', this.onMapClick, this);
    const container = map.getContainer();
    container.addEventListener('pointermove', this.onPointerMove);
    container.addEventListener('pointerleave', this.hideReadout);
    container.addEventListener('keydown', this.onMapKey);
    container.classList.toggle('dl-picking', this.picking);
    if (this.visible) this.handle.addTo(map);
    this.placeHandle();
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.redrawInFrame.cancel();
    map.off('viewreset zoomend moveend resize', this.redrawAfterTask);
    this.stopFollowing?.();
    this.stopFollowing = null;
    map.off('moveend', this.placeHandle, this);
    map.off('click', this.onMapClick, this);
    const container = map.getContainer();
    container.removeEventListener('pointermove', this.onPointerMove);
    container.removeEventListener('pointerleave', this.hideReadout);
    container.removeEventListener('keydown', this.onMapKey);
    container.classList.remove('dl-picking');
    this.handle.remove();
    this.box.remove();
    this.readout.remove();
    this.drawn = null;
    return this;
  }

  setShape(shape: RangeBandShape | null): void {
    if (shape === this.shape) return;
    this.shape = shape;
    this.scheduleRedraw();
  }

  setCenter(center: LatLon): void {
    if (center.lat === this.center.lat && center.lon === this.center.lon) return;
    this.center = center;
    this.placeHandle();
  }

  setRadii(radiiKm: readonly [number, number]): void {
    this.radiiKm = radiiKm;
  }

  setPlaceName(name: string): void {
    if (name === this.placeName) return;
    this.placeName = name;
    this.labelHandle();
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.box.style.display = visible ? '' : 'none';
    if (!visible) this.hideReadout();
    if (this._map) {
      if (visible) this.handle.addTo(this._map);
      else this.handle.remove();
      this.placeHandle();
    }
    this.scheduleRedraw();
  }

  /** In "Set launch point" mode the map shows a crosshair and takes focus; the next click picks. */
  setPicking(picking: boolean): void {
    if (picking === this.picking) return;
    this.picking = picking;
    const container = this._map?.getContainer();
    container?.classList.toggle('dl-picking', picking);
    if (picking) container?.focus({ preventScroll: true });
  }

  private scheduleRedraw(): void {
    if (this._map) this.redrawInFrame.request();
  }

  /** Redraws the band for the current view, in a box of the view plus PADDING on each side. */
  private redraw(): void {
    this.redrawInFrame.cancel();
    const map = this._map;
    if (!map) return;
    this.drawn = paddedView(map, PADDING);
    const { zoom, bounds } = this.drawn;
    const topLeft = bounds.min!;
    const box = bounds.getSize();
    L.DomUtil.setPosition(this.box, topLeft);
    this.svg.setAttribute('width', String(box.x));
    this.svg.setAttribute('height', String(box.y));
    this.svg.setAttribute('viewBox', `0 0 ${box.x} ${box.y}`);

    const shape = this.visible ? this.shape : null;
    // Where 0° N, 0° E of the main world copy lands in the SVG: Leaflet's projection, unrounded.
    const origin = map.project([0, 0], zoom).subtract(map.getPixelOrigin()).subtract(topLeft);
    const paths = shape
      ? bandPaths(shape, {
          origin: { x: origin.x, y: origin.y },
          worldWidth: map.options.crs!.scale(zoom),
          clip: { min: { x: 0, y: 0 }, max: { x: box.x, y: box.y } },
        })
      : { area: '', outerEdge: '', innerEdge: '' };
    this.areaPath.setAttribute('d', paths.area);
    this.outerPath.setAttribute('d', paths.outerEdge);
    this.innerPath.setAttribute('d', paths.innerEdge);
  }

  /** Puts the handle on the launch point's copy nearest the view's centre. */
  private placeHandle(): void {
    const map = this._map;
    if (!map || this.dragging) return;
    const lat = Math.max(-MAX_HANDLE_LAT, Math.min(MAX_HANDLE_LAT, this.center.lat));
    const lon = this.center.lon + 360 * Math.round((map.getCenter().lng - this.center.lon) / 360);
    const shown = this.handle.getLatLng();
    if (shown.lat !== lat || shown.lng !== lon) this.handle.setLatLng([lat, lon]);
  }

  private labelHandle(): void {
    const element = this.handle.getElement();
    if (!element) return;
    element.setAttribute(
      'aria-label',
      `Launch point: ${this.placeName}. Drag it, or move it with the arrow keys (Shift for larger steps).`,
    );
    element.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight');
  }

  private onDragStart(): void {
    this.dragging = true;
    this.hideReadout();
    this.handlers.onDragging(true);
  }

  private onDrag(): void {
    const at = this.handle.getLatLng();
    this.handlers.onMove(normalizeLatLon({ lat: at.lat, lon: at.lng }));
  }

  private onDragEnd(): void {
    this.dragging = false;
    this.onDrag();
    this.handlers.onDragging(false);
    this.placeHandle();
  }

  private onHandleKey(event: L.LeafletKeyboardEvent): void {
    const key = event.originalEvent;
    const step = ARROWS[key.key];
    if (!step || key.altKey || key.ctrlKey || key.metaKey) return;
    key.preventDefault();
    key.stopPropagation();
    const degrees = KEY_STEP_DEGREES * (key.shiftKey ? 10 : 1);
    const lat = this.center.lat + step[0] * degrees;
    this.handlers.onMove(
      normalizeLatLon({
        lat: Math.max(-MAX_HANDLE_LAT, Math.min(MAX_HANDLE_LAT, lat)),
        lon: this.center.lon + step[1] * degrees,
      }),
    );
  }

  private onMapClick(event: L.LeafletMouseEvent): void {
    if (!this.picking) return;
    this.handlers.onPick(normalizeLatLon({ lat: event.latlng.lat, lon: event.latlng.lng }));
  }

  /** Enter on the focused map, in "Set launch point" mode, picks the map's centre. */
  private readonly onMapKey = (event: KeyboardEvent): void => {
    const map = this._map;
    if (!map || !this.picking || event.key !== 'Enter' || event.target !== map.getContainer()) {
      return;
    }
    event.preventDefault();
    const at = map.getCenter();
    this.handlers.onPick(normalizeLatLon({ lat: at.lat, lon: at.lng }));
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const map = this._map;
    const target = event.target as Element | null;
    if (
      !map ||
      !this.visible ||
      this.dragging ||
      event.pointerType === 'touch' ||
      target?.closest('.leaflet-control-container, .leaflet-marker-icon, .leaflet-tooltip')
    ) {
      this.hideReadout();
      return;
    }
    const point = map.mouseEventToContainerPoint(event);
    const at = map.containerPointToLatLng(point);
    const km = greatCircleKm(this.center, { lat: at.lat, lon: at.lng });
    this.readout.textContent = describeBandDistance(km, this.radiiKm, this.placeName);
    this.readout.hidden = false;
    // Beside the pointer, flipped to its other side near the map's right and bottom edges.
    const size = map.getSize();
    const flipX = point.x > size.x - 280;
    const flipY = point.y > size.y - 60;
    this.readout.style.transform =
      `translate(${point.x}px, ${point.y}px) ` +
      `translate(${flipX ? 'calc(-100% - 14px)' : '14px'}, ${flipY ? 'calc(-100% - 14px)' : '14px'})`;
  };

  private readonly hideReadout = (): void => {
    this.readout.hidden = true;
  };
}
