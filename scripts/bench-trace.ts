/**
 * `npm run bench:trace -- URL [--steps N] [--from HH:MM] [--alternate] [--css "…"] [--eval "…"]`: where the time
 * of a slider step goes. Figures, not a test; a companion to `npm run bench` for finding what to
 * make cheaper.
 *
 * Opens URL (a running build of the app, e.g. `npx vite preview`; or the benchmark's
 * Leaflet.timeline page, which has no slider and is moved by `window.benchStep`), takes N slider
 * steps under a Chromium trace, and prints per step:
 * - the main thread's frame phases (frame callbacks, which include the step's own script; style and
 *   layout; paint; layerising; commit) and canvas hand-overs;
 * - style and layout forced by script, by the script that forced them;
 * - which elements were repainted, and what invalidated style or layout, most often first.
 * `--alternate` steps back and forth across one moment (e.g. a change of hands) instead of walking
 * on; `--css` injects a style sheet first (e.g. `.feed{display:none}`), to see what a part costs;
 * `--eval` runs a script in the page first (e.g. to try a change on the live DOM).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { nodeName?: string; reason?: string };
    beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
  };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const url = process.argv[2];
if (!url || url.startsWith('--')) {
  console.error('usage: npm run bench:trace -- URL [--steps N] [--from HH:MM] [--alternate] [--css "…"] [--eval "…"]');
  process.exit(2);
}
const steps = Number(option('--steps') ?? 100);
const alternate = process.argv.includes('--alternate');
const css = option('--css');
const script = option('--eval');
const from = option('--from');

const PHASES: Record<string, string> = {
  'ProxyMain::BeginMainFrame': 'frame, in all',
  FireAnimationFrame: 'frame callbacks (with the step’s script)',
  'LocalFrameView::RunStyleAndLayoutLifecyclePhases': 'style and layout',
  'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  Layerize: 'layerise',
  Commit: 'commit',
  'Canvas2DResourceProvider::ProduceCanvasResource': 'canvas hand-over',
  FireIdleCallback: 'idle callbacks',
};

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  // The app's CSP allows no inline style: a style sheet given with --css is let through.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: Boolean(css) });
  const target = new URL(url as string);
  if (from && !target.searchParams.has('t')) target.searchParams.set('t', `1917-10-24T${from}`);
  await page.goto(target.href);
  await page.waitForSelector('.site-marker');
  await page.waitForTimeout(2000); // lazy chunks and idle work
  if (css) await page.addStyleTag({ content: css });
  if (script) await page.evaluate(script);

  // One step: a key on the slider (the app) or benchStep (the peer), then the frame that shows it.
  const step = (forward: boolean) =>
    page.evaluate(async (forward) => {
      const slider = document.querySelector<HTMLElement>('[role="slider"]');
      const peer = window as unknown as { benchStep?: (m: number) => void; benchAt?: number };
      if (slider) slider.dispatchEvent(new KeyboardEvent('keydown', { key: forward ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
      else if (peer.benchStep) {
        peer.benchAt = Math.max(0, Math.min(4320, (peer.benchAt ?? 0) + (forward ? 10 : -10)));
        peer.benchStep(peer.benchAt);
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }, forward);

  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
      'disabled-by-default-devtools.timeline.invalidationTracking',
      'blink',
      'cc',
      'toplevel',
    ],
  });
  for (let i = 0; i < steps; i += 1) await step(alternate ? i % 2 === 0 : true);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  await browser.close();

  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = events.filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const perStep = (us: number) => `${(us / 1000 / steps).toFixed(2).padStart(7)} ms`;

  console.log(`${steps} steps${alternate ? ', back and forth' : ''} on ${target.href}${css ? ` with ${css}` : ''}\n\nMain thread per step`);
  for (const [name, label] of Object.entries(PHASES)) {
    const total = main.filter((e) => e.name === name).reduce((sum, e) => sum + (e.dur ?? 0), 0);
    console.log(`${perStep(total)}  ${label}`);
  }

  const sumOf = (name: string, field: (e: TraceEvent) => number) => main.filter((e) => e.name === name).reduce((sum, e) => sum + field(e), 0);
  const argsOf = (e: TraceEvent) => (e.args ?? {}) as { elementCount?: number; beginData?: { dirtyObjects?: number }; endData?: { layoutRoots?: unknown[] } };
  console.log(
    `\nStyle: ${perStep(sumOf('UpdateLayoutTree', (e) => e.dur ?? 0))} for ${(sumOf('UpdateLayoutTree', (e) => argsOf(e).elementCount ?? 0) / steps).toFixed(0)} elements per step;` +
      ` layout: ${perStep(sumOf('Layout', (e) => e.dur ?? 0))} for ${(sumOf('Layout', (e) => argsOf(e).beginData?.dirtyObjects ?? 0) / steps).toFixed(0)} dirty objects per step`,
  );

  const tally = (keyOf: (e: TraceEvent) => string | undefined, weigh: (e: TraceEvent) => number) => {
    const counts = new Map<string, number>();
    for (const e of events) {
      const key = keyOf(e);
      if (key) counts.set(key, (counts.get(key) ?? 0) + weigh(e));
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12));
  };

  console.log('\nStyle and layout forced by script (per step), by the script that forced them');
  const forced = tally(
    (e) => {
      const stack = e.args?.beginData?.stackTrace;
      if ((e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') || !stack?.length) return undefined;
      return `${e.name === 'Layout' ? 'layout' : 'style '} ${stack
        .slice(0, 3)
        .map((f) => `${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber}`)
        .join(' < ')}`;
    },
    (e) => e.dur ?? 0,
  );
  for (const [key, us] of forced) console.log(`${perStep(us)}  ${key}`);
  if (forced.length === 0) console.log('  none');

  console.log('\nRepainted (times per step, and time per step)');
  const paintKey = (e: TraceEvent) => (e.name === 'Paint' && e.ph === 'X' ? (e.args?.data?.nodeName ?? '?') : undefined);
  const paintTime = new Map(tally(paintKey, (e) => e.dur ?? 0));
  for (const [key, n] of tally(paintKey, () => 1)) {
    console.log(`${(n / steps).toFixed(2).padStart(7)} ${perStep(paintTime.get(key) ?? 0)}    ${key}`);
  }

  console.log('\nWhat invalidated style or layout (times per step)');
  for (const [key, n] of tally(
    (e) => (/InvalidationTracking$/.test(e.name) && e.args?.data ? `${e.args.data.nodeName ?? ''}: ${e.args.data.reason ?? e.name}` : undefined),
    () => 1,
  )) {
    console.log(`${(n / steps).toFixed(2).padStart(7)}    ${key}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
