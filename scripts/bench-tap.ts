/**
 * `npm run bench:tap`: figures, not a test. How long a tap on a site marker takes, from the touch
 * to the frame that shows the site's card: the Event Timing API's duration of the tap (the longest
 * of its pointerdown, pointerup and click, as Interaction to Next Paint counts it; the browser
 * rounds it to 8 ms). Ten taps on different markers of the built app (dist/) on a touch screen,
 * each at 1× and at 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate); the card is closed with
 * Esc between taps, unmeasured. Prints the median and the range.
 *
 * BENCH_DIST=<a build> measures that build instead of dist/; BENCH_BASE=<another build> measures that
 * build too, in the same run, for before/after
 * comparisons. BENCH_PORT=<n> serves the pages on ports n, n+1 (default: any free port).
 */
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from './static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const TAPS = 10;
const SLOWDOWNS = [1, 4];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** Markers spread over the centre and the edges of the start view. */
const SITES = [
  'smolny',
  'winter-palace',
  'finland-station',
  'central-telegraph',
  'state-bank',
  'peter-paul-fortress',
  'mariinsky-palace',
  'general-post-office',
  'tauride-palace',
  'admiralty',
];

const OBSERVE = `(() => {
  const entries = (window.benchTapEntries = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) entries.push({ name: e.name, id: e.interactionId, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();`;

interface TapEntry {
  name: string;
  id: number;
  duration: number;
}

async function measureTaps(browser: Browser, url: string, slowdown: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${url}?t=1917-10-25T12:00&lang=en`);
  await page.waitForSelector('.site-marker[data-site-id]');
  await page.waitForTimeout(2000); // lazy chunks (basemap, areas) and idle work
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const durations: number[] = [];
  for (let i = 0; i < TAPS; i += 1) {
    const id = SITES[i % SITES.length] as string;
    const box = await page.locator(`.site-marker[data-site-id="${id}"] .site-marker__hit`).boundingBox();
    if (!box) throw new Error(`no marker for ${id}`);
    const before = await page.evaluate(() => (window as unknown as { benchTapEntries: TapEntry[] }).benchTapEntries.length);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.site-card').waitFor();
    // The entries of an interaction are reported after its next paint.
    await page.waitForFunction((n) => (window as unknown as { benchTapEntries: TapEntry[] }).benchTapEntries.length > n, before, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const entries = await page.evaluate((n) => (window as unknown as { benchTapEntries: TapEntry[] }).benchTapEntries.slice(n), before);
    const tap = entries.filter((e) => e.name === 'pointerdown' || e.name === 'pointerup' || e.name === 'click');
    durations.push(Math.max(...tap.map((e) => e.duration)));
    await page.keyboard.press('Escape');
    await page.locator('.site-card').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
  }
  await context.close();
  return durations;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main() {
  const builds: Record<string, string> = { app: process.env.BENCH_DIST ?? join(ROOT, 'dist') };
  if (process.env.BENCH_BASE) builds.base = process.env.BENCH_BASE;
  const port = Number(process.env.BENCH_PORT ?? 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results: { name: string; slowdown: number; durations: number[] }[] = [];
  let k = 0;
  for (const [name, dir] of Object.entries(builds)) {
    const { server, url } = await serveStatic(dir, {}, port ? port + k : 0);
    k += 1;
    for (const slowdown of SLOWDOWNS) results.push({ name, slowdown, durations: await measureTaps(browser, url, slowdown) });
    server.close();
  }
  await browser.close();
  console.log(`\nMarker tap: touch to the painted card (Event Timing, ms), ${TAPS} taps; budget 100 ms at 4× CPU`);
  console.log('build   CPU   median   range');
  for (const { name, slowdown, durations } of results) {
    console.log(
      `${name.padEnd(7)} ${`${slowdown}×`.padStart(3)} ${String(median(durations)).padStart(8)}   ${Math.min(...durations)}–${Math.max(...durations)}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
