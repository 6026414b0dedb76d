/**
 * Builds the module `virtual:control-areas` (see ControlAreaData in src/model/control-areas.ts):
 * every site's zone of influence and, for every epoch of holdings, who holds each zone, each
 * side's area and its size — worked out here, once, so that the app does no geometry.
 *
 * The zones and the areas of all epochs go into one TopoJSON topology: an area's border is made of
 * pieces of zone borders, and consecutive epochs share most of theirs, so each piece is shipped
 * once and every area is a list of pieces. Quantized to a grid of QUANTIZATION² points over the
 * control box (about 0.6 m).
 */
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compileHistory } from '../src/model/history.ts';
import type { BasemapData, HistoryData } from '../src/model/schema.ts';
import { influenceZones, landComponents } from '../src/model/control-zones.ts';
import { controlAreas, holdingsOfEveryEpoch, KM2_DECIMALS, SIDES, type Area, type BBox, type ControlAreaData } from '../src/model/control-areas.ts';

const QUANTIZATION = 3e4;

const collection = (features: Feature<Geometry | null>[]): FeatureCollection<Geometry | null> => ({ type: 'FeatureCollection', features });
const round = (km2: number) => Number(km2.toFixed(KM2_DECIMALS));

/** The control areas of a history on a basemap's land, within `bbox`. */
export function controlAreaData(data: HistoryData, water: readonly Area[], bbox: BBox): ControlAreaData {
  const history = compileHistory(data);
  const sites = history.sites.map((s) => ({ id: s.id, point: s.point, hasZone: s.kind !== 'ship' }));
  const zones = influenceZones(sites, landComponents(bbox, water), bbox);
  const siteIds = history.sites.map((s) => s.id);
  const zoneIds = [...zones.keys()];
  const epochs = holdingsOfEveryEpoch(history.sites, history.changeMoments);
  const areas = epochs.map((states) => controlAreas(siteIds, states, zones));
  const stateOf = new Map(siteIds.map((id, i) => [id, i]));
  const side = (s: (typeof SIDES)[number]) => collection(areas.map((a) => ({ type: 'Feature', properties: null, geometry: a[s]?.geometry ?? null })));
  const topo = topology(
    {
      zones: collection(zoneIds.map((id) => ({ type: 'Feature', id, properties: null, geometry: (zones.get(id) as Area).geometry }))),
      bolshevik: side('bolshevik'),
      government: side('government'),
    },
    QUANTIZATION,
  );
  return {
    topology: topo as ControlAreaData['topology'],
    holders: epochs.map((states) => zoneIds.map((id) => states[stateOf.get(id) as number] ?? 'contested')),
    km2: { bolshevik: areas.map((a) => round(a.bolshevikKm2)), government: areas.map((a) => round(a.governmentKm2)) },
  };
}

/** The source of `virtual:control-areas`. */
export function controlAreaModule(history: HistoryData, basemap: BasemapData, bbox: BBox): string {
  return `export default ${JSON.stringify(controlAreaData(history, basemap.water, bbox))};`;
}
