// Screenshots of the built app at every screen class it is laid out for, in both languages, with a
// site card open, in Debian's Chromium with touch emulation:
//   node scripts/screens.mjs [BASE_URL] [OUT_DIR]
// e.g. node scripts/screens.mjs http://127.0.0.1:4173/ screenshots/screens
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export const SCREENS = [
  { name: 'kiosk-1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: 'kiosk-3840x2160', width: 3840, height: 2160, scale: 1 },
  { name: 'tablet-1024x768', width: 1024, height: 768, scale: 2 },
  { name: 'tablet-1180x820', width: 1180, height: 820, scale: 2 },
  { name: 'tablet-1366x1024', width: 1366, height: 1024, scale: 2 },
  { name: 'portrait-768x1024', width: 768, height: 1024, scale: 2 },
  { name: 'portrait-820x1180', width: 820, height: 1180, scale: 2 },
  { name: 'phone-390x844', width: 390, height: 844, scale: 3 },
  { name: 'zoom200-640x400', width: 640, height: 400, scale: 2 },
];

const [base = 'http://127.0.0.1:4173/', out = 'screenshots/screens', only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const screen of SCREENS.filter((s) => !only || s.name.includes(only))) {
  for (const lang of ['en', 'ru']) {
    const context = await browser.newContext({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
      hasTouch: true,
      isMobile: screen.width < 600,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e));
    // The moment the Winter Palace falls, with its card open, as a tap on its marker opens it.
    await page.goto(new URL(`?t=1917-10-26T02:10&lang=${lang}`, base).href, { waitUntil: 'networkidle' });
    // A finger on the middle of the marker; where something else is there (the marker is off the map
    // or under a panel), the card is opened with Enter instead, and the log says so.
    const hit = page.locator('.site-marker[data-site-id="winter-palace"] .site-marker__hit');
    const box = await hit.boundingBox();
    const reached =
      box &&
      (await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-site-id]')?.getAttribute('data-site-id'),
        [box.x + box.width / 2, box.y + box.height / 2],
      ));
    if (box && reached === 'winter-palace') await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    else {
      console.log(`${screen.name} ${lang}: the Winter Palace's marker cannot be tapped; opened with Enter`);
      await page.locator('.site-marker[data-site-id="winter-palace"]').focus();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(600);
    // The plan is painted off the main thread: wait until it shows the view as it is now.
    await page.waitForSelector('.basemap-canvas[data-zoom]:not([data-painting])', { state: 'attached', timeout: 15_000 }).catch(() => undefined);
    const path = `${out}/${screen.name}-${lang}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await context.close();
  }
}
await browser.close();
