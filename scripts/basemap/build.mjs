// Generates geo/basemap/*.geojson. Run: node scripts/basemap/build.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collection } from './lib.mjs';
import { buildWater } from './water.mjs';
import { buildLabels } from './labels.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'geo', 'basemap');
mkdirSync(out, { recursive: true });

const layers = { water: buildWater(), labels: buildLabels() };
for (const extra of ['streets', 'bridges', 'railways', 'parks']) {
  try {
    const mod = await import(`./${extra}.mjs`);
    layers[extra] = mod.build();
  } catch (e) {
    if (e.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
}

/** One feature per line: small diffs, readable, compact. */
function stringify(fc) {
  const { features, ...head } = fc;
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headJson},\n  "features": [\n${features.map((f) => '    ' + JSON.stringify(f)).join(',\n')}\n  ]\n}\n`;
}

for (const [name, features] of Object.entries(layers)) {
  writeFileSync(join(out, `${name}.geojson`), stringify(collection(`petrograd-1917-${name}`, features)));
  console.log(`${name}: ${features.length} features`);
}
