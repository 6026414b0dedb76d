/**
 * The real commands on a curator's copy of geo/: `npm run check:geo` and the build's Vite plugin
 * both reject a site placed in the Neva, with the same message naming file, line, id and field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkGeo } from '../../scripts/geo-files.ts';
import { geoPlugin } from '../../scripts/vite-plugin-geo.ts';
import { formatProblem } from '../../src/model/validate.ts';

const project = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'petrograd-geo-'));
cpSync(join(project, 'geo'), join(copy, 'geo'), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

// Smolny moved into the Neva beside it, by editing the text as a curator would.
const sitesPath = join(copy, 'geo', 'sites.geojson');
const original = readFileSync(sitesPath, 'utf8');
const smolny = /("id": "smolny",\s*"geometry": \{\s*"type": "Point",\s*"coordinates": )\[[^\]]*\]/;
if (!smolny.test(original)) throw new Error('geo/sites.geojson has no Smolny feature laid out as expected');
const edited = original.replace(smolny, '$1[30.4035, 59.948]');
writeFileSync(sitesPath, edited);
const line = edited.slice(0, edited.indexOf('"geometry"', edited.indexOf('"id": "smolny"'))).split('\n').length;
const expected = `geo/sites.geojson:${line} › smolny › geometry: the point [30.4035,59.948] lies in the Neva (water); sites other than ships must be on land`;

/** The function of a hook, whether the plugin gives it bare or as `{ handler }`. */
function handlerOf<F>(hook: F | { handler: F } | undefined): F {
  if (!hook) throw new Error('the plugin lacks the hook');
  return typeof hook === 'function' ? hook : (hook as { handler: F }).handler;
}

/** Loads a module of the plugin as Vite would, with the two context methods the plugin uses. */
function load(plugin: Plugin, id: string): unknown {
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    addWatchFile() {},
  };
  // The stub stands in for Vite's contexts: the plugin uses only the methods above.
  handlerOf(plugin.configResolved).call(context as never, { root: project } as never);
  return handlerOf(plugin.load).call(context as never, id);
}

// Each test validates all of geo/ (a second or two on a busy machine), so they get more than the default 5 s.
describe('a site in the Neva', { timeout: 30_000 }, () => {
  it('is found by the check', () => {
    expect(checkGeo(copy).problems.map(formatProblem)).toEqual([expected]);
  });
  it('fails the build (the Vite plugin), with the message', () => {
    process.env.GEO_ROOT = copy;
    try {
      expect(() => load(geoPlugin(), '\0virtual:geo')).toThrow(`geo/ has 1 problem:\n${expected}`);
    } finally {
      delete process.env.GEO_ROOT;
    }
  });
  it('fails npm run check:geo, which prints it and exits 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(project, 'scripts', 'check-geo.ts')], {
      env: { ...process.env, GEO_ROOT: copy },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${expected}\n\n1 problem in geo/ (in ${copy}). Nothing was built.`);
  });
  it('the real geo/ builds', () => {
    expect(load(geoPlugin(), '\0virtual:geo')).toMatch(/^export default \{"sites":\[/);
  });
});
