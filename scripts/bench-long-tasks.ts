/**
 * Part of `npm run bench`: what runs long on the main thread while a page loads and in the five
 * seconds after its load event. A PerformanceObserver, put into the page before its own scripts,
 * collects every Long Animation Frame (a frame whose work took over 50 ms, with the scripts that
 * ran in it) and every Long Task; loaded with and without a 4× CPU slowdown (CDP).
 */
import type { Browser } from 'playwright-core';

/** After the load event, for so long. */
const AFTER_LOAD_MS = 5000;
const LONG_MS = 50;

/** One long frame or task, with the script that took longest in it (where the browser says). */
export interface LongEntry {
  kind: 'long-animation-frame' | 'longtask';
  start: number;
  duration: number;
  /** The longest script in a long animation frame: what invoked it, its function and file. */
  culprit: string;
}

export interface LoadLongTasks {
  loadEnd: number;
  /** Entries that started after the load event ended (up to AFTER_LOAD_MS after it). */
  afterLoad: LongEntry[];
  /** Entries from navigation to the load event. */
  duringLoad: LongEntry[];
}

const OBSERVE = `(() => {
  const entries = (window.benchLongEntries = []);
  const culpritOf = (entry) => {
    const scripts = [...(entry.scripts ?? [])].sort((a, b) => b.duration - a.duration);
    const s = scripts[0];
    if (!s) return entry.kind === 'longtask' ? (entry.attribution?.[0]?.name ?? '') : 'no script (style, layout, paint)';
    const file = (s.sourceURL || '').split('/').pop();
    return s.invokerType + ' ' + s.invoker + ' → ' + (s.sourceFunctionName || '(anonymous)') + ' ' + file + ':' + s.sourceCharPosition + ' (' + Math.round(s.duration) + ' ms)';
  };
  for (const type of ['long-animation-frame', 'longtask']) {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) entries.push({ kind: type, start: entry.startTime, duration: entry.duration, culprit: culpritOf(entry) });
      }).observe({ type, buffered: true });
    } catch {}
  }
})();`;

/** Loads `url` in a fresh page (with `cpuSlowdown`× CPU) and returns the long entries seen. */
export async function measureLoadLongTasks(browser: Browser, url: string, cpuSlowdown: number): Promise<LoadLongTasks> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(OBSERVE);
    if (cpuSlowdown > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'load' });
    const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    await page.waitForFunction((until) => performance.now() > until, loadEnd + AFTER_LOAD_MS, { polling: 200, timeout: AFTER_LOAD_MS * 6 });
    const entries = await page.evaluate(() => (window as unknown as { benchLongEntries: LongEntry[] }).benchLongEntries);
    const long = entries.filter((e) => e.duration > LONG_MS);
    return {
      loadEnd,
      afterLoad: long.filter((e) => e.start >= loadEnd && e.start <= loadEnd + AFTER_LOAD_MS),
      duringLoad: long.filter((e) => e.start < loadEnd),
    };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : 0;
};

/**
 * Prints, for each page and slowdown, over `runs` loads: the longest entry after load (median and
 * range), how many long frames and long tasks there were (medians; the same work is often both),
 * and what the longest of them ran; the same for the load itself.
 */
export async function printLongTasks(browser: Browser, pages: Record<string, string>, runs: number) {
  console.log(`\nLong tasks and long animation frames (> ${LONG_MS} ms) from navigation to ${AFTER_LOAD_MS / 1000} s after load, ${runs} loads each`);
  console.log('                           CPU  after load: longest, median (range)  frames/tasks    during load: longest  frames/tasks');
  for (const [name, url] of Object.entries(pages)) {
    for (const slowdown of [1, 4]) {
      const results: LoadLongTasks[] = [];
      for (let run = 0; run < runs; run += 1) results.push(await measureLoadLongTasks(browser, url, slowdown));
      const longest = (entries: LongEntry[]) => entries.reduce((max, e) => Math.max(max, e.duration), 0);
      const after = results.map((r) => longest(r.afterLoad));
      const during = results.map((r) => longest(r.duringLoad));
      const span = (values: number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
      const counts = (pick: (r: LoadLongTasks) => LongEntry[]) =>
        `${median(results.map((r) => pick(r).filter((e) => e.kind === 'long-animation-frame').length))}/${median(results.map((r) => pick(r).filter((e) => e.kind === 'longtask').length))}`;
      console.log(
        `${name.padEnd(26)} ${`${slowdown}×`.padStart(3)}  ${span(after).padEnd(28)} ${counts((r) => r.afterLoad).padStart(12)}    ${span(during).padEnd(21)} ${counts((r) => r.duringLoad).padStart(12)}`,
      );
      // What the longest entries after load ran, from the run with the longest one.
      const worst = [...results].sort((a, b) => longest(b.afterLoad) - longest(a.afterLoad))[0];
      for (const entry of [...(worst?.afterLoad ?? [])].sort((a, b) => b.duration - a.duration).slice(0, 3)) {
        console.log(
          `${''.padEnd(36)}${entry.duration.toFixed(0).padStart(4)} ms at ${(entry.start - (worst?.loadEnd ?? 0)).toFixed(0)} ms after load, ${entry.kind}: ${entry.culprit}`,
        );
      }
    }
  }
}
