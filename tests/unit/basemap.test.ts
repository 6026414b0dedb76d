/**
 * The real basemap in geo/basemap, checked with turf: valid water, one connected Neva, sites on
 * land, bridges over water from bank to bank, the whole city covered, and known places where
 * they belong. A failure names the feature, so it can be opened in any GeoJSON viewer.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import union from '@turf/union';
import bbox from '@turf/bbox';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import { featureCollection } from '@turf/helpers';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { checkGeo } from '../../scripts/geo-files.ts';
import { fractionIn, inAny, selfIntersections } from '../../src/model/geometry-checks.ts';

const root = join(import.meta.dirname, '..', '..');
const { basemap, history } = checkGeo(root);
if (!basemap || !history) throw new Error('geo/ is invalid: run npm run check:geo');

const water = basemap.water as Feature<Polygon | MultiPolygon>[];
const rings = (f: Feature<Polygon | MultiPolygon>) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat());
const bankLines = water.flatMap((f) => {
  const lines = polygonToLine(f);
  const features = 'features' in lines ? lines.features : [lines];
  return features as Feature<LineString | MultiLineString>[];
});
/** Distance in metres from a point to the nearest bank. */
const toBank = (point: Position) =>
  Math.min(
    ...bankLines.flatMap((line) =>
      line.geometry.type === 'LineString'
        ? [pointToLineDistance(point, line.geometry, { units: 'meters' })]
        : line.geometry.coordinates.map((coordinates) => pointToLineDistance(point, { type: 'LineString', coordinates }, { units: 'meters' })),
    ),
  );

describe('water', () => {
  it('exists', () => {
    expect(water.length).toBeGreaterThan(10);
  });
  it.each(water.map((f) => [f.id, f] as const))('%s has no self-intersecting ring', (_, feature) => {
    for (const ring of rings(feature)) expect(selfIntersections(ring)).toEqual([]);
  });
  it('the Neva, its branches, the Nevkas, the straits and the gulf form one connected water body', { timeout: 30_000 }, () => {
    const system = water.filter((f) => ['river', 'strait', 'gulf'].includes(String(f.properties?.kind)));
    const merged = union(featureCollection(system));
    expect(merged).not.toBeNull();
    const parts = merged!.geometry.type === 'Polygon' ? 1 : merged!.geometry.coordinates.length;
    expect(parts).toBe(1);
  });
  it('every canal joins the rest of the water', { timeout: 30_000 }, () => {
    const merged = union(featureCollection(water.filter((f) => f.properties?.kind !== 'pond')));
    const parts = merged!.geometry.type === 'Polygon' ? 1 : merged!.geometry.coordinates.length;
    expect(parts).toBe(1);
  });
});

describe('coverage', () => {
  it('covers at least longitude 30.20–30.45 and latitude 59.88–60.00', () => {
    const [west, south, east, north] = bbox(featureCollection([...water, ...basemap.streets, ...basemap.labels] as Feature[]));
    expect(west).toBeLessThanOrEqual(30.2);
    expect(east).toBeGreaterThanOrEqual(30.45);
    expect(south).toBeLessThanOrEqual(59.88);
    expect(north).toBeGreaterThanOrEqual(60.0);
  });
});

describe('sites', () => {
  const onLand = history.sites.filter((s) => s.properties.kind !== 'ship' && s.properties.kind !== 'bridge');
  it.each(onLand.map((s) => [s.id, s.geometry.coordinates] as const))('%s lies on land', (_, point) => {
    expect(inAny(point, water)).toBe(false);
  });
  it.each(history.sites.filter((s) => s.properties.kind === 'ship').map((s) => [s.id, s.geometry.coordinates] as const))(
    'the ship %s lies in water',
    (_, point) => {
      expect(inAny(point, water)).toBe(true);
    },
  );
  const bridgeSites = history.sites.filter((s) => s.properties.kind === 'bridge' && s.properties.line);
  it.each(bridgeSites.map((s) => [s.id, s.properties.line as Position[]] as const))('the bridge site %s spans water from bank to bank', (_, line) => {
    expect(fractionIn(line, water)).toBeGreaterThan(0.5);
    for (const end of [line[0]!, line[line.length - 1]!]) {
      expect(inAny(end, water)).toBe(false);
      expect(toBank(end)).toBeLessThan(80);
    }
  });
});

describe('streets', () => {
  // Streets cross canals and rivers on bridges, but an embankment that runs in the river is misplaced.
  it.each(basemap.streets.map((s) => [s.id, s.geometry.coordinates] as const))('%s runs on land', (_, line) => {
    expect(fractionIn(line, water)).toBeLessThan(0.25);
  });
});

describe('movements', () => {
  const ships = history.routes.filter((r) => r.properties.kind === 'ship');
  it.each(ships.map((r) => [r.id, r.geometry.coordinates] as const))('the ship route %s keeps to the water', (_, line) => {
    expect(fractionIn(line, water)).toBeGreaterThan(0.9);
  });
});

describe('bridges of the basemap', () => {
  it('include the Neva bridges of 1917', () => {
    const ids = basemap.bridges.map((b) => b.id);
    for (const id of ['nikolaevsky-bridge', 'palace-bridge', 'troitsky-bridge', 'liteyny-bridge', 'bolsheokhtinsky-bridge']) expect(ids).toContain(id);
  });
  it.each(basemap.bridges.map((b) => [b.id, b.geometry.coordinates] as const))('%s crosses water and ends on land near a bank', (_, line) => {
    expect(fractionIn(line, water)).toBeGreaterThan(0.5);
    for (const end of [line[0]!, line[line.length - 1]!]) {
      expect(inAny(end, water)).toBe(false);
      expect(toBank(end)).toBeLessThan(80);
    }
  });
});

describe('known places', () => {
  const land: [string, Position][] = [
    ['Winter Palace', [30.3146, 59.9398]],
    ['Admiralty', [30.3084, 59.9375]],
    ['Kunstkamera (Strelka)', [30.3046, 59.9415]],
    ['Peter and Paul Cathedral', [30.3163, 59.9502]],
    ['Smolny', [30.3955, 59.9464]],
    ['Finland Station', [30.356, 59.9557]],
    ['Kazan Cathedral', [30.3245, 59.9343]],
    ['St Isaac’s Cathedral', [30.3061, 59.9341]],
    ['Mariinsky Palace', [30.3087, 59.9306]],
  ];
  const river: [string, Position][] = [
    ['the Neva between the Winter Palace and the fortress', [30.3165, 59.9445]],
    ['the Neva at the Liteyny Bridge', [30.349, 59.9515]],
    ['the Bolshaya Neva at the Nikolaevsky Bridge', [30.2895, 59.9348]],
    ['the Neva by Smolny', [30.4035, 59.948]],
  ];
  it.each(land)('%s is on land', (_, point) => expect(inAny(point, water)).toBe(false));
  it.each(river)('%s is water', (_, point) => expect(inAny(point, water)).toBe(true));
});
