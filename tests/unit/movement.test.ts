import { describe, expect, it } from 'vitest';
import { compileRoute } from '../../src/model/history.ts';
import { movementAt, pathLengths } from '../../src/model/movement.ts';
import { momentOf } from '../../src/model/time.ts';
import type { RouteFeature } from '../../src/model/schema.ts';

const feature: RouteFeature = {
  type: 'Feature',
  id: 'test-route',
  geometry: {
    type: 'LineString',
    coordinates: [
      [30.3, 59.94],
      [30.32, 59.94],
      [30.32, 59.95],
    ],
  },
  properties: {
    id: 'test-route',
    kind: 'column',
    name: { en: 'A column', ru: 'Колонна' },
    description: { en: 'Marching.', ru: 'Марш.' },
    start: '1917-10-25T10:00',
    end: '1917-10-25T11:00',
    sources: ['rabinowitch-1976'],
  },
};
const route = compileRoute(feature);

describe('movementAt', () => {
  it('waits at the start before setting out', () => {
    const m = movementAt(route, momentOf('1917-10-25T09:59'));
    expect(m.phase).toBe('before');
    expect(m.position).toEqual([30.3, 59.94]);
    expect(m.travelled).toEqual([]);
    expect(m.share).toBe(0);
  });
  it('moves in proportion to time along the path', () => {
    const lengths = pathLengths(route.path);
    expect(lengths).toHaveLength(3);
    // Three quarters of the time in: past the corner (the first leg is ~1.11 km of ~2.23 km), on the northward leg.
    const late = movementAt(route, momentOf('1917-10-25T10:45'), lengths);
    expect(late.phase).toBe('moving');
    expect(late.position[0]).toBeCloseTo(30.32, 4);
    expect(late.position[1]).toBeGreaterThan(59.94);
    expect(late.travelled).toEqual([[30.3, 59.94], [30.32, 59.94], late.position]);
    expect(late.share).toBeCloseTo(0.75, 10);
    const halfway = movementAt(route, momentOf('1917-10-25T10:30'), lengths);
    expect(halfway.travelled[0]).toEqual([30.3, 59.94]);
    expect(halfway.travelled.at(-1)).toEqual(halfway.position);
  });
  it('arrives at its end and keeps the whole path as a trail', () => {
    const m = movementAt(route, momentOf('1917-10-25T11:00'));
    expect(m.phase).toBe('after');
    expect(m.position).toEqual([30.32, 59.95]);
    expect(m.travelled).toHaveLength(3);
    expect(m.share).toBe(1);
  });
  it('is a quarter of the way a quarter of the time in', () => {
    const lengths = pathLengths(route.path);
    const m = movementAt(route, momentOf('1917-10-25T10:15'), lengths);
    // a quarter of the total distance from the start, along the first (eastward) leg
    const quarterKm = (lengths[2] as number) / 4;
    const degrees = quarterKm / (111.32 * Math.cos((59.94 * Math.PI) / 180));
    expect(m.position[0]).toBeCloseTo(30.3 + degrees, 3);
  });
});
