/**
 * Where things stand: sites on land (ships in water, bridges over it), bridges from bank to
 * bank, ship routes in water, other routes on land; and polygons whose rings do not cross.
 * The fixture basemap is one stretch of the Bolshaya Neva and a pond (tests/fixtures/basemap).
 */
import { describe, expect, it } from 'vitest';
import { basemapFile, formatProblem, HISTORY_FILES, validateGeo, type FileTexts } from '../../src/model/validate.ts';
import { editFixture, geoFixtureTexts, lineOf, type Json } from '../fixtures/load.ts';

const SITES = HISTORY_FILES.sites;
const ROUTES = HISTORY_FILES.routes;
const WATER = basemapFile('water');
const BRIDGES = basemapFile('bridges');

const out = (texts: FileTexts) => validateGeo(texts).problems.map(formatProblem);
const edit = (file: string, change: (json: Json) => void) => editFixture(geoFixtureTexts(), file, change);
/** A land route from the fixture's Aurora route, with other coordinates. */
const withRoute = (kind: string, coordinates: number[][]) =>
  edit(ROUTES, (j) => {
    j.features[0].properties.kind = kind;
    j.features[0].geometry.coordinates = coordinates;
  });

describe('sites', () => {
  it('a site in the river names the river, the file, the line and the feature', () => {
    const texts = edit(SITES, (j) => (j.features[0].geometry.coordinates = [30.27, 59.935]));
    const line = lineOf(texts[SITES] as string, '"geometry"');
    expect(out(texts)).toEqual([
      `geo/sites.geojson:${line} › central-telegraph › geometry: the point [30.27,59.935] lies in the Bolshaya Neva (water); sites other than ships must be on land`,
    ]);
  });
  it('a ship on land', () => {
    const texts = edit(SITES, (j) => {
      j.features[0].properties.kind = 'ship';
    });
    expect(out(texts)).toEqual([
      expect.stringMatching(
        /^geo\/sites\.geojson:\d+ › central-telegraph › geometry: the point \[30\.2985,59\.9322\] lies on land; a ship must be in water \(GeoJSON order is \[longitude, latitude\]\)$/,
      ),
    ]);
  });
  it('a bridge site far from water', () => {
    const texts = edit(SITES, (j) => {
      j.features[1].geometry.coordinates = [30.29, 59.928];
      delete j.features[1].properties.line;
    });
    expect(out(texts)).toEqual([
      expect.stringMatching(
        /› nikolaevsky-bridge › geometry: the point \[30\.29,59\.928\] is \d+ m from water; a bridge site must be on its bridge, over water$/,
      ),
    ]);
  });
  it('a bridge site whose line is off the water', () => {
    const texts = edit(SITES, (j) => {
      j.features[1].properties.line = [
        [30.296, 59.931],
        [30.297, 59.932],
      ];
    });
    const line = lineOf(texts[SITES] as string, '"line"');
    expect(out(texts)).toEqual([
      `geo/sites.geojson:${line} › nikolaevsky-bridge › line: only 0% of the bridge lies over water; a bridge must span water from bank to bank (at least half of it over water)`,
    ]);
  });
  it('is not judged beyond the drawn water (Smolny lies east of the fixture river)', () => {
    expect(out(edit(SITES, (j) => (j.features[2].geometry.coordinates = [30.45, 59.935])))).toEqual([]);
  });
  it('a site that also fails the schema is still placed', () => {
    const texts = edit(SITES, (j) => {
      j.features[0].geometry.coordinates = [30.27, 59.935];
      j.features[0].properties.kind = 'castle';
    });
    expect(out(texts)).toEqual([
      expect.stringContaining('central-telegraph › geometry: the point [30.27,59.935] lies in the Bolshaya Neva (water)'),
      expect.stringContaining('central-telegraph › kind: "castle" is not a known kind'),
    ]);
  });
});

describe('bridges of the basemap', () => {
  it('an end in the water', () => {
    const texts = edit(BRIDGES, (j) => (j.features[0].geometry.coordinates[0] = [30.2893, 59.934]));
    expect(out(texts)).toEqual([
      expect.stringMatching(
        /^geo\/basemap\/bridges\.geojson:\d+ › nikolaevsky-bridge › geometry\.coordinates\[0\]: the bridge's end \[30\.2893,59\.934\] lies in the Bolshaya Neva \(water\); a bridge ends on land, at a bank$/,
      ),
    ]);
  });
  it('an end far from the bank', () => {
    const texts = edit(BRIDGES, (j) => (j.features[0].geometry.coordinates[1] = [30.2898, 59.9372]));
    expect(out(texts)).toEqual([
      expect.stringMatching(
        /› nikolaevsky-bridge › geometry\.coordinates\[1\]: the bridge's end \[30\.2898,59\.9372\] is 1\d\d m from the nearest bank; a bridge ends at a bank \(within 80 m\)$/,
      ),
    ]);
  });
  it('a bridge on land', () => {
    const texts = edit(BRIDGES, (j) => {
      j.features[0].geometry.coordinates = [
        [30.296, 59.931],
        [30.297, 59.932],
      ];
    });
    expect(out(texts)).toEqual([expect.stringContaining('› nikolaevsky-bridge › geometry.coordinates: only 0% of the bridge lies over water')]);
  });
});

