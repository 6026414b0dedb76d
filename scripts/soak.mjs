// `npm run soak -- [loops]`: figures, not a test. Runs the built app (npm run build first) in
// kiosk mode in headless Chromium, lets the attract replay loop through the 72 hours several
// times, and prints the JS heap, DOM nodes and event listeners after each loop: flat numbers mean
// the kiosk can run all day.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';

const loops = Number(process.argv[2] ?? 3);
const PORT = 4391;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
await new Promise((resolve) => setTimeout(resolve, 2500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${PORT}/?kiosk=1&idle=1`);
  await page.waitForSelector('.attract-banner', { timeout: 10_000 });
  const measure = async () => {
    await page.evaluate(() => globalThis.gc?.());
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', objectGroup: 'soak' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
    return { heapMB: (usedSize / 2 ** 20).toFixed(2), nodes, listeners: listeners.length };
  };
  console.log('start', await measure());
  // At ×9 one loop of 72 hours takes 4320 / 90 = 48 s.
  for (let i = 1; i <= loops; i += 1) {
    await page.waitForTimeout(48_000);
    console.log(`after loop ${i}`, await measure());
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
