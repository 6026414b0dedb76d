/**
 * The control area of each side at a moment: the union of the zones of influence of the sites
 * it holds (see control-zones.ts for how zones are made, once, at build time). Contested sites
 * count for neither side. Cached per epoch of holdings by the caller: only as many unions as
 * there are changes of hands are ever computed.
 */
import union from '@turf/union';
import turfArea from '@turf/area';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { SiteState } from './schema.ts';

export type Area = Feature<Polygon | MultiPolygon>;
export type BBox = [number, number, number, number];

/** The size of an area in square kilometres. */
export function areaKm2(area: Area): number {
  return turfArea(area) / 1e6;
}

export interface ControlAreas {
  bolshevik: Area | null;
  government: Area | null;
  /** Square kilometres of each area. */
  bolshevikKm2: number;
  governmentKm2: number;
}

/** The union of the zones of the sites each side holds. `states` follows the order of `siteIds`. */
export function controlAreas(siteIds: readonly string[], states: readonly SiteState[], zones: ReadonlyMap<string, Area>): ControlAreas {
  const held = (side: SiteState): Area | null => {
    const parts = siteIds.flatMap((id, i) => (states[i] === side && zones.has(id) ? [zones.get(id) as Area] : []));
    if (parts.length === 0) return null;
    if (parts.length === 1) return parts[0] as Area;
    return union(featureCollection(parts));
  };
  const bolshevik = held('bolshevik');
  const government = held('government');
  return { bolshevik, government, bolshevikKm2: bolshevik ? areaKm2(bolshevik) : 0, governmentKm2: government ? areaKm2(government) : 0 };
}
