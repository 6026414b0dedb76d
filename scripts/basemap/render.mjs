// Draws GeoJSON files to a PNG in Debian's Chromium, to compare the derived basemap with its OSM
// source by eye (the map itself is drawn by the app; this draws the bare data).
//   node scripts/basemap/render.mjs OUT.png WIDTH HEIGHT ZOOM LAT LON FILE[:COLOUR] ...
// The view is the Web Mercator window of WIDTH×HEIGHT pixels at ZOOM centred on LAT/LON, as the
// app's screenshots (scripts/screenshot.mjs) frame it; polygons are filled, lines stroked.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const [out, width, height, zoom, lat, lon, ...files] = process.argv.slice(2);
if (!out || !files.length) {
  console.error('usage: node scripts/basemap/render.mjs OUT.png WIDTH HEIGHT ZOOM LAT LON FILE[:COLOUR] ...');
  process.exit(2);
}
const W = Number(width);
const H = Number(height);
const scale = 256 * 2 ** Number(zoom);
const project = ([x, y]) => {
  const s = Math.sin((y * Math.PI) / 180);
  return [((x + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
};
const [cx, cy] = project([Number(lon), Number(lat)]);
const px = (p) => {
  const [x, y] = project(p);
  return `${(x - cx + W / 2).toFixed(1)},${(y - cy + H / 2).toFixed(1)}`;
};
const path = (rings, close) => rings.map((r) => 'M' + r.map(px).join('L') + (close ? 'Z' : '')).join('');

let svg = '';
for (const spec of files) {
  const [file, colour = '#4a7f8c'] = spec.split(':');
  const fc = JSON.parse(readFileSync(file, 'utf8'));
  for (const f of fc.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') svg += `<path d="${path(g.coordinates, true)}" fill="${colour}" fill-rule="evenodd" stroke="#234" stroke-width="0.6"/>`;
    else if (g.type === 'MultiPolygon')
      for (const p of g.coordinates) svg += `<path d="${path(p, true)}" fill="${colour}" fill-rule="evenodd" stroke="#234" stroke-width="0.6"/>`;
    else if (g.type === 'LineString') {
      const w =
        f.properties?.rank === 1 || f.properties?.highway === 'primary' ? 3 : f.properties?.rank === 2 || f.properties?.highway === 'secondary' ? 2 : 1.2;
      svg += `<path d="${path([g.coordinates], false)}" fill="none" stroke="${colour}" stroke-width="${w}" stroke-linecap="round"/>`;
    } else if (g.type === 'Point')
      svg += `<circle cx="${px(g.coordinates).split(',')[0]}" cy="${px(g.coordinates).split(',')[1]}" r="4" fill="${colour}" stroke="#000"/>`;
  }
}
const html = `<html><body style="margin:0;background:#f4ecd8"><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${svg}</svg></body></html>`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: W, height: H } });
await page.setContent(html);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
