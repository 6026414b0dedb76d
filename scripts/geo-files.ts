/**
 * Reads geo/ from disk for the build, the check command and the tests. Node only: the browser
 * gets the validated data through the `virtual:geo` module that the Vite plugin generates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASEMAP_LAYERS } from '../src/model/schema.ts';
import { basemapFile, HISTORY_FILES, validateGeo, type FileTexts, type GeoResult } from '../src/model/validate.ts';

/** Every file of geo/ that the app reads, relative to the project root; all are required. */
export const GEO_PATHS: readonly string[] = [...Object.values(HISTORY_FILES), ...BASEMAP_LAYERS.map(basemapFile)];

export function readGeoFiles(root: string): FileTexts {
  const files: FileTexts = {};
  for (const path of GEO_PATHS) {
    const full = join(root, path);
    files[path] = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  }
  return files;
}

/** Validates the copy of geo/ under `root` (the project, or another root holding a geo/ folder). */
export function checkGeo(root: string): GeoResult {
  return validateGeo(readGeoFiles(root));
}
