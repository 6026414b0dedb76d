import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import {
  extentOf,
  fractionIn,
  inAny,
  lengthShareIn,
  metresBetween,
  metresToNearest,
  ringsCrossing,
  runsWhere,
  samplesAlong,
  selfIntersections,
} from '../../src/model/geometry-checks.ts';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ],
  ],
};
/** About 1.1 km × 1.1 km of Petrograd: longitude 30.30–30.32, latitude 59.93–59.94. */
const block: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [30.3, 59.93],
      [30.32, 59.93],
      [30.32, 59.94],
      [30.3, 59.94],
      [30.3, 59.93],
    ],
  ],
};

describe('rings', () => {
  it('finds no crossing in a square and the crossing of a bow tie', () => {
    expect(selfIntersections(square.coordinates[0]!)).toEqual([]);
    const bowTie: Position[] = [
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
      [0, 0],
    ];
    expect(selfIntersections(bowTie)).toEqual([[1, 1]]);
  });
  it('finds where a hole crosses the outline', () => {
    const hole: Position[] = [
      [1, 1],
      [3, 1],
      [3, 1.5],
      [1, 1.5],
      [1, 1],
    ];
    expect(ringsCrossing(square.coordinates[0]!, hole)).toEqual(
      expect.arrayContaining([
        [2, 1],
        [2, 1.5],
      ]),
    );
    expect(
      ringsCrossing(
        square.coordinates[0]!,
        hole.map(([x, y]) => [x! / 2, y!]),
      ),
    ).toEqual([]);
  });
  it('gives the extent of areas', () => {
    expect(extentOf([square, block])).toEqual([0, 0, 30.32, 59.94]);
  });
});

describe('points and lines against areas', () => {
  it('tells points inside from points outside', () => {
    expect(inAny([1, 1], [square])).toBe(true);
    expect(inAny([3, 1], [square])).toBe(false);
  });
  it('counts the share of samples inside', () => {
    expect(
      fractionIn(
        [
          [-1, 1],
          [3, 1],
        ],
        [square],
      ),
    ).toBeCloseTo(0.5, 1);
    expect(
      fractionIn(
        [
          [3, 0],
          [3, 2],
        ],
        [square],
      ),
    ).toBe(0);
  });
  it('weighs by length: a long segment inside outweighs a short one outside', () => {
    const line: Position[] = [
      [30.31, 59.935],
      [30.31, 59.9395], // 500 m inside
      [30.31, 59.9404], // 100 m, half outside
    ];
    expect(lengthShareIn(line, [block])).toBeGreaterThan(0.9);
    expect(fractionIn(line, [block])).toBeCloseTo(0.75, 1);
  });
});

describe('distances and runs', () => {
  it('measures metres in Petrograd', () => {
    expect(metresBetween([30.3, 59.93], [30.3, 59.94])).toBeCloseTo(1113, -1);
    expect(metresBetween([30.3, 59.93], [30.32, 59.93])).toBeCloseTo(1115, -1);
    expect(metresToNearest([30.31, 59.941], [block.coordinates[0]!])).toBeCloseTo(111, -1);
    expect(metresToNearest([30.31, 59.941], [])).toBe(Infinity);
  });
  it('samples about every 10 m and finds the stretches where a condition holds', () => {
    const line: Position[] = [
      [30.29, 59.935],
      [30.33, 59.935],
    ];
    const samples = samplesAlong(line);
    expect(samples.length).toBeGreaterThan(200);
    const runs = runsWhere(samples, (s) => inAny(s.point, [block]));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.metres).toBeCloseTo(1115, -1);
    expect(runs[0]!.from.point[0]).toBeCloseTo(30.3, 3);
    expect(runs[0]!.to.point[0]).toBeCloseTo(30.32, 3);
  });
});
