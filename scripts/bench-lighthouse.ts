/**
 * `npm run bench:lighthouse` (also the last part of `npm run bench`): Lighthouse's performance
 * and accessibility scores of the built app in Debian's Chromium, headless, three runs each with
 * the mobile settings (a mid-range phone: 4× CPU slowdown, slow 4G, simulated) and the desktop
 * settings, printed as the median and the range. Figures, not a test: run it on a quiet machine.
 *
 *   npm run build && npm run bench:lighthouse [-- dist-folder] [-- --runs 5]
 */
import { join } from 'node:path';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from './static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = join(import.meta.dirname, '..');
/** Lighthouse's Chrome launcher starts a window unless told: headless, as the other scripts. */
const LIGHTHOUSE_ARGS = ['--headless=new', ...CHROMIUM_ARGS];

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--runs') ?? join(ROOT, 'dist');

interface Run {
  performance: number;
  accessibility: number;
  /** Milliseconds. */
  tbt: number;
  fcp: number;
  lcp: number;
  si: number;
  tti: number;
  cls: number;
}

async function runOnce(url: string, config: Config | undefined): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: LIGHTHOUSE_ARGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, config);
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      tbt: value('total-blocking-time'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      si: value('speed-index'),
      tti: value('interactive'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function report(label: string, runs: Run[]) {
  const cell = (key: keyof Run, digits = 0) => {
    const values = runs.map((run) => run[key]);
    const f = (n: number) => n.toFixed(digits);
    return `${f(median(values))} (${f(Math.min(...values))}–${f(Math.max(...values))})`.padStart(20);
  };
  console.log(
    `${label.padEnd(9)}${cell('performance')}${cell('accessibility')}${cell('tbt')}${cell('fcp')}${cell('lcp')}${cell('si')}${cell('tti')}${cell('cls', 3)}`,
  );
}

async function main() {
  const { server, url } = await serveStatic(dir);
  try {
    console.log(`\nLighthouse ${RUNS} runs each, median (range); times in ms: ${dir}`);
    const heads = ['performance', 'accessibility', 'TBT', 'FCP', 'LCP', 'Speed Index', 'TTI', 'CLS'];
    console.log(`${''.padEnd(9)}${heads.map((h) => h.padStart(20)).join('')}`);
    for (const [label, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await runOnce(url, config));
      report(label, runs);
    }
  } finally {
    server.close();
  }
}

await main();
