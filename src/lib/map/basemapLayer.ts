import type { FeatureCollection } from 'geojson';
import L from 'leaflet';
import { unwrapLongitudes } from '../core';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110mUrl from 'world-atlas/countries-110m.json?url';
import countries50mUrl from 'world-atlas/countries-50m.json?url';

/** Natural Earth at 1:110m first; at this zoom and closer, the 1:50m shapes replace it. */
const DETAIL_ZOOM = 4;

type Detail = 'coarse' | 'fine';

/**
 * The shapes' own pane, between Leaflet's tile pane (200) and overlay pane (400): whenever the
 * shapes arrive, they stay under the range band and the event markers.
 */
const BASEMAP_PANE = 'dl-basemap';

/**
 * An offline basemap: Natural Earth country shapes (via world-atlas) drawn as vector paths.
 * The shapes are separate assets fetched on demand, the finer ones only when zoomed in. It owns
 * its layers and its zoom listener, and removes both when taken off the map.
 */
export class BasemapLayer extends L.Layer {
  private group = L.layerGroup();
  private shown: Detail | null = null;
  private loading = new Map<Detail, Promise<L.Layer>>();

  override onAdd(map: L.Map): this {
    if (!map.getPane(BASEMAP_PANE)) map.createPane(BASEMAP_PANE).style.zIndex = '250';
    this.group.addTo(map);
    map.on('zoomend', this.update, this);
    this.update();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('zoomend', this.update, this);
    this.group.remove();
    this.shown = null;
    return this;
  }

  private update(): void {
    const map = this._map;
    if (!map) return;
    const wanted: Detail = map.getZoom() >= DETAIL_ZOOM ? 'fine' : 'coarse';
    if (wanted === this.shown) return;
    void this.layerFor(wanted).then(
      (layer) => {
        // The zoom may have changed again while the shapes were loading.
        const current: Detail = this._map && this._map.getZoom() >= DETAIL_ZOOM ? 'fine' : 'coarse';
        if (!this._map || current !== wanted) return;
        this.group.clearLayers().addLayer(layer);
        this.shown = wanted;
      },
      (error: unknown) => console.error('Basemap shapes could not be loaded', error),
    );
  }

  private layerFor(detail: Detail): Promise<L.Layer> {
    let layer = this.loading.get(detail);
    if (!layer) {
      layer = loadCountries(detail === 'fine' ? countries50mUrl : countries110mUrl);
      // A failed load may be retried on the next zoom.
      layer.catch(() => this.loading.delete(detail));
      this.loading.set(detail, layer);
    }
    return layer;
  }
}

async function loadCountries(url: string): Promise<L.Layer> {
  // topojson-client comes with the first shapes, fetched alongside, not in the page's first load.
  const [response, { feature, mesh }] = await Promise.all([fetch(url), import('topojson-client')]);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = topology.objects.countries;
  const shapes = feature(topology, countries) as FeatureCollection;
  // Shapes that cross 180 degrees (Russia, Fiji) stay whole rather than streak across the map.
  const unwrapped: FeatureCollection = {
    ...shapes,
    features: shapes.features.map((f) => ({ ...f, geometry: unwrapLongitudes(f.geometry) })),
  };
  const land = L.geoJSON(unwrapped, {
    interactive: false,
    // Colours come from CSS (.dl-land, .dl-border) so the theme owns them.
    pane: BASEMAP_PANE,
    style: { stroke: false, fillOpacity: 1, className: 'dl-land' },
  });
  const borders = L.geoJSON(unwrapLongitudes(mesh(topology, countries, (a, b) => a !== b)), {
    interactive: false,
    pane: BASEMAP_PANE,
    style: { weight: 0.8, fill: false, className: 'dl-border' },
  });
  return L.layerGroup([land, borders]);
}
