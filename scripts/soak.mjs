// `npm run soak -- [--minutes 60] [--port 4391] [--idle 10] [--dist dist]`: figures, not a test (not run in CI).
//
// Runs the built app (`npm run build` first) as a kiosk in headless Chromium with touch, for the
// given time, in cycles that are a kiosk's day in small: the attract replay runs one whole loop,
// a visitor arrives (taps the map, a site, the feed, the legend, the language; drags the time and
// the map; pinches), leaves, and after the idle time and the 20 s countdown the screen resets and
// the replay starts again. After every cycle it prints the JS heap (after a garbage collection),
// the DOM nodes and the event listeners, and at the end says whether they stayed flat.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '60' },
    port: { type: 'string', default: '4391' },
    idle: { type: 'string', default: '10' },
    dist: { type: 'string', default: 'dist' },
  },
  allowPositionals: true,
});
const MINUTES = Number(options.minutes);
const PORT = Number(options.port);
const IDLE_S = Number(options.idle);
if (!(MINUTES > 0) || !(PORT > 0) || !(IDLE_S >= 10)) throw new Error('usage: npm run soak -- [--minutes N] [--port P] [--idle S≥10] [--dist DIR]');
/** One loop of the 72 hours at the replay's speed (×9, 90 minutes a second). */
const LOOP_MS = ((3 * 24 * 60) / 90) * 1000;
const COUNTDOWN_MS = 20_000;

const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', options.dist], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i += 1) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    if (i > 100) throw new Error(`no preview server on port ${PORT}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const rows = [];
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  let loads = 0;
  page.on('load', () => (loads += 1));
  // A deployment's kiosk.json (the kiosk's language and idle time).
  await page.route('**/kiosk.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ lang: 'ru', idle: IDLE_S }) }));
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/?kiosk=1`);
  await page.locator('[role="slider"]').waitFor(); // a locator, not a handle: the soak itself keeps no element alive

  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
  const drag = async (from, to, steps = 8) => {
    await touch('touchStart', [from]);
    for (let k = 1; k <= steps; k += 1) await touch('touchMove', [{ x: from.x + ((to.x - from.x) * k) / steps, y: from.y + ((to.y - from.y) * k) / steps }]);
    await touch('touchEnd', []);
  };
  const pinch = async (center, from, to) => {
    const at = (d) => [
      { x: center.x - d, y: center.y },
      { x: center.x + d, y: center.y },
    ];
    await touch('touchStart', at(from));
    for (let k = 1; k <= 6; k += 1) await touch('touchMove', at(from + ((to - from) * k) / 6));
    await touch('touchEnd', []);
  };
  const tapOn = async (selector) => {
    const box = await page.locator(selector).first().boundingBox();
    if (box) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  };
  /** What a visitor does in a minute or so. */
  const visit = async (cycle) => {
    await page.touchscreen.tap(1200, 500); // the map: ends the replay
    await tapOn(`.site-marker >> nth=${cycle % 10}`);
    await page.waitForTimeout(1500);
    await tapOn('.legend__title');
    await tapOn('.feed__button >> nth=' + ((cycle * 3) % 20));
    await drag({ x: 1300, y: 600 }, { x: 1100, y: 450 });
    await pinch({ x: 1200, y: 500 }, 60, 160);
    const track = await page.getByTestId('slider-track').boundingBox();
    if (track)
      await drag({ x: track.x + 20, y: track.y + track.height / 2 }, { x: track.x + track.width * ((cycle % 7) / 7 + 0.1), y: track.y + track.height / 2 }, 12);
    await tapOn('.app-header .text-button:last-child'); // the language
    await pinch({ x: 960, y: 60 }, 40, 140); // on the header: must not zoom the page
    await page.waitForTimeout(3000);
  };
  const measure = async () => {
    await page.evaluate(() => globalThis.gc?.());
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const listenersOf = async (expression) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'soak' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
      return listeners.length;
    };
    const listeners = (await listenersOf('document')) + (await listenersOf('window'));
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
    const page_ = await page.evaluate(() => ({ nodes: document.getElementsByTagName('*').length, scale: window.visualViewport?.scale ?? 1 }));
    return { heapMB: Number((usedSize / 2 ** 20).toFixed(2)), nodes: page_.nodes, listeners, scale: page_.scale };
  };

  const started = Date.now();
  const elapsedMin = () => ((Date.now() - started) / 60_000).toFixed(1);
  // The kiosk starts untouched: after the idle time it goes straight to the replay.
  await page.locator('.attract-banner').waitFor({ timeout: (IDLE_S + 15) * 1000 });
  rows.push({ cycle: 0, minute: Number(elapsedMin()), ...(await measure()) });
  console.log('cycle  minute  heap MB  DOM nodes  listeners  page scale');
  const print = (row) =>
    console.log(
      `${String(row.cycle).padStart(5)}  ${row.minute.toFixed(1).padStart(6)}  ${row.heapMB.toFixed(2).padStart(7)}  ${String(row.nodes).padStart(9)}  ${String(row.listeners).padStart(9)}  ${row.scale}`,
    );
  print(rows[0]);
  for (let cycle = 1; Date.now() - started < MINUTES * 60_000; cycle += 1) {
    await page.waitForTimeout(LOOP_MS);
    await visit(cycle);
    // The visitor leaves: the idle time, the countdown, the reset, the replay.
    await page.locator('[role="alertdialog"]').waitFor({ timeout: (IDLE_S + 15) * 1000 });
    await page.locator('.attract-banner').waitFor({ timeout: COUNTDOWN_MS + 15_000 });
    await page.waitForTimeout(2000);
    const row = { cycle, minute: Number(elapsedMin()), ...(await measure()) };
    rows.push(row);
    print(row);
  }
  if (loads !== 1) problems.push(`the page loaded ${loads} times (a reload happened)`);
} finally {
  await browser.close();
  process.kill(-server.pid);
}

// Flat: the last quarter's medians against the first quarter's (the first cycle, still warming up, left out).
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const measured = rows.slice(1);
const quarter = Math.max(1, Math.floor(measured.length / 4));
const summary = {};
for (const key of ['heapMB', 'nodes', 'listeners']) {
  const first = median(measured.slice(0, quarter).map((row) => row[key]));
  const last = median(measured.slice(-quarter).map((row) => row[key]));
  const values = measured.map((row) => row[key]);
  summary[key] = { first, last, min: Math.min(...values), max: Math.max(...values), change: Number(((last - first) / first).toFixed(4)) };
}
const flat = measured.length >= 2 && summary.heapMB.change < 0.1 && Math.abs(summary.nodes.change) < 0.02 && Math.abs(summary.listeners.change) < 0.02;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/soak.json', JSON.stringify({ minutes: MINUTES, idleSeconds: IDLE_S, rows, summary, problems, flat }, null, 2));
console.log(`\n${measured.length} cycles in ${MINUTES} min; medians of the first and the last quarter:`);
for (const [key, s] of Object.entries(summary)) console.log(`  ${key}: ${s.first} → ${s.last} (${(s.change * 100).toFixed(1)} %; range ${s.min}–${s.max})`);
console.log(problems.length ? `problems:\n  ${problems.slice(0, 20).join('\n  ')}` : 'no console errors, page errors or reloads');
console.log(flat ? 'FLAT: heap within 10 %, DOM nodes and listeners within 2 %' : 'NOT FLAT (or too few cycles): see reports/soak.json');
