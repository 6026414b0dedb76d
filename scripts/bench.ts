/**
 * `npm run bench`: figures, not a test. Builds the app (with the real data and with ten times as
 * many sites), then in headless Chromium moves the slider through 500 steps and prints the
 * main-thread time per step — input handling and rendering, the frame callbacks that follow
 * (Leaflet's canvas redraws) and style/layout — as median, p95 and p99; does the same through
 * Leaflet.timeline on the same sites as the peer reference; times the control-area geometry;
 * pans and zooms the map across the centre and prints its frame times (bench-pan-zoom.ts);
 * measures the long tasks after load (bench-long-tasks.ts); and prints the gzipped size of the
 * initial JavaScript and of the data.
 *
 * BENCH_BASE=<another checkout> also builds and measures the app from there, in the same run,
 * for before/after comparisons. BENCH_PORT=<n> serves the pages on ports n, n+1, … (default:
 * any free port).
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { MultiPolygon, Polygon } from 'geojson';
import { inAny } from '../src/model/geometry-checks.ts';
import { chromium, type Page } from 'playwright-core';
import { printLongTasks } from './bench-long-tasks.ts';
import { measurePanZoom, printPanZoom, printPanZoomHeader, type PanZoomResult } from './bench-pan-zoom.ts';
import { checkGeo } from './geo-files.ts';
import { compileHistory } from '../src/model/history.ts';
import { holdingsEpoch } from '../src/model/state.ts';
import { windowEvents } from '../src/model/story.ts';
import type { History } from '../src/model/history.ts';
import { WINDOW_START } from '../src/model/time.ts';
import { controlAreaData } from './control-areas-build.ts';
import { CONTROL_BBOX } from '../src/model/vocabulary.ts';
import type { BasemapData, HistoryData } from '../src/model/schema.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache', 'bench');
const STEPS = 500;
const PASSES = 3;

/**
 * A copy of geo/ with every site repeated `factor` times, the copies spread over the city where
 * `check:geo` accepts them: on land, except ships and bridges, which keep their original's place.
 */
