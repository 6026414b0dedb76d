/**
 * Frame times while the map is panned and zoomed across the centre: part of `npm run bench`, or on
 * its own against a served build: `tsx scripts/bench-pan-zoom.ts http://127.0.0.1:4173/`.
 *
 * A drag with the mouse (real input events, as a visitor's finger or mouse makes them) across the
 * centre and back, then zooms 13 → 16 → 13 one level at a time with Leaflet's animation. Every
 * frame meanwhile is timed twice: its interval (from the end of one frame's rendering to the end
 * of the next; 16.7 ms at 60 Hz when no frame is dropped) and its work (from the frame's first
 * animation-frame callback to the end of its rendering). Figures, not a test.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export interface PanZoomResult {
  frames: number;
  interval: { median: number; p95: number; max: number };
  work: { median: number; p95: number; max: number };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const summary = (values: number[]) => ({ median: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) });

/** The page must show the app with its map exposed on `.leaflet-container` (see PetrogradMap.tsx). */
export async function measurePanZoom(page: Page): Promise<PanZoomResult> {
  await page.evaluate(() => {
    const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
    map?.setView([59.938, 30.325], 14, { animate: false });
  });
  await page.waitForTimeout(1500);
  // Start timing every frame. The page's part is a string: tsx would wrap its named functions in a
  // helper the page lacks.
  await page.evaluate(`(() => {
    const w = window;
    w.panZoom = { on: true, intervals: [], work: [] };
    let last = 0;
    const loop = () =>
      requestAnimationFrame(() => {
        const start = w.benchFrameStart ?? performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          if (last) w.panZoom.intervals.push(end - last);
          w.panZoom.work.push(end - start);
          last = end;
          if (w.panZoom.on) loop();
        };
        channel.port2.postMessage(null);
      });
    loop();
  })()`);
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('no map on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Drag east across the centre and back, 8 px a move (about a frame's worth of a brisk drag).
  for (const direction of [1, -1]) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 60; i += 1) await page.mouse.move(cx - direction * 8 * i, cy - direction * 3 * i);
    await page.mouse.up();
    await page.waitForTimeout(600);
  }
  // Zoom 13 → 16 → 13, one animated level at a time, each awaited to its end.
  const zoomTo = (zoom: number) =>
    page.evaluate(
      (z) =>
        new Promise<void>((resolve) => {
          const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
          if (!map || map.getZoom() === z) return resolve();
          map.once('zoomend', () => setTimeout(resolve, 400));
          map.setZoom(z, { animate: true });
        }),
      zoom,
    );
  for (const zoom of [13, 14, 15, 16, 15, 14, 13]) await zoomTo(zoom);
  const { intervals, work } = await page.evaluate(() => {
    const w = window as unknown as { panZoom: { on: boolean; intervals: number[]; work: number[] } };
    w.panZoom.on = false;
    return w.panZoom;
  });
  return { frames: work.length, interval: summary(intervals), work: summary(work) };
}

export function printPanZoom(label: string, r: PanZoomResult): void {
  const f = (n: number) => n.toFixed(2).padStart(7);
  console.log(
    `${label.padEnd(26)} ${String(r.frames).padStart(6)}  interval ${f(r.interval.median)} ${f(r.interval.p95)} ${f(r.interval.max)}   work ${f(r.work.median)} ${f(r.work.p95)} ${f(r.work.max)}`,
  );
}

export function printPanZoomHeader(): void {
  console.log('\nPan and zoom across the centre (drag east and back; zoom 13 → 16 → 13): frame times in ms');
  console.log(`${''.padEnd(26)} frames  interval  median     p95     max   work  median     p95     max`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?t=1917-10-24T00:00&lang=en`);
  await page.waitForSelector('.basemap-canvas[data-zoom]:not([data-painting])', { state: 'attached' });
  printPanZoomHeader();
  const result = await measurePanZoom(page);
  printPanZoom('app', result);
  console.log(`budget: p95 frame interval ≤ 16.7 ms — ${result.interval.p95 <= 16.7 ? 'met' : 'NOT met'}`);
  await browser.close();
}
