/* global L */
// Screenshots of the basemap beside its OpenStreetMap source, for looking at, not for tests:
//   node scripts/basemap/shots.mjs [APP_URL] [OUT_DIR]
// For each view (the whole city at zoom 13; the Winter Palace, Smolny and the Strelka at zoom 15)
// and each screen (1920×1080, 1024×768): the app's map, and beside it the source extract
// (geo/basemap/source/) drawn plainly by Leaflet over the same box at the same size.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const [url = 'http://127.0.0.1:4173/', out = '/tmp/shots-basemap'] = process.argv.slice(2);
const VIEWS = [
  ['city', 13, 59.938, 30.325],
  ['winter-palace', 15, 59.9398, 30.3146],
  ['smolny', 15, 59.9475, 30.3925],
  ['strelka', 15, 59.944, 30.3065],
];
const SCREENS = [
  [1920, 1080],
  [1024, 768],
];
const water = readFileSync(join(ROOT, 'geo/basemap/source/water.geojson'), 'utf8');
const roads = readFileSync(join(ROOT, 'geo/basemap/source/roads.geojson'), 'utf8');
const leafletJs = join(ROOT, 'node_modules/leaflet/dist/leaflet.js');
const leafletCss = join(ROOT, 'node_modules/leaflet/dist/leaflet.css');

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const [width, height] of SCREENS) {
  const app = await browser.newPage({ viewport: { width, height } });
  await app.goto(`${url}?t=1917-10-24T00:00&lang=en`, { waitUntil: 'networkidle' });
  await app.waitForSelector('.basemap-canvas[data-zoom]:not([data-painting])', { state: 'attached' });
  for (const [name, zoom, lat, lon] of VIEWS) {
    const box = await app.evaluate(
      ([z, la, lo]) => {
        const container = document.querySelector('.leaflet-container');
        container.leafletMap.setView([la, lo], z, { animate: false });
        const r = container.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      },
      [zoom, lat, lon],
    );
    await app.waitForTimeout(1500);
    const appShot = await app.screenshot({ clip: box });
    // The source, drawn plainly over the same box.
    const source = await browser.newPage({ viewport: { width: Math.round(box.width), height: Math.round(box.height) } });
    await source.setContent('<div id="m" style="position:absolute;inset:0;background:#fff"></div>');
    await source.addStyleTag({ path: leafletCss });
    await source.addScriptTag({ path: leafletJs });
    await source.evaluate(
      ([w, r, z, la, lo]) => {
        const map = L.map('m', { zoomControl: false, attributionControl: false, preferCanvas: true, zoomSnap: 0.5 }).setView([la, lo], z);
        L.geoJSON(JSON.parse(w), { style: { color: '#1f5fa8', weight: 1, fillColor: '#9cc3e6', fillOpacity: 1 } }).addTo(map);
        const widths = { primary: 3, secondary: 2, tertiary: 1.2, bridge: 3 };
        L.geoJSON(JSON.parse(r), {
          style: (f) => ({ color: f.properties.bridge ? '#b03020' : '#333', weight: widths[f.properties.highway] ?? 1 }),
        }).addTo(map);
        const note = document.createElement('div');
        note.textContent = 'OpenStreetMap source extract (geo/basemap/source/), © OpenStreetMap contributors';
        note.style.cssText = 'position:absolute;left:8px;bottom:8px;z-index:1000;font:14px sans-serif;background:#fff;padding:2px 6px';
        document.body.append(note);
      },
      [water, roads, zoom, lat, lon],
    );
    await source.waitForTimeout(800);
    const sourceShot = await source.screenshot();
    await source.close();
    // Side by side in one picture.
    const pair = await browser.newPage({ viewport: { width: Math.round(box.width) * 2 + 8, height: Math.round(box.height) } });
    await pair.setContent(
      `<body style="margin:0;display:flex;gap:8px;background:#000"><img src="data:image/png;base64,${appShot.toString('base64')}"><img src="data:image/png;base64,${sourceShot.toString('base64')}"></body>`,
    );
    const file = join(out, `${name}-z${zoom}-${width}x${height}.png`);
    await pair.screenshot({ path: file });
    await pair.close();
    console.log(`wrote ${file}`);
  }
  await app.close();
}
await browser.close();
