/**
 * Control areas: the ground each side commands in each epoch of holdings.
 *
 * A side's area is the union of the zones of influence (control-zones.ts) of the sites it holds;
 * contested sites count for neither side. Holdings change only at the history's change moments,
 * so there are only as many areas as epochs of holdings (see holdingsEpoch in state.ts), a few
 * dozen: all of them are worked out at build time (scripts/control-areas-build.ts) and the app
 * draws them as they are.
 *
 * @example
 * const zones = influenceZones(sites, landComponents(bbox, water), bbox);
 * const epochs = holdingsOfEveryEpoch(history.sites, history.changeMoments);
 * const areas = epochs.map((states) => controlAreas(siteIds, states, zones));
 * areas[0].bolshevikKm2; // the size of the Bolshevik area before any site changed hands
 */
import turfArea from '@turf/area';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { SiteState } from './schema.ts';
import type { Site } from './history.ts';
import { statesAt } from './state.ts';
import type { Moment } from './time.ts';
import type { InfluenceZones } from './control-zones.ts';

export type Area = Feature<Polygon | MultiPolygon>;
export type BBox = [number, number, number, number];
/** The sides that hold ground (contested sites hold none). */
export const SIDES = ['bolshevik', 'government'] as const;
export type Side = (typeof SIDES)[number];

/** Areas are shipped to 0.001 km² (1,000 m²): finer than the legend prints, coarser than the geometry's rounding. */
export const KM2_DECIMALS = 3;

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
export function controlAreas(siteIds: readonly string[], states: readonly SiteState[], zones: InfluenceZones): ControlAreas {
  const held = (side: Side): Area | null => zones.unionOf(siteIds.filter((_, i) => states[i] === side));
  const bolshevik = held('bolshevik');
  const government = held('government');
  return { bolshevik, government, bolshevikKm2: bolshevik ? areaKm2(bolshevik) : 0, governmentKm2: government ? areaKm2(government) : 0 };
}

/**
 * The holdings of every epoch, in the order of `sites`: epoch 0 is before the first change of
 * hands, epoch e begins at the e-th change moment — the numbering of holdingsEpoch.
 */
export function holdingsOfEveryEpoch(sites: readonly Site[], changeMoments: readonly Moment[]): SiteState[][] {
  return [Number.NEGATIVE_INFINITY, ...changeMoments].map((moment) => statesAt(sites, moment));
}

/**
 * What the app is given (module `virtual:control-areas`): the zones, and for every epoch of
 * holdings who holds each zone, each side's area and its size.
 */
export interface ControlAreaData {
  /**
   * One TopoJSON topology, so that the zones and the areas of all epochs share their borders:
   * `zones` has a polygon per zone (its `id` the site's); `bolshevik` and `government` have one
   * geometry per epoch, of type null where the side holds no ground.
   */
  topology: Topology<{ zones: GeometryCollection; bolshevik: GeometryCollection; government: GeometryCollection }>;
  /** Per epoch, who holds each zone, in the order of `topology.objects.zones`. */
  holders: SiteState[][];
  /** Per epoch, the size of each side's area in km² (to KM2_DECIMALS). */
  km2: Record<Side, number[]>;
}