function multipliedGeo(factor: number): string {
  const dir = join(OUT, `geo-x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'geo'), { recursive: true });
  cpSync(join(ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
  const file = join(dir, 'geo', 'sites.geojson');
  const collection = JSON.parse(readFileSync(file, 'utf8'));
  const water = JSON.parse(readFileSync(join(ROOT, 'geo', 'basemap', 'water.geojson'), 'utf8')).features.map(
    (f: { geometry: Polygon | MultiPolygon }) => f.geometry,
  );
  let seed = 1917;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const onLand = (): [number, number] => {
    for (;;) {
      const point: [number, number] = [30.22 + random() * 0.2, 59.89 + random() * 0.09];
      if (!inAny(point, water)) return point;
    }
  };
  const copies = [];
  for (let k = 1; k < factor; k += 1) {
    for (const feature of collection.features) {
      const id = `${feature.id}-copy-${k}`;
      const kind = feature.properties.kind;
      const coordinates = kind === 'ship' || kind === 'bridge' ? feature.geometry.coordinates : onLand();
      const { line, ...properties } = feature.properties; // copies are points only
      // An event tells one change: the copies' changes are told by none.
      const timeline = properties.timeline?.map(({ event, ...change }: { event?: string }) => change);
      copies.push({ ...feature, id, geometry: { type: 'Point', coordinates }, properties: { ...properties, id, key: false, timeline } });
    }
  }
  collection.features.push(...copies);
  writeFileSync(file, JSON.stringify(collection));
  return dir;
}

async function buildVariant(name: string, geoRoot: string, peer: boolean, appRoot = ROOT): Promise<string> {
  const outDir = join(OUT, name);
  process.env.GEO_ROOT = geoRoot;
  await build({
    root: peer ? join(ROOT, 'bench', 'peer') : appRoot,
    configFile: join(peer ? ROOT : appRoot, 'vite.config.ts'),
    logLevel: 'error',
    base: './',
    build: { outDir, emptyOutDir: true },
  });
  delete process.env.GEO_ROOT;
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

function serve(dir: string, port = 0): Promise<{ server: Server; url: string }> {
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
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

/**
 * Runs `steps` steps in the page and returns each step's main-thread time in ms: the synchronous
 * work of the input (with the microtasks it queued), plus the frame that shows it — from a frame
 * callback queued before the input to a task posted from a frame callback queued after it, so
 * that the frame callbacks (Leaflet's canvas redraws), style, layout, paint and the commit to the
 * compositor are all counted. Not counted: a task the step queued that runs between the input and
 * that frame (in the app, the address-bar write, at most once every 2 s while the slider moves).
 */
async function measureSteps(page: Page, mode: 'app' | 'peer'): Promise<{ times: number[]; moments: number[] }> {
  return page.evaluate(
    async ({ steps, mode }) => {
      const slider = document.querySelector<HTMLElement>('[role="slider"]');
      const times: number[] = [];
      const moments: number[] = [];
      const span = 3 * 24 * 60;
      // Every pass walks the same path from the start of the window, for the app and the peer alike
      // (unmeasured reset; two frames let its restyling settle).
      if (mode === 'app' && slider) slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      else window.benchStep(0);
      // The jump back crosses every change of hands: let the flashes it started (1.2 s) end first.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (let f = 0; f < 2; f += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      let target = 0;
      for (let i = 0; i < steps; i += 1) {
        // Walk forward through the window in 10-minute steps and back again.
        const phase = Math.floor((i * 10) / span) % 2;
        let tA = 0;
        requestAnimationFrame(() => {
          // From the first animation-frame callback of the frame (see FRAME_START), so that work a
          // page put off to this frame counts, even when it was asked for before this step's input.
          tA = (window as unknown as { benchFrameStart?: number }).benchFrameStart ?? performance.now();
        });
        const t0 = performance.now();
        target = Math.min(span, Math.max(0, target + (phase === 0 ? 10 : -10))); // what the app's arrow key does
        if (mode === 'app' && slider) slider.dispatchEvent(new KeyboardEvent('keydown', { key: phase === 0 ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
        else window.benchStep(target);
        // The input's own work and every microtask it set off, however chained (React renders an
        // update that an effect made in a microtask queued behind this one).
        for (let k = 0; k < 8; k += 1) await Promise.resolve();
        const tInput = performance.now() - t0;
        const frame = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            // A posted message runs as the next task, after this frame's rendering is done.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - tA);
            channel.port2.postMessage(null);
          }),
        );
        times.push(tInput + frame);
        moments.push(mode === 'app' && slider ? Number(slider.getAttribute('aria-valuenow')) : target);
      }
      return { times, moments };
    },
    { steps: STEPS, mode },
  );
}

/**
 * Put into every page measured, before its own scripts: each animation-frame callback is wrapped so
 * that the first one of a frame notes when the frame's callbacks began (all callbacks of a frame get
 * the same timestamp). A step's frame is timed from there, so that work an app defers "to the next
 * frame" is counted in the step whose frame it lands in, whoever asked for it and when.
 */
const FRAME_START = `(() => {
  const request = window.requestAnimationFrame.bind(window);
  let frame = -1;
  window.requestAnimationFrame = (callback) => request((timestamp) => {
    if (timestamp !== frame) { frame = timestamp; window.benchFrameStart = performance.now(); }
    callback(timestamp);
  });
})();`;

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
  const lazy = assets.filter((a) => a.endsWith('.js') && !a.startsWith('_virtual_') && !initial.includes(`assets/${a}`)).map((a) => `assets/${a}`);
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipSize(join(dir, f)), 0);
  const each = (files: string[]) => files.map((f) => `${f.replace('assets/', '')} ${(gzipSize(join(dir, f)) / 1024).toFixed(1)}`).join(', ');
  return { initialJs: sum(initial), initialFiles: initial, data: sum(data), dataFiles: each(data), lazyJs: sum(lazy), lazyFiles: each(lazy) };
}

type StepKind = 'holdings change' | 'event reached' | 'movement' | 'other';
const STEP_KINDS: StepKind[] = ['holdings change', 'event reached', 'movement', 'other'];

/**
 * Sorts each step by the most that it had to do: change holdings, reach an event, move a route, or
 * none of these. Passes of `passLength` steps are pooled; each started from the window's start.
 */
function breakdown(history: History, times: number[], moments: number[], passLength: number): Record<StepKind, number[]> {
  const out = Object.fromEntries(STEP_KINDS.map((k) => [k, [] as number[]])) as Record<StepKind, number[]>;
  const events = windowEvents(history);
  moments.forEach((moment, i) => {
    const before = i % passLength === 0 ? WINDOW_START : (moments[i - 1] as number);
    const crosses = (m: number) => (m > before && m <= moment) || (m > moment && m <= before);
    let kind: StepKind = 'other';
    if (holdingsEpoch(history.changeMoments, before) !== holdingsEpoch(history.changeMoments, moment)) kind = 'holdings change';
    else if (events.some((e) => crosses(e.moment))) kind = 'event reached';
    else if (history.routes.some((r) => moment >= r.start && moment <= r.end)) kind = 'movement';
    out[kind].push(times[i] as number);
  });
  return out;
}

/** The control areas' build step (zones, every epoch's unions, the topology) and what it ships. */
function timeControlAreas(data: HistoryData, water: BasemapData['water']) {
  const t0 = performance.now();
  const areas = controlAreaData(data, water, CONTROL_BBOX);
  const ms = performance.now() - t0;
  const json = JSON.stringify(areas);
  return {
    ms,
    epochs: areas.holders.length,
    sites: data.sites.length,
    zones: areas.topology.objects.zones.geometries.length,
    bytes: json.length,
    gzip: gzipSync(json, { level: 9 }).length,
  };
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const x10 = multipliedGeo(10);
  console.log('Building the app and the peer (real data and ×10)…');
  // BENCH_ONLY=app1,peer1 measures only those variants (for quick comparisons while working);
  // BENCH_CSS adds a style sheet to every page measured.
  const only = process.env.BENCH_ONLY?.split(',');
  const base = process.env.BENCH_BASE;
  // Measured in this order, each variant of the app next to its peer.
  const plan: Record<string, readonly [string, string, boolean, string?]> = {
    app1: ['app-x1', ROOT, false],
    ...(base ? { base1: ['base-x1', ROOT, false, base] as const } : {}),
    peer1: ['peer-x1', ROOT, true],
    app10: ['app-x10', x10, false],
    ...(base ? { base10: ['base-x10', x10, false, base] as const } : {}),
    peer10: ['peer-x10', x10, true],
  };
  const variants: Record<string, string> = {};
  for (const [name, [dir, geoRoot, peer, appRoot]] of Object.entries(plan)) {
    if (!only || only.includes(name)) variants[name] = await buildVariant(dir, geoRoot, peer, appRoot);
  }
  const historyOf = (name: string) => (name.endsWith('10') ? x10 : ROOT);
  const portOf = (name: string) => (process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + Object.keys(plan).indexOf(name) : 0);

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: Record<string, { median: number; p95: number; p99: number; sites: number }> = {};
  const breakdowns: Record<string, Record<StepKind, number[]>> = {};
  const panZoom: Record<string, PanZoomResult> = {};
  for (const [name, dir] of Object.entries(variants)) {
    const { server, url } = await serve(dir, portOf(name));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(FRAME_START);
    const mode = name.startsWith('peer') ? 'peer' : 'app';
    await page.goto(`${url}${mode === 'app' ? '?t=1917-10-24T00:00&lang=en' : ''}`);
    if (mode === 'app') await page.waitForSelector('.site-marker[data-site-id]');
    else await page.waitForFunction(() => window.benchReady === true);
    if (!(await page.evaluate(() => window.crossOriginIsolated))) console.warn(`${name}: not cross-origin isolated; timer resolution is coarse`);
    await page.waitForTimeout(1500); // let lazy chunks (basemap, zones) load and idle work settle
    // BENCH_CSS='.feed{display:none}' measures the app without a part (what that part costs).
    if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
    await measureSteps(page, mode); // warm-up pass
    // Three measured passes pooled (1,500 steps), so that one noisy pass does not decide the p95.
    const times: number[] = [];
    const moments: number[] = [];
    for (let pass = 0; pass < PASSES; pass += 1) {
      const measured = await measureSteps(page, mode);
      times.push(...measured.times);
      moments.push(...measured.moments);
    }
    const history = checkGeo(historyOf(name)).history;
    if (history) breakdowns[name] = breakdown(compileHistory(history), times, moments, STEPS);
    const sites = await page.evaluate(() => document.querySelectorAll('.site-marker').length);
    results[name] = { median: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), sites };
    // Panning and zooming with the real data (the ×10 variants differ only in sites).
    if (!name.endsWith('10')) panZoom[name] = await measurePanZoom(page);
    // And the peer's map with no layer at all: what a frame costs on this machine whatever is drawn.
    if (name === 'peer1') {
      await page.goto(`${url}?empty`);
      await page.waitForFunction(() => window.benchReady === true);
      await page.waitForTimeout(1500);
      panZoom['empty Leaflet map'] = await measurePanZoom(page);
    }
    await page.close();
    server.close();
  }

  console.log(`\nSlider: main-thread time per step, ${PASSES} passes of ${STEPS} steps (ms), input to painted frame`);
  console.log('                           median     p95     p99   markers');
  const row = (label: string, r: { median: number; p95: number; p99: number; sites: number } | undefined) =>
    r && console.log(`${label.padEnd(26)} ${fmt(r.median).padStart(7)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)} ${String(r.sites).padStart(9)}`);
  row('app, real data', results.app1);
  row('base, real data', results.base1);
  row('Leaflet.timeline, real', results.peer1);
  row('app, ×10 sites', results.app10);
  row('base, ×10 sites', results.base10);
  row('Leaflet.timeline, ×10', results.peer10);
  const ratio = (a?: { p95: number }, b?: { p95: number }) => (a && b ? fmt(a.p95 / b.p95) : '–');
  console.log(`ratio app / Leaflet.timeline (p95): real ${ratio(results.app1, results.peer1)}, ×10 ${ratio(results.app10, results.peer10)}`);
  if (base) console.log(`ratio base / Leaflet.timeline (p95): real ${ratio(results.base1, results.peer1)}, ×10 ${ratio(results.base10, results.peer10)}`);
  const { app1, peer1, app10, peer10 } = results;
  if (app1 && peer1) console.log(`budget: real data p95 ≤ 1.25 × the peer's — ${app1.p95 <= 1.25 * peer1.p95 ? 'met' : 'NOT met'}`);
  if (app10 && peer10) {
    console.log(`budget: ×10 p95 ≤ the peer's — ${app10.p95 <= peer10.p95 ? 'met' : 'NOT met'}; ×10 p99 ≤ 16.7 ms — ${app10.p99 <= 16.7 ? 'met' : 'NOT met'}`);
  }

  if (Object.keys(panZoom).length) {
    printPanZoomHeader();
    const labels: Record<string, string> = { app1: 'app', base1: 'base', peer1: 'Leaflet.timeline' };
    for (const [name, r] of Object.entries(panZoom)) printPanZoom(labels[name] ?? name, r);
    const app = panZoom.app1;
    if (app) console.log(`budget: pan and zoom p95 frame interval ≤ 16.7 ms — ${app.interval.p95 <= 16.7 ? 'met' : 'NOT met'}`);
  }

  console.log('\nThe same steps by what they had to do (count, median, p95 in ms)');
  console.log(`${''.padEnd(24)}${STEP_KINDS.map((k) => k.padStart(24)).join('')}`);
  for (const [name, kinds] of Object.entries(breakdowns)) {
    const cells = STEP_KINDS.map((k) => {
      const values = kinds[k];
      return (values.length ? `${values.length} × ${fmt(percentile(values, 50))} / ${fmt(percentile(values, 95))}` : '–').padStart(24);
    });
    console.log(`${name.padEnd(24)}${cells.join('')}`);
  }

  // Long tasks after load: the app (and the base) with the real data and ×10.
  const appVariants = Object.keys(variants).filter((name) => !name.startsWith('peer'));
  const servers = await Promise.all(appVariants.map((name) => serve(variants[name] as string, portOf(name))));
  const loadRuns = Number(process.env.BENCH_LOAD_RUNS ?? 3);
  await printLongTasks(browser, Object.fromEntries(appVariants.map((name, i) => [name, `${servers[i]?.url}?t=1917-10-24T00:00&lang=en`])), loadRuns);
  for (const { server } of servers) server.close();
  await browser.close();

  const real = checkGeo(ROOT);
  const multiplied = checkGeo(x10);
  if (real.history && real.basemap && multiplied.history) {
    const a = timeControlAreas(real.history, real.basemap.water);
    const b = timeControlAreas(multiplied.history, real.basemap.water);
    console.log('\nControl areas, worked out at build time (Node, scripts/control-areas-build.ts)');
    for (const [label, r] of [
      ['real data', a],
      ['×10 sites', b],
    ] as const) {
      console.log(
        `${label}: ${r.zones} zones of ${r.sites} sites and the areas of ${r.epochs} epochs in ${(r.ms / 1000).toFixed(1)} s; shipped ${(r.bytes / 1024).toFixed(1)} KB, ${(r.gzip / 1024).toFixed(1)} KB gzipped`,
      );
    }
  }

  for (const name of ['app1', 'base1', 'app10', 'base10']) {
    const dir = variants[name];
    if (!dir) continue;
    const s = sizes(dir);
    console.log(`\nDownload of ${name} (gzip -9)`);
    console.log(
      `initial JavaScript: ${(s.initialJs / 1024).toFixed(1)} KB (${s.initialFiles.join(', ')}) — budget 150 KB: ${s.initialJs / 1024 < 150 ? 'met' : 'NOT met'}`,
    );
    console.log(`data: ${(s.data / 1024).toFixed(1)} KB (${s.dataFiles})`);
    if (s.lazyFiles) console.log(`other JavaScript loaded lazily: ${(s.lazyJs / 1024).toFixed(1)} KB (${s.lazyFiles})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
