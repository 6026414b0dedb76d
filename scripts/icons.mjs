// Renders the app's icons (public/icons/*.png) from one drawing, in Debian's Chromium:
//   npm run icons
// The drawing is the favicon's: a paper-coloured star on the app's red (--red, --paper in
// src/styles/app.css). "any" icons keep the favicon's rounded corners; maskable icons and the
// apple-touch-icon fill the whole square (the launcher cuts its own shape) with the star inside the
// maskable safe zone (a centred circle of 80 % of the width). The PNGs are committed; the output
// is the same on every run with the same browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const RED = '#a4161a';
const PAPER = '#efe6d2';
const STAR = 'M16 4l3.4 7.4 8.1.9-6 5.4 1.7 8L16 21.6l-7.2 4.1 1.7-8-6-5.4 8.1-.9z';

/** The star reaches 12.1 units from the centre of the 32-unit square; `starScale` shrinks it about the centre. */
function drawing({ rounded, starScale }) {
  const background = rounded ? `<rect width="32" height="32" rx="4" fill="${RED}"/>` : `<rect width="32" height="32" fill="${RED}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${background}<path d="${STAR}" fill="${PAPER}" transform="translate(16 16) scale(${starScale}) translate(-16 -16)"/></svg>`;
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, rounded: true, starScale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, starScale: 1 },
  // Safe zone radius 12.8 units; a star of radius 12.1 × 0.75 ≈ 9 keeps clear of every mask shape.
  { file: 'maskable-192.png', size: 192, rounded: false, starScale: 0.75 },
  { file: 'maskable-512.png', size: 512, rounded: false, starScale: 0.75 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, starScale: 0.85 },
];

const out = join(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        drawing(icon).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" style="display:block" `) +
        `</body></html>`,
    );
    await page.screenshot({ path: join(out, icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    console.log(`wrote public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
