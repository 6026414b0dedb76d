/**
 * `npm run bench:interactions` (also part of `npm run bench`): how long a visitor waits after a
 * language switch and after a tap on a marker, on the built app in Debian's Chromium, at full speed
 * and at 4× CPU slowdown (CDP `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile settings).
 * Figures, not a test.
 *
 * An interaction is timed in the page from the click to the end of the first frame that shows its
 * result (the page's language and title in the other language; the site's card open): a frame
 * callback sees the result, and a task posted from it runs once that frame's rendering is done.
 * Beside it, the longest task from the click to two seconds after the result (the click's own task
 * included): work put off past the frame still keeps the page from answering the next touch.
 *
 *   npm run build && npm run bench:interactions [-- dist-folder] [-- --runs 7]
 *
 * BENCH_PORT=<n> serves the app on port n (default: any free port).
 */
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from './static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--runs') ?? join(ROOT, 'dist');
/** A marker in the city centre, on the screen at the first view. */
const SITE = 'winter-palace';

interface Timing {
  /** Click to the end of the frame that shows the result, ms. */
  shown: number;
  /** The longest task from the click to two seconds after the result was shown, ms. */
  longest: number;
}

/**
 * Clicks what `target` finds and times it until `done` holds (both are expressions evaluated in the
 * page). The page's part is a string: tsx would wrap its named functions in a helper the page lacks.
 */
function timeInteraction(page: Page, target: string, done: string): Promise<Timing> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const element = ${target};
    if (!element) return reject(new Error('nothing found by ${target.replaceAll("'", '"')}'));
    let longest = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    tasks.observe({ type: 'longtask' });
    const t0 = performance.now();
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    const check = () =>
      requestAnimationFrame(() => {
        if (!(${done})) return check();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const shown = performance.now() - t0;
          setTimeout(() => {
            tasks.disconnect();
            resolve({ shown, longest });
          }, 2000);
        };
        channel.port2.postMessage(null);
      });
    check();
  })`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const cell = (values: number[]) => `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`.padStart(18);

async function measure(url: string, rate: number) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}?t=1917-10-25T12:00&lang=en`);
    await page.waitForSelector(`.site-marker[data-site-id="${SITE}"]`);
    await page.waitForTimeout(3000); // lazy chunks loaded, idle work after load done
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const language: Timing[] = [];
    const marker: Timing[] = [];
    // One unmeasured round first: the first switch to a language also loads and builds what it needs once.
    for (let run = -1; run < RUNS; run += 1) {
      for (const to of ['ru', 'en']) {
        const timing = await timeInteraction(
          page,
          `[...document.querySelectorAll('.app-header button')].find((b) => b.getAttribute('lang') === '${to}')`,
          // The page's language is set in the same commit as the texts; the button then offers the other one.
          `document.documentElement.lang === '${to}' && !!document.querySelector('.app-header button[lang="${to === 'ru' ? 'en' : 'ru'}"]')`,
        );
        if (run >= 0) language.push(timing);
      }
      const timing = await timeInteraction(
        page,
        `document.querySelector('.site-marker[data-site-id="${SITE}"]')`,
        `!!document.querySelector('.site-card h2, .site-card h3')`,
      );
      if (run >= 0) marker.push(timing);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.site-card', { state: 'detached' });
      await page.waitForTimeout(500);
    }
    return { language, marker };
  } finally {
    await browser.close();
  }
}

async function main() {
  const { server, url } = await serveStatic(dir, {}, Number(process.env.BENCH_PORT ?? 0));
  try {
    console.log(`\nInteractions, ${RUNS} runs each (language: each way), median (range) in ms: ${dir}`);
    console.log(`${''.padEnd(22)}${['click → shown', 'longest task'].map((h) => h.padStart(18)).join('')}`);
    for (const rate of [1, 4]) {
      const { language, marker } = await measure(url, rate);
      const speed = rate === 1 ? 'full speed' : `${rate}× slowdown`;
      console.log(`${`language, ${speed}`.padEnd(22)}${cell(language.map((t) => t.shown))}${cell(language.map((t) => t.longest))}`);
      console.log(`${`marker tap, ${speed}`.padEnd(22)}${cell(marker.map((t) => t.shown))}${cell(marker.map((t) => t.longest))}`);
    }
  } finally {
    server.close();
  }
}

await main();
