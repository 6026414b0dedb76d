/**
 * Geometry for checking the data: rings that do not cross, points on land or in water, lines
 * sampled along their length, distances to banks and bridges. Pure functions on GeoJSON
 * positions, used by `check:geo` (placement-checks.ts) and by the tests on the real files.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import kinks from '@turf/kinks';
import lineIntersect from '@turf/line-intersect';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon;

/** Where a closed ring crosses or touches itself (adjacent segments excepted), by @turf/kinks. */
export function selfIntersections(ring: readonly Position[]): Position[] {
  return kinks({ type: 'LineString', coordinates: ring as Position[] }).features.map((point) => point.geometry.coordinates);
}

/** Where two rings of one polygon meet (a hole crossing the outline, or two holes crossing). */
export function ringsCrossing(a: readonly Position[], b: readonly Position[]): Position[] {
  const line = (coordinates: readonly Position[]) => ({ type: 'LineString' as const, coordinates: coordinates as Position[] });
  return lineIntersect(line(a), line(b)).features.map((point) => point.geometry.coordinates);
}

/** Whether a point lies in any of the areas. */
export function inAny(point: Position, areas: readonly Area[]): boolean {
  return areas.some((area) => booleanPointInPolygon(point, area));
}

const METRES_PER_DEGREE = 111_320;

/** Distance in metres between two nearby positions (a local flat approximation, fine over a city). */
export function metresBetween([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const cos = Math.cos((((lat1 as number) + (lat2 as number)) / 2) * (Math.PI / 180));
  return Math.hypot(((lon2 as number) - (lon1 as number)) * cos, (lat2 as number) - (lat1 as number)) * METRES_PER_DEGREE;
}

export interface Sample {
  point: Position;
  /** The index of the line's segment the sample lies on (segment i runs from position i to i + 1). */
  segment: number;
  /** Metres from this sample to the next one along the line. */
  step: number;
}

/** Points every `spacing` metres or so along a line (at least one per segment, at its middle). */
export function samplesAlong(line: readonly Position[], spacing = 10): Sample[] {
  const samples: Sample[] = [];
  for (let i = 1; i < line.length; i += 1) {
    const [x1, y1] = line[i - 1] as [number, number];
    const [x2, y2] = line[i] as [number, number];
    const length = metresBetween([x1, y1], [x2, y2]);
    const count = Math.max(1, Math.ceil(length / spacing));
    for (let k = 0; k < count; k += 1) {
      const t = (k + 0.5) / count;
      samples.push({ point: [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t], segment: i - 1, step: length / count });
    }
  }
  return samples;
}

/** The fraction of a line's samples (20 on each segment, however long) that lie in the areas. */
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

/** The share of a line's length (sampled every ~10 m) that lies in the areas. */
export function lengthShareIn(line: readonly Position[], areas: readonly Area[]): number {
  let inside = 0;
  let total = 0;
  for (const sample of samplesAlong(line)) {
    total += sample.step;
    if (inAny(sample.point, areas)) inside += sample.step;
  }
  return total === 0 ? 0 : inside / total;
}

export interface Run {
  /** The first and last samples of the run. */
  from: Sample;
  to: Sample;
  metres: number;
  samples: Sample[];
}

/** The stretches of consecutive samples for which `wrong` holds, with their lengths in metres. */
export function runsWhere(samples: readonly Sample[], wrong: (sample: Sample) => boolean): Run[] {
  const runs: Run[] = [];
  let current: Sample[] = [];
  const close = () => {
    if (current.length > 0) {
      runs.push({
        from: current[0] as Sample,
        to: current[current.length - 1] as Sample,
        metres: current.reduce((sum, s) => sum + s.step, 0),
        samples: current,
      });
    }
    current = [];
  };
  for (const sample of samples) {
    if (wrong(sample)) current.push(sample);
    else close();
  }
  close();
  return runs;
}

/** Distance in metres from a point to the segment a–b (in a flat plane around the point, fine over a city). */
function metresToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const cos = Math.cos((py as number) * (Math.PI / 180));
  const x1 = ((ax as number) - (px as number)) * cos;
  const y1 = (ay as number) - (py as number);
  const x2 = ((bx as number) - (px as number)) * cos;
  const y2 = (by as number) - (py as number);
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / lengthSquared));
  return Math.hypot(x1 + t * dx, y1 + t * dy) * METRES_PER_DEGREE;
}

/** Distance in metres from a point to the nearest of the lines (Infinity when there are none). */
export function metresToNearest(point: Position, lines: readonly (readonly Position[])[]): number {
  let nearest = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 1) nearest = Math.min(nearest, metresToSegment(point, line[i - 1] as Position, line[i] as Position));
  }
  return nearest;
}

/** The rings of an area: its outlines and holes, which for water are the banks. */
export function ringsOf(area: Polygon | MultiPolygon): Position[][] {
  return area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
}

/** [west, south, east, north] of all the areas' positions. */
export function extentOf(areas: readonly (Polygon | MultiPolygon)[]): [number, number, number, number] | undefined {
  let box: [number, number, number, number] | undefined;
  for (const ring of areas.flatMap(ringsOf)) {
    for (const [lon, lat] of ring as [number, number][]) {
      box = box ? [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)] : [lon, lat, lon, lat];
    }
  }
  return box;
}

export const round = (point: Position): [number, number] => [Number((point[0] as number).toFixed(5)), Number((point[1] as number).toFixed(5))];
