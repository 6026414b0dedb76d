/**
 * Checks that the basemap is sane: rings that do not cross themselves, points on land or in
 * water, lines that cross water. Pure functions on GeoJSON, used by the tests on the real files.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon;

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const orient = (p: Position, q: Position, r: Position) =>
    Math.sign(
      ((q[0] as number) - (p[0] as number)) * ((r[1] as number) - (p[1] as number)) -
        ((q[1] as number) - (p[1] as number)) * ((r[0] as number) - (p[0] as number)),
    );
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Pairs of non-adjacent segments of a closed ring that cross each other, as segment indexes. */
export function selfIntersections(ring: readonly Position[]): [number, number][] {
  const crossings: [number, number][] = [];
  const n = ring.length - 1; // the last position repeats the first
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 2; j < n; j += 1) {
      if (i === 0 && j === n - 1) continue; // first and last segments share a vertex
      if (segmentsCross(ring[i] as Position, ring[i + 1] as Position, ring[j] as Position, ring[j + 1] as Position)) crossings.push([i, j]);
    }
  }
  return crossings;
}

/** Whether a point lies in any of the areas. */
export function inAny(point: Position, areas: readonly Area[]): boolean {
  return areas.some((area) => booleanPointInPolygon(point, area));
}

/** The fraction of a line's length (sampled every ~10 m) that lies in the areas. */
export function fractionIn(line: readonly Position[], areas: readonly Area[], samplesPerSegment = 20): number {
  let inside = 0;
  let total = 0;
  for (let i = 1; i < line.length; i += 1) {
    const [x1, y1] = line[i - 1] as [number, number];
    const [x2, y2] = line[i] as [number, number];
    for (let k = 0; k < samplesPerSegment; k += 1) {
      const t = (k + 0.5) / samplesPerSegment;
      total += 1;
      if (inAny([x1 + (x2 - x1) * t, y1 + (y2 - y1) * t], areas)) inside += 1;
    }
  }
  return total === 0 ? 0 : inside / total;
}
