/**
 * Reads geo/ from disk for the build, the check command and the tests. Node only: the browser
 * gets the validated data through the `virtual:geo` module that the Vite plugin generates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASEMAP_LAYERS } from '../src/model/schema.ts';
import { basemapFile, HISTORY_FILES, validateBasemap, validateHistory, type FileTexts, type Problem } from '../src/model/validate.ts';

/** Every file of geo/ that the app reads, relative to the project root. */
export const GEO_PATHS: readonly string[] = [...Object.values(HISTORY_FILES), ...BASEMAP_LAYERS.map(basemapFile)];

export function readGeoFiles(root: string): FileTexts {
  const files: FileTexts = {};
  const paths = GEO_PATHS;
  for (const path of paths) {
    const full = join(root, path);
    files[path] = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  }
  return files;
}

export function checkGeo(root: string) {
  const files = readGeoFiles(root);
  const history = validateHistory(files);
  const basemap = validateBasemap(files);
  const problems: Problem[] = [...history.problems, ...basemap.problems];
  return { problems, history: history.data, basemap: basemap.data };
}
