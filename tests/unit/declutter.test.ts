import { describe, expect, it } from 'vitest';
import { declutter } from '../../src/placement/declutter.ts';

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }, size: number) => Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;

describe('declutter', () => {
  it('leaves markers that do not overlap where they are', () => {
    expect(
      declutter(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
        48,
      ),
    ).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });
  it('moves the later of two overlapping markers clear of the first', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 5 },
    ];
    const [a, b] = declutter(points, 48);
    expect(a).toEqual({ dx: 0, dy: 0 });
    const moved = { x: 10 + (b?.dx ?? 0), y: 5 + (b?.dy ?? 0) };
    expect(overlaps(points[0]!, moved, 48)).toBe(false);
  });
  it('separates a cluster so that no two targets overlap', () => {
    const points = Array.from({ length: 9 }, (_, i) => ({ x: (i % 3) * 6, y: Math.floor(i / 3) * 6 }));
    const offsets = declutter(points, 48);
    const placed = points.map((p, i) => ({ x: p.x + offsets[i]!.dx, y: p.y + offsets[i]!.dy }));
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) expect(overlaps(placed[i]!, placed[j]!, 48 - 1), `${i} and ${j}`).toBe(false);
    }
  });
});
