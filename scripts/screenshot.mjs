// Takes screenshots of the built app in Debian's Chromium:
//   node scripts/screenshot.mjs URL OUT.png [width height [zoom lat lon]]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [url = 'http://127.0.0.1:4173/', out = 'screenshots/app.png', width = '1280', height = '800', zoom, lat, lon] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
if (zoom) {
  // The app exposes its Leaflet map on the container element (see PetrogradMap.tsx).
  await page.evaluate(
    ([z, la, lo]) => {
      const map = document.querySelector('.leaflet-container')?.leafletMap;
      if (map) map.setView([Number(la), Number(lo)], Number(z), { animate: false });
    },
    [zoom, lat ?? '59.938', lon ?? '30.325'],
  );
  await page.waitForTimeout(800);
}
// The plan is painted off the main thread: wait until the canvas shows the view as it is now.
await page.waitForSelector('.basemap-canvas[data-zoom]:not([data-painting])', { state: 'attached', timeout: 15_000 }).catch(() => undefined);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
