/**
 * Recovery for a screen that runs all day unattended.
 *
 * - A chunk that fails to load (data, basemap, code) is tried again twice, 1.5 s apart.
 * - What cannot be recovered in the page (a chunk that still fails, an error that escapes React or
 *   is thrown outside it) shows a bilingual "temporarily unavailable" screen at once, never a blank
 *   or half-drawn one, and reloads the page after a pause that grows with each reload: 5 s, 30 s,
 *   2 min (`RELOAD_BACKOFF_MS`, counted across reloads in sessionStorage). After that the screen
 *   stays, and the page tries again quietly every 2 min; a reload that starts the app hides it.
 *   The count is forgotten once the app has run for 10 min without such an error.
 * - A kiosk reloads to exactly its configuration (src/kiosk/config.ts); a student's page keeps its
 *   address (the moment, the site, the language) on the first reload, and only its language after.
 *
 * Errors React recovered from, and render errors the error boundary restarts from, do not reload.
 */
import { kioskConfig, kioskRestartSearch } from '../kiosk/config.ts';

/** The pauses before the first, second and third reload in a row. */
export const RELOAD_BACKOFF_MS = [5_000, 30_000, 120_000] as const;
/** Once the reloads are used up: how often the unavailable screen tries again. */
export const QUIET_RETRY_MS = 120_000;
/** After this long without an unrecoverable error, the reloads in a row are forgotten. */
export const HEALTHY_AFTER_MS = 10 * 60_000;
const CHUNK_RETRIES = 2;
const CHUNK_RETRY_DELAY_MS = 1500;
/** sessionStorage keys: the reloads in a row, and a reload asked for by the idle reset. */
export const RELOADS_KEY = 'petrograd-1917.reloads';
export const ATTRACT_ON_START_KEY = 'petrograd-1917.attract-on-start';

export interface RecoveryStep {
  /** How long the unavailable screen shows before the page reloads. */
  delayMs: number;
  /** True once the backoff is used up: the screen stays, and the reload is a quiet retry. */
  quiet: boolean;
}

/**
 * What to do after `reloadsSoFar` reloads in a row: 0 → reload after 5 s, 1 → 30 s, 2 → 2 min,
 * 3 and more → stay on the unavailable screen and try again every 2 min.
 */
export function recoveryStep(reloadsSoFar: number): RecoveryStep {
  const delay = RELOAD_BACKOFF_MS[Math.max(0, Math.floor(reloadsSoFar))];
  return delay === undefined ? { delayMs: QUIET_RETRY_MS, quiet: true } : { delayMs: delay, quiet: false };
}

