/**
 * Where a movement is at a moment: before its start it has not set out, during its window it is
 * part-way along its path (in proportion to the time elapsed), afterwards it has arrived and its
 * path remains as a trail.
 */
import along from '@turf/along';
import length from '@turf/length';
import { lineString } from '@turf/helpers';
import type { Position, Route } from './history.ts';
import type { Moment } from './time.ts';

export type MovementPhase = 'before' | 'moving' | 'after';

export interface MovementAt {
  phase: MovementPhase;
  /** Where the mover is (its start before it sets out, its end after it arrives). */
  position: Position;
  /** The part of the path covered so far, ending at `position`. */
  travelled: Position[];
  /** The share of the path's length covered so far, from 0 to 1. */
  share: number;
}

/** Cumulative distances along a path, in kilometres, computed once per route. */
export function pathLengths(path: readonly Position[]): number[] {
  const lengths = [0];
  for (let i = 1; i < path.length; i += 1) {
    const segment = length(lineString([path[i - 1] as Position, path[i] as Position]), { units: 'kilometers' });
    lengths.push((lengths[i - 1] as number) + segment);
  }
  return lengths;
}

export function movementAt(route: Route, moment: Moment, lengths: readonly number[] = pathLengths(route.path)): MovementAt {
  const first = route.path[0] as Position;
  const last = route.path[route.path.length - 1] as Position;
  if (moment < route.start) return { phase: 'before', position: first, travelled: [], share: 0 };
  if (moment >= route.end) return { phase: 'after', position: last, travelled: [...route.path], share: 1 };
  const fraction = route.end > route.start ? (moment - route.start) / (route.end - route.start) : 1;
  const total = lengths[lengths.length - 1] as number;
  const distance = fraction * total;
  const position = along(lineString(route.path), distance, { units: 'kilometers' }).geometry.coordinates as Position;
  const travelled = route.path.filter((_, i) => (lengths[i] as number) < distance);
  travelled.push(position);
  return { phase: 'moving', position, travelled, share: fraction };
}
