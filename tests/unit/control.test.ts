/**
 * Control zones and control areas on small fixtures, turf style: each fixture in
 * tests/fixtures/control/in/ gives water, sites and their holdings per epoch; the zones and every
 * epoch's areas are compared with tests/fixtures/control/out/ (open them in any GeoJSON viewer).
 * `REGEN=1 npx vitest run tests/unit/control.test.ts` writes the expected files anew.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import { influenceZones, landComponents, type Area, type BBox } from '../../src/model/control-zones.ts';
import { controlAreas, SIDES } from '../../src/model/control-areas.ts';
import type { SiteState } from '../../src/model/schema.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'control');
const REGEN = Boolean(process.env.REGEN);

interface Fixture {
  bbox: BBox;
  water: Feature<Polygon>[];
  sites: { id: string; point: [number, number]; hasZone: boolean; holdings: SiteState[] }[];
}

function readFixture(name: string): Fixture {
  const collection = JSON.parse(readFileSync(join(DIR, 'in', `${name}.geojson`), 'utf8')) as FeatureCollection & { bbox: BBox };
  return {
    bbox: collection.bbox,
    water: collection.features.filter((f) => f.properties?.role === 'water') as Feature<Polygon>[],
    sites: collection.features
      .filter((f) => f.properties?.role !== 'water')
      .map((f) => ({
        id: f.properties?.id as string,
        point: (f as Feature<Point>).geometry.coordinates as [number, number],
        hasZone: f.properties?.role === 'site',
        holdings: f.properties?.holdings as SiteState[],
      })),
  };
}

/** Coordinates to 1e-7° (1 cm), so that the expected files do not depend on the last bits of a float. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e7) / 1e7 : v)));
}

/** Compares with the expected file, or writes it when REGEN is set. */
function expectFixture(file: string, actual: FeatureCollection) {
  const path = join(DIR, 'out', file);
  const text = `${JSON.stringify(rounded(actual), null, 1)}\n`;
  if (REGEN) writeFileSync(path, text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

function outputs(fixture: Fixture) {
  const zones = influenceZones(fixture.sites, landComponents(fixture.bbox, fixture.water), fixture.bbox, 0.8);
  const ids = fixture.sites.map((s) => s.id);
  const epochs = (fixture.sites[0]?.holdings ?? []).map((_, epoch) => fixture.sites.map((s) => s.holdings[epoch] as SiteState));
  const areas = epochs.map((states) => controlAreas(ids, states, zones));
  const zoneCollection: FeatureCollection = { type: 'FeatureCollection', features: [...zones].map(([id, zone]) => ({ ...zone, id })) };
  const areaCollection: FeatureCollection = {
    type: 'FeatureCollection',
    features: areas.flatMap((a, epoch) =>
      SIDES.flatMap((side) => {
        const shape = a[side];
        return shape ? [{ ...shape, properties: { epoch, side, km2: a[`${side}Km2`] } }] : [];
      }),
    ),
  };
  return { zones, areas, zoneCollection, areaCollection };
}

const FIXTURES = readdirSync(join(DIR, 'in')).map((file) => file.replace(/\.geojson$/, ''));

describe.each(FIXTURES)('control areas of %s (expected output)', (name) => {
  const fixture = readFixture(name);
  const { zoneCollection, areaCollection } = outputs(fixture);
  it('has the expected zones', () => expectFixture(`${name}.zones.geojson`, zoneCollection));
  it('has the expected areas in every epoch', () => expectFixture(`${name}.areas.geojson`, areaCollection));
});

describe('landComponents', () => {
  it('splits the box into the two banks of the river', () => {
    const { bbox, water } = readFixture('river-town');
    const land = landComponents(bbox, water);
    expect(land).toHaveLength(2);
    expect(land.some((c) => booleanPointInPolygon([30.32, 59.94], c))).toBe(false);
  });
  it('leaves a pond as a hole in its bank', () => {
    const { bbox, water } = readFixture('pond-square');
    const land = landComponents(bbox, water);
    expect(land).toHaveLength(1);
    expect(land[0]?.geometry.coordinates).toHaveLength(2);
  });
});

describe('influenceZones', () => {
  const fixture = readFixture('river-town');
  const { zones, areas } = outputs(fixture);

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
    const land = landComponents(fixture.bbox, fixture.water);
    const small = influenceZones(fixture.sites, land, fixture.bbox, 0.3).get('north-b') as Area;
    expect(booleanPointInPolygon([30.335, 59.945], small)).toBe(true);
    expect(booleanPointInPolygon([30.337, 59.945], small)).toBe(false);
  });

  it('grows the Bolshevik area as sites change hands; contested sites count for neither side', () => {
    const [first, , last] = areas;
    expect(last?.bolshevikKm2).toBeGreaterThan(first?.bolshevikKm2 ?? Infinity);
    expect(last?.government).toBeNull();
    expect(last?.governmentKm2).toBe(0);
    // The union of two neighbouring zones is one area equal to their sum (they do not overlap).
    const sum = area(zones.get('north-a') as Area) + area(zones.get('north-b') as Area);
    expect(last?.bolshevik?.geometry.type).toBe('Polygon');
    expect(((last?.bolshevikKm2 ?? 0) * 1e6) / sum).toBeCloseTo(1, 3);
  });
});

describe('control areas round a pond', () => {
  const { areas } = outputs(readFixture('pond-square'));
  it('makes one area with the pond as its hole once one side holds every site', () => {
    const all = areas.at(-1)?.bolshevik;
    expect(all?.geometry.type).toBe('Polygon');
    const rings = all?.geometry.coordinates as Position[][];
    expect(rings).toHaveLength(2);
    expect(booleanPointInPolygon([30.32, 59.94], all as Area)).toBe(false);
  });
});