/** The address a reload goes to, from the current one, after `reloadsSoFar` reloads in a row. */
export function restartSearch(search: string, reloadsSoFar: number, kiosk: { kiosk: boolean; search: string }): string {
  if (kiosk.kiosk) return kiosk.search;
  // The first time, the student's moment may simply have met a passing fault; after that it may be what fails.
  if (reloadsSoFar === 0) return search;
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'en' || lang === 'ru' ? `?lang=${lang}` : '';
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Where a browser blocks sessionStorage: the window's name, which a reload of the same page keeps,
 * so that the backoff still counts the reloads in a row (else it would reload every few seconds).
 */
const NAME_PREFIX = 'petrograd-1917:';
function namedValues(): Record<string, string> {
  if (!window.name.startsWith(NAME_PREFIX)) return {};
  try {
    const values: unknown = JSON.parse(window.name.slice(NAME_PREFIX.length));
    return values && typeof values === 'object' ? (values as Record<string, string>) : {};
  } catch {
    return {};
  }
}
function nameValues(values: Record<string, string>): void {
  window.name = Object.keys(values).length > 0 ? NAME_PREFIX + JSON.stringify(values) : '';
}
const windowName: Store = {
  getItem: (key) => namedValues()[key] ?? null,
  setItem: (key, value) => nameValues({ ...namedValues(), [key]: String(value) }),
  removeItem: (key) => nameValues(Object.fromEntries(Object.entries(namedValues()).filter(([k]) => k !== key))),
};

function session(): Store {
  try {
    const storage = window.sessionStorage;
    storage.setItem(`${NAME_PREFIX}probe`, '1');
    storage.removeItem(`${NAME_PREFIX}probe`);
    return storage;
  } catch {
    return windowName;
  }
}

/** The reloads in a row so far. */
export function reloadsSoFar(): number {
  const value = Number(session().getItem(RELOADS_KEY) ?? 0);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

function kioskRestart() {
  return { kiosk: kioskConfig().kiosk, search: kioskRestartSearch() };
}

// ——— the unavailable screen ———

const UNAVAILABLE_ID = 'unavailable-screen';

/**
 * Plain DOM, not React: it must show when React, or the code that holds it, is what failed. Styled
 * by app.css (`.unavailable-screen`), and readable without it.
 */
export function showUnavailableScreen(): void {
  if (document.getElementById(UNAVAILABLE_ID)) return;
  const screen = document.createElement('div');
  screen.id = UNAVAILABLE_ID;
  screen.className = 'unavailable-screen';
  screen.setAttribute('role', 'alert');
  const block = (lang: string, title: string, text: string) => {
    const part = document.createElement('div');
    part.lang = lang;
    part.className = 'unavailable-screen__part';
    const heading = document.createElement('p');
    heading.className = 'unavailable-screen__title';
    heading.textContent = title;
    const line = document.createElement('p');
    line.className = 'unavailable-screen__text';
    line.textContent = text;
    part.append(heading, line);
    return part;
  };
  screen.append(block('en', 'Temporarily unavailable', 'The map will be back shortly.'), block('ru', 'Временно недоступно', 'Карта скоро вернётся.'));
  document.body.append(screen);
}

export function hideUnavailableScreen(): void {
  document.getElementById(UNAVAILABLE_ID)?.remove();
}

// ——— reloads ———

let recovering = false;
let healthyTimer: number | undefined;

/**
 * The one way out of an error the page cannot recover from: the unavailable screen now, and a
 * reload after the pause the backoff gives. Only the first call of a page counts.
 */
export function recover(reason: unknown): void {
  if (recovering) return;
  recovering = true;
  window.clearTimeout(healthyTimer);
  const reloads = reloadsSoFar();
  const step = recoveryStep(reloads);
  session().setItem(RELOADS_KEY, String(reloads + 1));
  console.warn(
    step.quiet
      ? `Petrograd 1917 is unavailable after ${reloads} reloads in a row; trying again in ${step.delayMs / 1000} s:`
      : `Petrograd 1917 reloads in ${step.delayMs / 1000} s after an error:`,
    reason,
  );
  showUnavailableScreen();
  window.setTimeout(() => {
    const search = restartSearch(window.location.search, reloads, kioskRestart());
    window.location.replace(`${window.location.pathname}${search}`);
  }, step.delayMs);
}

/**
 * A reload that is not a recovery (the idle reset found the page zoomed, or an update is ready): to
 * the kiosk's configuration, not counted as a reload in a row, and straight into the attract replay.
 */
export function restartForNextVisitor(): void {
  session().setItem(ATTRACT_ON_START_KEY, '1');
  window.location.replace(`${window.location.pathname}${restartSearch(window.location.search, 1, kioskRestart())}`);
}

/** Whether this page was started by restartForNextVisitor (read once: the flag is cleared). */
export function takeAttractOnStart(): boolean {
  const storage = session();
  const asked = storage.getItem(ATTRACT_ON_START_KEY) === '1';
  storage.removeItem(ATTRACT_ON_START_KEY);
  return asked;
}

/** Runs a dynamic import, trying again twice; if it still fails, the page recovers and the promise never settles. */
export async function loadWithRetry<T>(load: () => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= CHUNK_RETRIES; attempt += 1) {
    try {
      return await load();
    } catch (error) {
      lastError = error;
      if (attempt < CHUNK_RETRIES) await new Promise((resolve) => window.setTimeout(resolve, CHUNK_RETRY_DELAY_MS));
    }
  }
  recover(lastError);
  return new Promise<T>(() => undefined);
}

/**
 * Installs the page-wide handlers. When the backoff is used up, this start is a quiet retry: the
 * unavailable screen shows from the first frame and `appStarted` takes it away.
 */
export function installGlobalRecovery(): void {
  if (reloadsSoFar() >= RELOAD_BACKOFF_MS.length) showUnavailableScreen();
  window.addEventListener('error', (event) => {
    // Browsers report this benign layout notice as an error; it breaks nothing.
    if (String(event.message).includes('ResizeObserver loop')) return;
    recover(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => recover(event.reason));
}

/** The app is on screen: hide a quiet retry's screen, and forget the reloads once it has run a while. */
export function appStarted(): void {
  if (recovering) return;
  hideUnavailableScreen();
  window.clearTimeout(healthyTimer);
  healthyTimer = window.setTimeout(() => session().removeItem(RELOADS_KEY), HEALTHY_AFTER_MS);
}
