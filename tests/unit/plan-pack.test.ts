import { describe, expect, it } from 'vitest';
import { packPlan, projectPlan, toPixel, unpackPlan } from '../../src/map/plan-paint.ts';
import { basemapLabels } from '../../src/map/basemap-module.ts';
import type { BasemapData } from '../../src/model/schema.ts';

const name = (en: string, ru: string) => ({ en, ru });
/** A small city: one block, one river, two stretches of one street and a short lane, a district's name. */
const CITY = {
  blocks: [
    {
      type: 'Feature',
      id: 'b',
      properties: { id: 'b', kind: 'block', name: name('B', 'Б') },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [30.3, 59.93],
            [30.31, 59.93],
            [30.31, 59.94],
            [30.3, 59.93],
          ],
        ],
      },
    },
  ],
  water: [
    {
      type: 'Feature',
      id: 'neva',
      properties: { id: 'neva', kind: 'river', name: name('Neva', 'Нева') },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [30.28, 59.94],
            [30.34, 59.94],
            [30.34, 59.95],
            [30.28, 59.94],
          ],
        ],
      },
    },
  ],
  streets: [
    {
      type: 'Feature',
      properties: { id: 'n1', kind: 'street', rank: 1, name: name('Nevsky Prospekt', 'Невский проспект') },
      geometry: {
        type: 'LineString',
        coordinates: [
          [30.31, 59.932],
          [30.32, 59.933],
          [30.36, 59.931],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { id: 'n2', kind: 'street', rank: 1, name: name('Nevsky Prospekt', 'Невский проспект') },
      geometry: {
        type: 'LineString',
        coordinates: [
          [30.36, 59.931],
          [30.37, 59.93],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { id: 'l', kind: 'street', rank: 3, name: name('Lane', 'Переулок'), label: false },
      geometry: {
        type: 'LineString',
        coordinates: [
          [30.3, 59.92],
          [30.301, 59.921],
        ],
      },
    },
  ],
  bridges: [],
  parks: [],
  railways: [],
  labels: [
    {
      type: 'Feature',
      properties: { id: 'd', kind: 'district', name: name('Liteyny', 'Литейная'), minZoom: 12 },
      geometry: { type: 'Point', coordinates: [30.35, 59.945] },
    },
  ],
} as unknown as BasemapData;

describe('the plan as the build packs it', () => {
  it('unpacks to the projected shapes within a millionth of a zoom-0 pixel (0.13 px at zoom 17)', () => {
    const projected = projectPlan(CITY);
    const unpacked = unpackPlan(JSON.parse(JSON.stringify(packPlan(projected))));
    const pairs = [
      [projected.blocks, unpacked.blocks],
      [projected.water, unpacked.water],
      ...projected.streets.map(([, list], i) => [list, unpacked.streets[i]?.[1] ?? []] as const),
    ] as const;
    expect(unpacked.streets.map(([rank]) => rank)).toEqual(projected.streets.map(([rank]) => rank));
    for (const [before, after] of pairs) {
      expect(after).toHaveLength(before.length);
      before.forEach((shape, i) => {
        const other = after[i]!;
        shape.parts.forEach((xy, p) => {
          const back = other.parts[p]!;
          expect(back).toHaveLength(xy.length);
          xy.forEach((v, k) => expect(Math.abs(back[k]! - v)).toBeLessThanOrEqual(1e-6));
        });
        shape.box.forEach((v, k) => expect(Math.abs(other.box[k]! - v)).toBeLessThanOrEqual(1e-6));
      });
    }
    const [x, y] = toPixel(30.3, 59.93);
    expect(unpacked.blocks[0]!.parts[0]![0]).toBeCloseTo(x, 6);
    expect(unpacked.blocks[0]!.parts[0]![1]).toBeCloseTo(y, 6);
  });
});

describe('the labels as the build places them', () => {
  it('names each street once, on its longest segments across all its lines, and skips unchecked names', () => {
    const labels = basemapLabels(CITY);
    expect(labels.map((l) => l.name.en)).toEqual(['Liteyny', 'Nevsky Prospekt']);
    const nevsky = labels[1]!;
    expect(nevsky.minZoom).toBe(14);
    expect(nevsky.places).toHaveLength(3);
    // The longest segment (30.32 → 30.36) first, its middle rounded to a tenth of a metre.
    expect(nevsky.places[0]).toMatchObject({ lon: 30.34, lat: 59.932 });
  });
});
