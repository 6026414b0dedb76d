/**
 * `npm run bench`: figures, not a test. Builds the app (with the real data and with ten times as
 * many sites), then in headless Chromium moves the slider through 500 steps and prints the
 * main-thread time per step — input handling and rendering, the frame callbacks that follow
 * (Leaflet's canvas redraws) and style/layout — as median and p95; does the same through
 * Leaflet.timeline on the same sites as the peer reference; times the control-area geometry;
 * and prints the gzipped size of the initial JavaScript and of the data.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { checkGeo } from './geo-files.ts';
import { compileHistory } from '../src/model/history.ts';
import { statesAt } from '../src/model/state.ts';
import { influenceZones, landComponents } from '../src/model/control-zones.ts';
import { controlAreas } from '../src/model/control-areas.ts';
import { CONTROL_BBOX } from '../src/model/vocabulary.ts';
import type { HistoryData } from '../src/model/schema.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache', 'bench');
const STEPS = 500;
const PASSES = 3;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** A copy of geo/ with every site repeated `factor` times, the copies spread over the city. */
function multipliedGeo(factor: number): string {
  const dir = join(OUT, `geo-x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'geo'), { recursive: true });
  cpSync(join(ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
  const file = join(dir, 'geo', 'sites.geojson');
  const collection = JSON.parse(readFileSync(file, 'utf8'));
  let seed = 1917;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const copies = [];
  for (let k = 1; k < factor; k += 1) {
    for (const feature of collection.features) {
      const id = `${feature.id}-copy-${k}`;
      const coordinates = [30.22 + random() * 0.2, 59.89 + random() * 0.09];
      const { line, ...properties } = feature.properties; // copies are points only
      copies.push({ ...feature, id, geometry: { type: 'Point', coordinates }, properties: { ...properties, id, key: false } });
    }
  }
  collection.features.push(...copies);
  writeFileSync(file, JSON.stringify(collection));
  return dir;
}

async function buildVariant(name: string, geoRoot: string, peer: boolean): Promise<string> {
  const outDir = join(OUT, name);
  process.env.GEO_ROOT = geoRoot;
  await build({
    root: peer ? join(ROOT, 'bench', 'peer') : ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    base: './',
    build: { outDir, emptyOutDir: true },
  });
  delete process.env.GEO_ROOT;
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

/**
 * Runs `steps` steps in the page and returns each step's main-thread time in ms: the synchronous
 * work of the input, plus the frame callbacks it caused (measured between a callback queued before
 * the input and one queued after it), plus the style and layout forced at the end.
 */
async function measureSteps(page: Page, mode: 'app' | 'peer'): Promise<number[]> {
  return page.evaluate(
    async ({ steps, mode }) => {
      const slider = document.querySelector<HTMLElement>('[role="slider"]');
      const times: number[] = [];
      const span = 3 * 24 * 60;
      for (let i = 0; i < steps; i += 1) {
        // Walk forward through the window in 10-minute steps and back again.
        const phase = Math.floor((i * 10) / span) % 2;
        let tA = 0;
        requestAnimationFrame(() => {
          tA = performance.now();
        });
        const t0 = performance.now();
        if (mode === 'app' && slider) slider.dispatchEvent(new KeyboardEvent('keydown', { key: phase === 0 ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
        else window.benchStep(((i * 10) % span) * (phase === 0 ? 1 : -1) + (phase === 0 ? 0 : span));
        await Promise.resolve();
        const tInput = performance.now() - t0;
        const frame = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            void document.body.offsetHeight; // force style and layout
            resolve(performance.now() - tA);
          }),
        );
        times.push(tInput + frame);
      }
      return times;
    },
    { steps: STEPS, mode },
  );
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const fmt = (n: number) => n.toFixed(2);

function gzipSize(file: string) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function sizes(dir: string) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const assets = readdirSync(join(dir, 'assets'));
  const data = assets.filter((a) => a.startsWith('_virtual_')).map((a) => `assets/${a}`);
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipSize(join(dir, f)), 0);
  return { initialJs: sum(initial), initialFiles: initial, data: sum(data), dataFiles: data };
}

function timeControlAreas(data: HistoryData, water: Parameters<typeof landComponents>[1]) {
  const history = compileHistory(data);
  const t0 = performance.now();
  const land = landComponents(CONTROL_BBOX, water);
  const zones = influenceZones(history.sites.map((s) => ({ id: s.id, point: s.point, hasZone: s.kind !== 'ship' })), land, CONTROL_BBOX);
  const t1 = performance.now();
  const ids = history.sites.map((s) => s.id);
  const epochs = [Number.NEGATIVE_INFINITY, ...history.changeMoments];
  for (const moment of epochs) controlAreas(ids, statesAt(history.sites, moment), zones);
  const t2 = performance.now();
  return { zonesMs: t1 - t0, unionsMs: t2 - t1, epochs: epochs.length, sites: history.sites.length };
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const x10 = multipliedGeo(10);
  console.log('Building the app and the peer (real data and ×10)…');
  const variants = {
    app1: await buildVariant('app-x1', ROOT, false),
    app10: await buildVariant('app-x10', x10, false),
    peer1: await buildVariant('peer-x1', ROOT, true),
    peer10: await buildVariant('peer-x10', x10, true),
  };

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: Record<string, { median: number; p95: number; sites: number }> = {};
  for (const [name, dir] of Object.entries(variants)) {
    const { server, url } = await serve(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const mode = name.startsWith('app') ? 'app' : 'peer';
    await page.goto(`${url}${mode === 'app' ? '?t=1917-10-24T00:00&lang=en' : ''}`);
    if (mode === 'app') await page.waitForSelector('.site-marker[data-site-id]');
    else await page.waitForFunction(() => window.benchReady === true);
    if (!(await page.evaluate(() => window.crossOriginIsolated))) console.warn(`${name}: not cross-origin isolated; timer resolution is coarse`);
    await page.waitForTimeout(1500); // let lazy chunks (basemap, zones) load and idle work settle
    await measureSteps(page, mode); // warm-up pass
    // Three measured passes pooled (1,500 steps), so that one noisy pass does not decide the p95.
    const times: number[] = [];
    for (let pass = 0; pass < PASSES; pass += 1) times.push(...(await measureSteps(page, mode)));
    const sites = await page.evaluate(() => document.querySelectorAll('.site-marker').length);
    results[name] = { median: percentile(times, 50), p95: percentile(times, 95), sites };
    await page.close();
    server.close();
  }
  await browser.close();

  console.log(`\nSlider: main-thread time per step, ${PASSES} passes of ${STEPS} steps (ms), input to painted frame`);
  console.log('                           median     p95   markers');
  const row = (label: string, r: { median: number; p95: number; sites: number }) => console.log(`${label.padEnd(26)} ${fmt(r.median).padStart(7)} ${fmt(r.p95).padStart(7)} ${String(r.sites).padStart(9)}`);
  row('app, real data', results.app1!);
  row('Leaflet.timeline, real', results.peer1!);
  row('app, ×10 sites', results.app10!);
  row('Leaflet.timeline, ×10', results.peer10!);
  console.log(`ratio app / Leaflet.timeline (p95): real ${fmt(results.app1!.p95 / results.peer1!.p95)}, ×10 ${fmt(results.app10!.p95 / results.peer10!.p95)}`);
  console.log(`budget: p95 < 8 ms at ×10 — ${results.app10!.p95 < 8 ? 'met' : 'NOT met'}`);

  const real = checkGeo(ROOT);
  const multiplied = checkGeo(x10);
  if (real.history && real.basemap && multiplied.history) {
    const a = timeControlAreas(real.history, real.basemap.water);
    const b = timeControlAreas(multiplied.history, real.basemap.water);
    console.log('\nControl areas (Node, same code as the build and the app)');
    console.log(`real data: zones for ${a.sites} sites ${fmt(a.zonesMs)} ms (build time); unions for all ${a.epochs} epochs ${fmt(a.unionsMs)} ms (${fmt(a.unionsMs / a.epochs)} ms each, in idle time)`);
    console.log(`×10 sites: zones for ${b.sites} sites ${fmt(b.zonesMs)} ms (build time); unions for all ${b.epochs} epochs ${fmt(b.unionsMs)} ms (${fmt(b.unionsMs / b.epochs)} ms each, in idle time)`);
  }

  const s = sizes(variants.app1);
  console.log('\nDownload (gzip -9)');
  console.log(`initial JavaScript: ${(s.initialJs / 1024).toFixed(1)} KB (${s.initialFiles.join(', ')}) — budget 150 KB: ${s.initialJs / 1024 < 150 ? 'met' : 'NOT met'}`);
  console.log(`data: ${(s.data / 1024).toFixed(1)} KB (${s.dataFiles.join(', ')})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
