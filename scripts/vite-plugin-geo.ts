/**
 * Vite plugin: validates geo/ and serves it to the app as virtual modules.
 *  - `virtual:geo`            the history (sites, events, routes, sources), in the main bundle;
 *  - `virtual:basemap`        the 1917 city as the map draws it (its plan projected and packed, its
 *                             labels placed: src/map/basemap-module.ts), imported lazily so the
 *                             slider works before it is drawn;
 *  - `virtual:control-areas`  the zones of influence and every epoch's control areas, computed
 *                             here once (scripts/control-areas-build.ts), imported lazily.
 * Invalid data fails `vite build` and the dev server with the messages of `npm run check:geo`.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { GEO_PATHS, readGeoFiles } from './geo-files.ts';
import { formatProblem, validateGeo, type FileTexts, type GeoResult } from '../src/model/validate.ts';
import type { BasemapData, HistoryData } from '../src/model/schema.ts';
import { controlAreaModule } from './control-areas-build.ts';
import { CONTROL_BBOX } from '../src/model/vocabulary.ts';
import { basemapModule } from '../src/map/basemap-module.ts';

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

/** The code the control areas are computed by: a change to it computes them again. */
const CONTROL_CODE = [
  'scripts/control-areas-build.ts',
  'src/model/control-zones.ts',
  'src/model/control-areas.ts',
  'src/model/state.ts',
  'src/model/history.ts',
  'src/model/time.ts',
  'package-lock.json',
];
const CACHE_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache', 'petrograd-control-areas');

/**
 * The control-area module, computed once for given data and code (several seconds) and kept in
 * node_modules/.cache, so that `npm start`, the build and the browser tests after it do not
 * compute the same areas again. Deleting the folder is always safe.
 */
function cachedControlAreaModule(history: HistoryData, basemap: BasemapData): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([history.sites, basemap.water, CONTROL_BBOX]));
  for (const file of CONTROL_CODE) hash.update(readFileSync(join(import.meta.dirname, '..', file)));
  const file = join(CACHE_DIR, `${hash.digest('hex').slice(0, 32)}.js`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const module = controlAreaModule(history, basemap, CONTROL_BBOX);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, module);
  return module;
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
      if (id === MODULES['virtual:basemap']) return `export default JSON.parse(${JSON.stringify(JSON.stringify(basemapModule(basemap)))});`;
      return cachedControlAreaModule(history, basemap);
    },
    // The history is imported dynamically (so that a failed download can be retried and end on the
    // unavailable screen), which would start its download only once the app's script has run: the
    // page asks for it at once, beside the script, instead.
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.facadeModuleId === MODULES['virtual:geo']);
        if (!chunk) return html;
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
