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
import union from '@turf/union';
import voronoi from '@turf/voronoi';
import { featureCollection, point, polygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

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

/** What a zone is cut from: its site's Voronoi cell, and the ground within its reach on its land. */
interface ZoneParts {
  cell: Feature<Polygon>;
  /** The site's circle of INFLUENCE_RADIUS_KM, cut by the bank or island it stands on. */
  reach: Feature<Polygon | MultiPolygon>;
  /** Index of that land component. */
  land: number;
}

/**
 * The zones of influence by site id, and the union of any set of them.
 *
 * Two neighbouring zones meet along their sites' bisector, but each was cut by its own circle, so
 * their edges there do not share vertices, and polygon clipping of the near-collinear edges can
 * leave the two apart (a thin gap, an outline between them). `unionOf` avoids that: per bank or
 * island it unites the sites' Voronoi cells, which share exact edges, and cuts the result by the
 * union of their reaches. That is the same ground: a point of one site's cell that lies within
 * another held site's reach lies within its own site's reach too, since its own site is the nearer
 * one (to within the 48-gon drawing of the circles, under 2 m).
 */
export class InfluenceZones extends Map<string, Area> {
  readonly #parts = new Map<string, ZoneParts>();
  /** Holdings repeat from epoch to epoch: each set of sites is united once. */
  readonly #unions = new Map<string, Area | null>();

  /** Records a site's zone and what it was cut from. */
  add(id: string, zone: Area, parts: ZoneParts): void {
    this.set(id, zone);
    this.#parts.set(id, parts);
    this.#unions.clear();
  }

  /** The union of the zones of `ids` (ids without a zone are skipped), or null if none has one. */
  unionOf(ids: readonly string[]): Area | null {
    const withZone = ids.filter((id) => this.has(id));
    if (withZone.length === 0) return null;
    if (withZone.length === 1) return this.get(withZone[0] as string) as Area;
    const key = [...withZone].sort().join('\n');
    if (!this.#unions.has(key)) this.#unions.set(key, this.#unite(withZone));
    return this.#unions.get(key) as Area | null;
  }

  #unite(ids: readonly string[]): Area | null {
    const byLand = new Map<number, ZoneParts[]>();
    for (const id of ids) {
      const parts = this.#parts.get(id) as ZoneParts;
      byLand.set(parts.land, [...(byLand.get(parts.land) ?? []), parts]);
    }
    // Lands are apart (water between them), so their pieces together make a valid MultiPolygon.
    const polygons: Position[][][] = [];
    for (const parts of byLand.values()) {
      const piece = intersect(featureCollection<Polygon | MultiPolygon>([unite(parts.map((p) => p.cell)), unite(parts.map((p) => p.reach))]));
      if (!piece) continue;
      if (piece.geometry.type === 'Polygon') polygons.push(piece.geometry.coordinates);
      else polygons.push(...piece.geometry.coordinates);
    }
    if (polygons.length === 0) return null;
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polygons };
    return roundArea({ type: 'Feature', properties: {}, geometry });
  }
}

function unite(parts: Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> {
  if (parts.length === 1) return parts[0] as Feature<Polygon | MultiPolygon>;
  const united = union(featureCollection<Polygon | MultiPolygon>(parts));
  if (!united) throw new Error('the union of non-empty polygons is empty');
  return united;
}

/** The zone of influence of each site (see the module comment), by site id. */
export function influenceZones(
  sites: readonly ZoneSite[],
  components: readonly Feature<Polygon>[],
  bbox: BBox,
  radiusKm = INFLUENCE_RADIUS_KM,
): InfluenceZones {
  const zones = new InfluenceZones();
  components.forEach((component, land) => {
    const inside = sites.filter((site) => site.hasZone && booleanPointInPolygon(site.point, component));
    if (inside.length === 0) return;
    const cells = inside.length === 1 ? [bboxPolygon(bbox)] : nearestCells(inside, bbox);
    inside.forEach((site, i) => {
      const cell = cells[i];
      if (!cell) return;
      const reach = intersect(featureCollection<Polygon | MultiPolygon>([circle(site.point, radiusKm, { steps: 48, units: 'kilometers' }), component]));
      const zone = reach && intersect(featureCollection<Polygon | MultiPolygon>([cell, reach]));
      if (reach && zone) zones.add(site.id, roundArea(zone), { cell, reach, land });
    });
  });
  return zones;
}

/**
 * The Voronoi cells of `sites` within `bbox`, by distance on the ground: a degree of longitude is
 * shorter than one of latitude by the cosine of the latitude (half, in Petrograd), so the cells are
 * drawn with longitudes scaled by it and scaled back. (Cells of plain degrees would give a site
 * ground that is nearer another site, and cells that do not match the sites' circles.)
 */
function nearestCells(sites: readonly ZoneSite[], bbox: BBox): Feature<Polygon>[] {
  const k = Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180);
  const scaled = featureCollection(sites.map((s) => point([s.point[0] * k, s.point[1]])));
  const cells = voronoi(scaled, { bbox: [bbox[0] * k, bbox[1], bbox[2] * k, bbox[3]] }).features;
  return cells.map((cell) => polygon(cell.geometry.coordinates.map((ring) => ring.map(([x, y]) => [(x as number) / k, y as number]))));
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
