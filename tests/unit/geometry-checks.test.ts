import { describe, expect, it } from 'vitest';
import { fractionIn, inAny, selfIntersections } from '../../src/model/geometry-checks.ts';
import type { Polygon } from 'geojson';

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

describe('geometry checks', () => {
  it('finds no crossing in a square and one in a bow tie', () => {
    expect(selfIntersections(square.coordinates[0]!)).toEqual([]);
    expect(
      selfIntersections([
        [0, 0],
        [2, 2],
        [2, 0],
        [0, 2],
        [0, 0],
      ]),
    ).toEqual([[0, 2]]);
  });
  it('tells points inside from points outside', () => {
    expect(inAny([1, 1], [square])).toBe(true);
    expect(inAny([3, 1], [square])).toBe(false);
  });
  it('measures how much of a line lies inside', () => {
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
});
