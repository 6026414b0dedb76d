/**
 * Vite plugin: validates geo/ and serves it to the app as two virtual modules.
 *  - `virtual:geo`     the history (sites, events, routes, sources), in the main bundle;
 *  - `virtual:basemap` the 1917 city, imported lazily so the slider works before it is drawn.
 * Invalid data fails `vite build` and the dev server with the messages of `npm run check:geo`.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkGeo } from './geo-files.ts';
import { formatProblem } from '../src/model/validate.ts';

const MODULES = { 'virtual:geo': '\0virtual:geo', 'virtual:basemap': '\0virtual:basemap' } as const;

export function geoPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'petrograd-geo',
    configResolved(config) {
      // GEO_ROOT lets a test or a curator build the app from another copy of geo/.
      root = process.env.GEO_ROOT ?? config.root;
    },
    resolveId(id) {
      return id in MODULES ? MODULES[id as keyof typeof MODULES] : undefined;
    },
    load(id) {
      if (id !== MODULES['virtual:geo'] && id !== MODULES['virtual:basemap']) return undefined;
      const { problems, history, basemap } = checkGeo(root);
      this.addWatchFile(join(root, 'geo'));
      if (problems.length > 0 || !history || !basemap) {
        this.error(`geo/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
      return `export default ${JSON.stringify(id === MODULES['virtual:geo'] ? history : basemap)};`;
    },
  };
}
