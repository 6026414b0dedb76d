import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { influenceZones, landComponents, type Area, type BBox } from '../../src/model/control-zones.ts';
import { controlAreas } from '../../src/model/control-areas.ts';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'control', 'river-town.geojson'), 'utf8')) as FeatureCollection & {
  bbox: BBox;
};
const bbox = fixture.bbox;
const water = fixture.features.filter((f) => f.properties?.role === 'water') as Feature<Polygon>[];
const sites = fixture.features
  .filter((f) => f.properties?.role !== 'water')
  .map((f) => ({
    id: f.properties?.id as string,
    point: (f as Feature<Point>).geometry.coordinates as [number, number],
    hasZone: f.properties?.role === 'site',
  }));
const ids = sites.map((s) => s.id);

describe('landComponents', () => {
  it('splits the box into the two banks of the river', () => {
    const land = landComponents(bbox, water);
    expect(land).toHaveLength(2);
    expect(land.some((c) => booleanPointInPolygon([30.32, 59.94], c))).toBe(false);
  });
});

describe('influenceZones', () => {
  const land = landComponents(bbox, water);
  const zones = influenceZones(sites, land, bbox, 0.8);

  it('gives every site on land a zone and the ship none', () => {
    expect([...zones.keys()].sort()).toEqual(['north-a', 'north-b', 'south-a']);
  });
  it('keeps each zone on its own bank, and out of the water', () => {
    const north = zones.get('north-a') as Area;
    expect(booleanPointInPolygon([30.31, 59.936], north)).toBe(false); // across the river
    expect(booleanPointInPolygon([30.31, 59.94], north)).toBe(false); // in the river
    expect(booleanPointInPolygon([30.31, 59.943], north)).toBe(true);
  });
  it('splits a bank between its sites: a point nearer north-b is not in north-a', () => {
    expect(booleanPointInPolygon([30.327, 59.945], zones.get('north-a') as Area)).toBe(false);
    expect(booleanPointInPolygon([30.327, 59.945], zones.get('north-b') as Area)).toBe(true);
  });
  it('reaches no further than the radius', () => {
    // With a 0.3 km radius: 0.005° of longitude here is ~0.28 km, 0.007° is ~0.39 km.
    const small = influenceZones(sites, land, bbox, 0.3).get('north-b') as Area;
    expect(booleanPointInPolygon([30.335, 59.945], small)).toBe(true);
    expect(booleanPointInPolygon([30.337, 59.945], small)).toBe(false);
  });

  it('grows the Bolshevik area as sites change hands', () => {
    const early = controlAreas(ids, ['bolshevik', 'government', 'government', 'bolshevik'], zones);
    const later = controlAreas(ids, ['bolshevik', 'bolshevik', 'contested', 'bolshevik'], zones);
    const size = (a: Area | null) => (a ? area(a) : 0);
    expect(size(later.bolshevik)).toBeGreaterThan(size(early.bolshevik));
    expect(size(later.government)).toBe(0);
    expect(later.government).toBeNull();
    // The union of two neighbouring zones is one area equal to their sum (they do not overlap).
    const sum = area(zones.get('north-a') as Area) + area(zones.get('north-b') as Area);
    expect(size(later.bolshevik) / sum).toBeCloseTo(1, 3);
  });
});
