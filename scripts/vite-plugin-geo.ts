/**
 * Vite plugin: validates geo/ and serves it to the app as virtual modules.
 *  - `virtual:geo`            the history (sites, events, routes, sources), in the main bundle;
 *  - `virtual:basemap`        the 1917 city, imported lazily so the slider works before it is drawn;
 *  - `virtual:control-areas`  the zones of influence and every epoch's control areas, computed
 *                             here once (scripts/control-areas-build.ts), imported lazily.
 * Invalid data fails `vite build` and the dev server with the messages of `npm run check:geo`.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { GEO_PATHS, readGeoFiles } from './geo-files.ts';
import { formatProblem, validateGeo, type FileTexts, type GeoResult } from '../src/model/validate.ts';
import { controlAreaModule } from './control-areas-build.ts';
import { CONTROL_BBOX } from '../src/model/vocabulary.ts';

const MODULES = {
  'virtual:geo': '\0virtual:geo',
  'virtual:basemap': '\0virtual:basemap',
  'virtual:control-areas': '\0virtual:control-areas',
} as const;
const RESOLVED = new Set<string>(Object.values(MODULES));

/** Validates the files, again only when one of them changed (the three modules load one after another). */
function validator() {
  let last: { files: FileTexts; result: GeoResult } | undefined;
  return (files: FileTexts): GeoResult => {
    const previous = last;
    if (previous && GEO_PATHS.every((path) => previous.files[path] === files[path])) return previous.result;
    last = { files, result: validateGeo(files) };
    return last.result;
  };
}

export function geoPlugin(): Plugin {
  let root = process.cwd();
  const validate = validator();
  return {
    name: 'petrograd-geo',
    configResolved(config) {
      // GEO_ROOT lets a test or a curator build the app from another copy of geo/.
      root = process.env.GEO_ROOT ? resolve(process.env.GEO_ROOT) : config.root;
    },
    resolveId(id) {
      return id in MODULES ? MODULES[id as keyof typeof MODULES] : undefined;
    },
    load(id) {
      if (!RESOLVED.has(id)) return undefined;
      const { problems, history, basemap } = validate(readGeoFiles(root));
      // Watch each data file (not the folder: in dev a watched path becomes a dependency to resolve).
      for (const path of GEO_PATHS) if (existsSync(join(root, path))) this.addWatchFile(join(root, path));
      if (problems.length > 0 || !history || !basemap) {
        this.error(`geo/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
      }
      if (id === MODULES['virtual:geo']) return `export default ${JSON.stringify(history)};`;
      if (id === MODULES['virtual:basemap']) return `export default ${JSON.stringify(basemap)};`;
      return controlAreaModule(history, basemap, CONTROL_BBOX);
    },
  };
}
