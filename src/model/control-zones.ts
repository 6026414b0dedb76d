/**
 * Control areas: the part of the city each side commands at a moment.
 *
 * Definition (also in the legend and the README): every site on land has a zone of influence —
 * the ground nearer to it than to any other site on the same bank or island (a Voronoi cell),
 * no further than INFLUENCE_RADIUS_KM from it, and never across the water. A side's area at a
 * moment is the union of the zones of the sites it holds; contested sites count for neither.
 * Ships have no zone (they command the water, not a district).
 *
 * The zones are fixed geometry: they are computed once, at build time, with the areas of every
 * epoch of holdings (scripts/control-areas-build.ts); the app only draws them.
 *
 * @example
 * const land = landComponents(CONTROL_BBOX, basemap.water);
 * const zones = influenceZones([{ id: 'smolny', point: [30.396, 59.946], hasZone: true }], land, CONTROL_BBOX);
 * zones.get('smolny'); // a polygon: the ground within 800 m of Smolny, on its bank
 */
import bboxPolygon from '@turf/bbox-polygon';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import circle from '@turf/circle';
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import voronoi from '@turf/voronoi';
import { featureCollection, point, polygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

import type { Area, BBox } from './control-areas.ts';

export type { Area, BBox };

export const INFLUENCE_RADIUS_KM = 0.8;

export interface ZoneSite {
  id: string;
  point: [number, number];
  /** Sites without a zone (ships) are left out. */
  hasZone: boolean;
}

/** The land inside `bbox`: the box less every water polygon, split into its banks and islands. */
export function landComponents(bbox: BBox, water: readonly Area[]): Feature<Polygon>[] {
  // One difference of all the water at once: with the traced banks (thousands of vertices) this
  // is about six times faster than taking the bodies away one by one.
  const box = bboxPolygon(bbox);
  const land = water.length === 0 ? box : difference(featureCollection<Polygon | MultiPolygon>([box, ...water]));
  if (!land) return [];
  const polygons = land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates;
  return polygons.map((rings) => polygon(rings));
}

/** The zone of influence of each site (see the module comment), by site id. */
export function influenceZones(
  sites: readonly ZoneSite[],
  components: readonly Feature<Polygon>[],
  bbox: BBox,
  radiusKm = INFLUENCE_RADIUS_KM,
): Map<string, Area> {
  const zones = new Map<string, Area>();
  components.forEach((component) => {
    const inside = sites.filter((site) => site.hasZone && booleanPointInPolygon(site.point, component));
    if (inside.length === 0) return;
    const cells = inside.length === 1 ? [bboxPolygon(bbox)] : voronoi(featureCollection(inside.map((s) => point(s.point))), { bbox }).features;
    inside.forEach((site, i) => {
      const cell = cells[i];
      if (!cell) return;
      const reach = circle(site.point, radiusKm, { steps: 48, units: 'kilometers' });
      const near = intersect(featureCollection<Polygon | MultiPolygon>([cell, reach]));
      const zone = near && intersect(featureCollection<Polygon | MultiPolygon>([near, component]));
      if (zone) zones.set(site.id, roundArea(zone));
    });
  });
  return zones;
}

/** Rounds coordinates to ~1 m so that the zones stay small when shipped. */
function roundArea(area: Area): Area {
  const r = (n: number) => Math.round(n * 1e5) / 1e5;
  const ring = (positions: number[][]) => positions.map(([x, y]) => [r(x as number), r(y as number)]);
  const geometry: Polygon | MultiPolygon =
    area.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: area.geometry.coordinates.map(ring) }
      : { type: 'MultiPolygon', coordinates: area.geometry.coordinates.map((p) => p.map(ring)) };
  return { type: 'Feature', properties: {}, geometry };
}
