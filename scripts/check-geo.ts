/**
 * `npm run check:geo`: validates every file in geo/ and prints all problems at once.
 * Exit code 0 when the data is valid, 1 otherwise. GEO_ROOT checks another copy: a folder that
 * holds a geo/ folder (as the Vite plugin reads it).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { checkGeo } from './geo-files.ts';
import { formatProblem } from '../src/model/validate.ts';

const root = process.env.GEO_ROOT ? resolve(process.env.GEO_ROOT) : join(dirname(fileURLToPath(import.meta.url)), '..');
const { problems, history, basemap } = checkGeo(root);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  const where = process.env.GEO_ROOT ? ` (in ${root})` : '';
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in geo/${where}. Nothing was built.`);
  process.exit(1);
}
const layerCounts = basemap
  ? Object.entries(basemap)
      .map(([layer, features]) => `${features.length} ${layer}`)
      .join(', ')
  : '';
console.log(
  `geo/ is valid: ${history?.sites.length} sites, ${history?.events.length} events, ${history?.routes.length} routes, ` +
    `${history?.sources.length} sources; basemap: ${layerCounts}.`,
);
