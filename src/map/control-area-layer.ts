/**
 * The control areas on the map, as a Leaflet layer: each zone of influence is one filled polygon,
 * made once, and each side's area has an outline. `setEpoch(epoch)` shows the holdings of an
 * epoch: the zones that changed hands are restyled and the two outlines take the epoch's shapes,
 * all worked out at build time (ControlAreaData). Colours and line weights are in the style sheet
 * (`.control-zone`, `.control-outline`), shared with the legend.
 *
 * @example
 * const areas = new ControlAreaLayer(data).addTo(map);
 * areas.setEpoch(holdingsEpoch(history.changeMoments, moment));
 */
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { SIDES, type ControlAreaData, type Side } from '../model/control-areas.ts';
import type { SiteState } from '../model/schema.ts';

export interface ControlAreaLayerOptions extends L.LayerOptions {
  /** The map pane the areas are drawn in (made if missing): below the routes and the markers. */
  pane?: string;
  /** The pane's z-index. */
  paneZIndex?: number;
}

type LatLngs = L.LatLng[][] | L.LatLng[][][];

const DEFAULTS = { pane: 'controlAreaPane', paneZIndex: 300 };

export class ControlAreaLayer extends L.Layer {
  declare options: L.LayerOptions & typeof DEFAULTS;
  private readonly data: ControlAreaData;
  private readonly renderer: L.SVG;
  /** One polygon per zone, in the order of the topology's zones. */
  private readonly zones: L.Polygon[];
  private readonly outlines: Record<Side, L.Polygon>;
  private readonly group: L.LayerGroup;
  private readonly outlineCache = new Map<string, LatLngs>();
  /** The holder each zone is drawn for: its path's `data-holder`. */
  private drawnHolders: (SiteState | undefined)[] = [];
  private drawnEpoch: number | undefined;
  private epoch = 0;
  private map: L.Map | undefined;

  constructor(data: ControlAreaData, options: ControlAreaLayerOptions = {}) {
    super();
    L.setOptions(this, { ...DEFAULTS, ...options });
    this.data = data;
    // SVG, not canvas: restyling a zone repaints that zone; a canvas would be redrawn whole.
    const renderer = (this.renderer = L.svg({ pane: this.options.pane }));
    this.zones = feature(data.topology, data.topology.objects.zones).features.map((zone) =>
      L.polygon(latLngsOf(zone.geometry), { renderer, className: 'control-zone', stroke: false, interactive: false }),
    );
    const outline = (side: Side) => L.polygon([], { renderer, className: `control-outline control-outline--${side}`, fill: false, interactive: false });
    this.outlines = { bolshevik: outline('bolshevik'), government: outline('government') };
    this.group = L.layerGroup([...this.zones, this.outlines.government, this.outlines.bolshevik]);
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    const { pane, paneZIndex } = this.options;
    (map.getPane(pane) ?? map.createPane(pane)).style.zIndex = String(paneZIndex);
    map.addLayer(this.group);
    this.draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.group);
    map.removeLayer(this.renderer);
    // Added again, the zones get new paths, which carry no holder yet.
    this.drawnHolders = [];
    this.drawnEpoch = undefined;
    this.map = undefined;
    return this;
  }

  /** Shows the holdings of `epoch` (see holdingsEpoch). */
  setEpoch(epoch: number): this {
    this.epoch = epoch;
    if (this.map) this.draw();
    return this;
  }

  private draw() {
    if (this.drawnEpoch === this.epoch) return;
    const holders = this.data.holders[this.epoch] ?? [];
    this.zones.forEach((polygon, i) => {
      const holder = holders[i];
      if (this.drawnHolders[i] === holder) return;
      this.drawnHolders[i] = holder;
      polygon.getElement()?.setAttribute('data-holder', holder ?? 'contested');
    });
    for (const side of SIDES) this.outlines[side].setLatLngs(this.outlineOf(side, this.epoch));
    this.drawnEpoch = this.epoch;
  }

  /** The outline of a side's area in an epoch, decoded from the topology once. */
  private outlineOf(side: Side, epoch: number): LatLngs {
    const key = `${side}${epoch}`;
    let latLngs = this.outlineCache.get(key);
    if (!latLngs) {
      const geometry: GeometryObject | undefined = this.data.topology.objects[side].geometries[epoch];
      const decoded = geometry && geometry.type !== null ? feature(this.data.topology, geometry) : undefined;
      latLngs = decoded && 'geometry' in decoded ? latLngsOf(decoded.geometry) : [];
      this.outlineCache.set(key, latLngs);
    }
    return latLngs;
  }
}

function latLngsOf(geometry: Geometry | null): LatLngs {
  if (geometry?.type === 'Polygon') return L.GeoJSON.coordsToLatLngs(geometry.coordinates, 1) as L.LatLng[][];
  if (geometry?.type === 'MultiPolygon') return L.GeoJSON.coordsToLatLngs(geometry.coordinates, 2) as L.LatLng[][][];
  return [];
}
