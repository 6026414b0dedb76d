// Derives geo/basemap/*.geojson from the OpenStreetMap extract in geo/basemap/source/, the 1917
// corrections in geo/basemap/1917/ and the hand-drawn parts in scripts/basemap/. Deterministic:
// the same inputs give the same bytes.
//   npm run basemap:build            writes the files
//   npm run basemap:build -- --check fails (exit 1) if a committed file differs from a fresh build
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collection, readJson, ROOT, stringify } from './lib.mjs';
import { buildWater } from './water.mjs';
import { buildStreets } from './streets.mjs';
import { buildBridges } from './bridges.mjs';
import { buildLabels } from './labels.mjs';
import { build as buildParks } from './parks.mjs';
import { build as buildRailways } from './railways.mjs';
import { buildBlocks } from './blocks.mjs';

const water = readJson('geo/basemap/source/water.geojson');
const roads = readJson('geo/basemap/source/roads.geojson');

/** Each layer and whether its geometry is derived from OpenStreetMap (then it is ODbL). */
const waterFeatures = buildWater(water, roads);
const streetFeatures = buildStreets(roads);
const parkFeatures = buildParks();
const layers = {
  water: [waterFeatures, true],
  streets: [streetFeatures, true],
  blocks: [buildBlocks(streetFeatures, waterFeatures, parkFeatures), true],
  bridges: [buildBridges(roads, waterFeatures), true],
  labels: [buildLabels(), false],
  parks: [parkFeatures, false],
  railways: [buildRailways(), false],
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, [features, fromOsm]] of Object.entries(layers)) {
  const path = join(ROOT, 'geo', 'basemap', `${name}.geojson`);
  const text = stringify(collection(`petrograd-1917-${name}`, features, fromOsm));
  if (check) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed !== text) {
      stale += 1;
      console.log(`geo/basemap/${name}.geojson differs from a fresh build: run npm run basemap:build and commit the result`);
    }
  } else writeFileSync(path, text);
  console.log(`${name}: ${features.length} features, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
if (stale) process.exit(1);
