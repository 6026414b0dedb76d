/**
 * What the build ships as `virtual:control-areas` (scripts/control-areas-build.ts), on the small
 * history fixture: the same areas, sizes and holdings as the model works out, in the epochs the
 * app numbers with holdingsEpoch. The shipped data itself is compared with
 * tests/fixtures/control/out/history.control-areas.json (`REGEN=1` writes it anew).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import { feature } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { controlAreaData } from '../../scripts/control-areas-build.ts';
import { controlAreas, holdingsOfEveryEpoch, SIDES, type BBox } from '../../src/model/control-areas.ts';
import { influenceZones, landComponents } from '../../src/model/control-zones.ts';
import { compileHistory } from '../../src/model/history.ts';
import { holdingsEpoch, statesAt } from '../../src/model/state.ts';
import { validateHistory } from '../../src/model/validate.ts';
import { fixtureTexts } from '../fixtures/load.ts';

const BBOX: BBox = [30.27, 59.92, 30.42, 59.96];
const data = validateHistory(fixtureTexts()).data;
if (!data) throw new Error('the history fixture is invalid');
const history = compileHistory(data);
const shipped = controlAreaData(data, [], BBOX);
const zones = influenceZones(
  history.sites.map((s) => ({ id: s.id, point: s.point, hasZone: s.kind !== 'ship' })),
  landComponents(BBOX, []),
  BBOX,
);
const epochs = holdingsOfEveryEpoch(history.sites, history.changeMoments);
const exact = epochs.map((states) =>
  controlAreas(
    history.sites.map((s) => s.id),
    states,
    zones,
  ),
);

describe('holdingsOfEveryEpoch', () => {
  it('numbers the epochs as holdingsEpoch does', () => {
    expect(epochs).toHaveLength(history.changeMoments.length + 1);
    expect(epochs[0]).toEqual(statesAt(history.sites, Number.NEGATIVE_INFINITY));
    history.changeMoments.forEach((moment) => {
      const epoch = holdingsEpoch(history.changeMoments, moment);
      expect(epochs[epoch]).toEqual(statesAt(history.sites, moment));
      expect(epochs[epoch - 1]).toEqual(statesAt(history.sites, moment - 1));
    });
  });
});

describe('controlAreaData', () => {
  it('ships the expected data', () => {
    const path = join(import.meta.dirname, '..', 'fixtures', 'control', 'out', 'history.control-areas.json');
    const text = `${JSON.stringify(shipped, null, 1)}\n`;
    if (process.env.REGEN) writeFileSync(path, text);
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('says who holds each zone in every epoch', () => {
    const zoneIds = shipped.topology.objects.zones.geometries.map((g) => g.id);
    expect(zoneIds).toEqual([...zones.keys()]);
    expect(shipped.holders).toEqual(epochs.map((states) => zoneIds.map((id) => states[history.sites.findIndex((s) => s.id === id)])));
  });

  it('gives the size of each side in every epoch, to 0.001 km²', () => {
    for (const side of SIDES) expect(shipped.km2[side]).toEqual(exact.map((a) => Number(a[`${side}Km2`].toFixed(3))));
    // The fixture's story: the Bolshevik area grows once the telegraph changes hands.
    expect(shipped.km2.bolshevik.at(-1)).toBeGreaterThan(shipped.km2.bolshevik[0] as number);
  });

  it('ships every epoch’s areas as the model makes them (within the 0.6 m grid)', () => {
    for (const side of SIDES) {
      const geometries = shipped.topology.objects[side].geometries;
      expect(geometries).toHaveLength(epochs.length);
      geometries.forEach((geometry: GeometryObject, epoch) => {
        const model = exact[epoch]?.[side];
        if (!model) return expect(geometry.type).toBeNull();
        const decoded = feature(shipped.topology, geometry);
        expect('geometry' in decoded && decoded.geometry.type).toBe(model.geometry.type);
        expect(area(decoded) / area(model)).toBeCloseTo(1, 3);
      });
    }
  });

  it('ships each zone as the model makes it', () => {
    const decoded = feature(shipped.topology, shipped.topology.objects.zones);
    decoded.features.forEach((zone) => expect(area(zone) / area(zones.get(String(zone.id)) as never)).toBeCloseTo(1, 3));
  });

  // The telegraph's and the bridge's zones meet along their bisector: held by one side, they are
  // one area, with no outline between them, and its size is the sum of theirs (they do not overlap).
  it('makes one area of two neighbouring zones held by one side', () => {
    const government = exact[0]?.government;
    expect(government?.geometry.type).toBe('Polygon');
    expect(government?.geometry.coordinates).toHaveLength(1);
    const sum = area(zones.get('central-telegraph') as never) + area(zones.get('nikolaevsky-bridge') as never);
    expect(area(government as never) / sum).toBeCloseTo(1, 3);
  });
});