describe('routes', () => {
  it('a ship route over land', () => {
    const texts = withRoute('ship', [
      [30.26, 59.929],
      [30.2895, 59.9348],
      [30.2895, 59.931],
      [30.2995, 59.931],
    ]);
    expect(out(texts)).toEqual([
      expect.stringMatching(
        /^geo\/routes\.geojson:\d+ › aurora-up-the-neva › geometry\.coordinates\[1\]: the route runs \d+ m over land from \[30\.2895,59\.93\d+\] to \[30\.29\d+,59\.931\]; a ship route must keep to the water$/,
      ),
    ]);
  });
  it('a ship that touches the quay is fine', () => {
    expect(
      out(
        withRoute('ship', [
          [30.26, 59.929],
          [30.2895, 59.9348],
          [30.2895, 59.9328],
        ]),
      ),
    ).toEqual([]);
  });
  it('a column through the river with no bridge', () => {
    const texts = withRoute('column', [
      [30.255, 59.924],
      [30.255, 59.937],
    ]);
    const line = lineOf(texts[ROUTES] as string, '[', 3); // the first position (after "features" and "coordinates")
    expect(out(texts)).toEqual([
      `geo/routes.geojson:${line} › aurora-up-the-neva › geometry.coordinates[0]: the route runs 1248 m through the Bolshaya Neva (water) from [30.255,59.92503] to [30.255,59.93615] with no bridge there; a column route keeps to land and crosses water on a bridge`,
    ]);
  });
  it('a column over the bridge of the basemap is fine, and so is a short crossing of a canal (its small bridges are not drawn)', () => {
    expect(
      out(
        withRoute('column', [
          [30.2893, 59.932],
          [30.2897, 59.9375],
        ]),
      ),
    ).toEqual([]);
    const canal = editFixture(
      withRoute('foot', [
        [30.2985, 59.93],
        [30.2985, 59.9328],
      ]),
      WATER,
      (j) =>
        j.features.push({
          type: 'Feature',
          id: 'moika',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [30.29, 59.9312],
                [30.31, 59.9312],
                [30.31, 59.9315],
                [30.29, 59.9315],
                [30.29, 59.9312],
              ],
            ],
          },
          properties: { id: 'moika', kind: 'river', name: { en: 'Moika', ru: 'Мойка' } },
        }),
    );
    expect(out(canal)).toEqual([]);
  });
  it('a land route is not judged while the bridges are broken, nor anything while the water is', () => {
    const column = withRoute('column', [
      [30.255, 59.924],
      [30.255, 59.937],
    ]);
    const brokenBridges = editFixture(column, BRIDGES, (j) => (j.features[0].properties.built = 1936));
    expect(out(brokenBridges)).toEqual([expect.stringContaining('nikolaevsky-bridge › built: a bridge built after 1917')]);
    const brokenWater = editFixture(column, WATER, (j) => (j.features[0].properties.kind = 'sea'));
    expect(out(brokenWater)).toEqual([expect.stringContaining('bolshaya-neva › kind: "sea" is not a known water kind')]);
  });
});

describe('polygon rings', () => {
  const withRing = (ring: number[][]) => edit(WATER, (j) => (j.features[0].geometry.coordinates = [ring]));
  it('a ring that crosses itself', () => {
    const texts = withRing([
      [30.25, 59.925],
      [30.3, 59.9362],
      [30.3, 59.925],
      [30.25, 59.9362],
      [30.25, 59.925],
    ]);
    expect(out(texts)).toEqual([
      expect.stringMatching(
        /^geo\/basemap\/water\.geojson:\d+ › bolshaya-neva › geometry\.coordinates\[0\]: the ring crosses itself at \[30\.275,59\.9306\]; a ring must not cross itself$/,
      ),
    ]);
  });
  it('a ring that is not closed', () => {
    const texts = withRing([
      [30.25, 59.925],
      [30.3, 59.925],
      [30.3, 59.9362],
      [30.25, 59.9362],
      [30.25, 59.93],
    ]);
    expect(out(texts)).toEqual([
      expect.stringMatching(/› bolshaya-neva › geometry\.coordinates\[0\]: ring is not closed \(first and last positions differ\)$/),
    ]);
  });
  it('a hole that crosses the outline', () => {
    const texts = edit(WATER, (j) =>
      j.features[0].geometry.coordinates.push([
        [30.29, 59.935],
        [30.31, 59.935],
        [30.31, 59.936],
        [30.29, 59.936],
        [30.29, 59.935],
      ]),
    );
    expect(out(texts)).toEqual([
      expect.stringMatching(
        /› bolshaya-neva › geometry\.coordinates\[1\]: ring 1 crosses ring 0 at \[30\.3,59\.93\d*\]; a hole must lie inside the outline, apart from the other holes$/,
      ),
    ]);
  });
  it('in any layer with polygons (a park)', () => {
    const texts = edit(basemapFile('parks'), (j) => {
      j.features[0].geometry.coordinates[0] = [
        [30.306, 59.9365],
        [30.314, 59.9385],
        [30.314, 59.9365],
        [30.306, 59.9385],
        [30.306, 59.9365],
      ];
    });
    expect(out(texts)).toEqual([expect.stringContaining('geo/basemap/parks.geojson:')]);
  });
});
