import { describe, expect, it } from 'vitest';
import { inside, overlaps } from '../../src/map/label-boxes.ts';
import { labelCandidates, turnedBox } from '../../src/map/label-placement.ts';

describe('what a basemap label keeps clear of', () => {
  it('boxes that touch do not overlap; a gap makes them', () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    const b = { left: 10, top: 0, right: 20, bottom: 10 };
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(a, b, 1)).toBe(true);
    expect(overlaps(a, { left: 3, top: 3, right: 4, bottom: 4 })).toBe(true);
  });
  it('the gap across and the gap up and down are apart; the second is the first unless given', () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    const below = { left: 0, top: 12, right: 10, bottom: 20 };
    expect(overlaps(a, below, 4, 1)).toBe(false);
    expect(overlaps(a, below, 1, 3)).toBe(true);
    expect(overlaps(a, below, 3)).toBe(true);
  });
  it('a label half off the map is not inside it', () => {
    const frame = { left: 0, top: 0, right: 100, bottom: 100 };
    expect(inside({ left: 10, top: 10, right: 90, bottom: 90 }, frame)).toBe(true);
    expect(inside({ left: 90, top: 10, right: 110, bottom: 20 }, frame)).toBe(false);
  });
});

describe('where a street name may go', () => {
  it('the longest segments first, across all the lines of the street, turned along them', () => {
    const places = labelCandidates(
      [
        [
          [30.3, 59.9],
          [30.301, 59.9],
        ],
        [
          [30.31, 59.9],
          [30.31, 59.91],
        ],
      ],
      2,
    );
    expect(places).toHaveLength(2);
    expect(places[0]).toMatchObject({ lon: 30.31, lat: 59.905 });
    expect(Math.abs(places[0]!.angle)).toBe(90);
    expect(places[1]).toMatchObject({ lon: 30.3005, lat: 59.9, angle: 0 });
  });
  it('a text turned by 90° takes its height across and its width down', () => {
    const box = turnedBox(50, 50, 40, 10, 90);
    expect(box.right - box.left).toBeCloseTo(10);
    expect(box.bottom - box.top).toBeCloseTo(40);
  });
});
