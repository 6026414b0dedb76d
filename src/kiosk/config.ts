/**
 * The kiosk's configuration: the one place that knows how a kiosk is set up.
 *
 * A kiosk is a screen opened at `?kiosk=1`. Its settings come from the address
 * (`?kiosk=1&lang=ru&idle=180&start=1917-10-25T21:00&speed=normal`) and from a `kiosk.json` beside
 * `index.html` (the same keys), the address winning field by field. An invalid value falls back to
 * its default with a console warning that names the field. The configuration is read once, when
 * the page starts, and every recovery (a restart after an error, a reload, the idle reset) returns
 * to exactly it: what a visitor changes (language, time, site) is never written back into it.
 *
 * `parseKioskConfig` is pure; `loadKioskConfig` fetches `kiosk.json` and keeps the last good copy
 * for starts without a network.
 */
import { formatIso, isInWindow, parseMoment, WINDOW_START, type Lang, type Moment } from '../model/time.ts';

/** The playback speeds the attract replay may use (the ids of the time panel's speeds). */
export const ATTRACT_SPEEDS = ['slow', 'normal', 'fast'] as const;
export type AttractSpeed = (typeof ATTRACT_SPEEDS)[number];

export interface KioskConfig {
  /** Kiosk mode: the attract replay when idle, the reset after a visitor, no way out of the app. */
  kiosk: boolean;
  /** The kiosk's language; undefined: the browser's language. */
  lang: Lang | undefined;
  /** Seconds without a touch before the countdown to the reset (or, if nobody touched, the replay) starts. */
  idleSeconds: number;
  /** The moment shown at start and after each reset, and where the replay starts. */
  start: Moment;
  /** The speed of the attract replay. */
  speed: AttractSpeed;
}

/** The defaults, used for every field that is not set or not valid. */
export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  kiosk: false,
  lang: undefined,
  idleSeconds: 120,
  start: WINDOW_START,
  speed: 'fast',
};

/** The range of `idle`, in seconds (a few seconds only for trials and tests; a visitor needs minutes to read). */
export const IDLE_SECONDS = { min: 1, max: 3600 } as const;

/** The keys of the address that are kiosk settings; kiosk.json has the same but `kiosk` (kiosk mode is asked for by the address). */
export const KIOSK_KEYS = ['kiosk', 'lang', 'idle', 'start', 'speed'] as const;
type KioskKey = (typeof KIOSK_KEYS)[number];
const FILE_KEYS: readonly string[] = KIOSK_KEYS.filter((key) => key !== 'kiosk');

/** The settings of kiosk.json, in the same keys and types as in the address (`idle` may also be a number, `kiosk` a boolean). */
type Raw = Partial<Record<KioskKey, unknown>>;

export interface ParsedKioskConfig {
  config: KioskConfig;
  /** One line per field that was set but not valid, naming where, the field, the value and the default used. */
  warnings: string[];
}

const describe = (value: unknown) => (typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value)));

/** How one setting is read: its value, or undefined when it is not valid; `expected` says what would be. */
interface Field<T> {
  read: (value: unknown) => T | undefined;
  expected: string;
}

const LANG: Field<Lang> = {
  read: (value) => (value === 'en' || value === 'ru' ? value : undefined),
  expected: '"en" or "ru"',
};
const IDLE: Field<number> = {
  read: (value) => {
    const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
    return Number.isInteger(seconds) && seconds >= IDLE_SECONDS.min && seconds <= IDLE_SECONDS.max ? seconds : undefined;
  },
  expected: `a whole number of seconds from ${IDLE_SECONDS.min} to ${IDLE_SECONDS.max}`,
};
const START: Field<Moment> = {
  read: (value) => {
    const parsed = typeof value === 'string' ? parseMoment(value) : undefined;
    return parsed?.ok && isInWindow(parsed.moment) ? parsed.moment : undefined;
  },
  expected: 'a Julian time from 1917-10-24T00:00 to 1917-10-27T00:00, such as "1917-10-25T21:40"',
};
const SPEED: Field<AttractSpeed> = {
  read: (value) => ATTRACT_SPEEDS.find((speed) => speed === value),
  expected: ATTRACT_SPEEDS.map((speed) => `"${speed}"`).join(', '),
};

function kioskFlag(value: unknown): boolean | undefined {
  if (value === true || value === '1' || value === 'true') return true;
  if (value === false || value === '0' || value === 'false') return false;
  return undefined;
}

function rawFromSearch(search: string): Raw {
  const params = new URLSearchParams(search);
  const raw: Raw = {};
  for (const key of KIOSK_KEYS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return raw;
}

/**
 * The kiosk's configuration from the address (`search`) and the contents of kiosk.json (`file`,
 * already parsed as JSON; undefined when there is none). Never throws: every field that is missing
 * or not valid takes its default, and each invalid one adds a warning.
 *
 * @example parseKioskConfig('?kiosk=1&idle=90', { lang: 'ru', idle: 300 }).config
 *   // { kiosk: true, lang: 'ru', idleSeconds: 90, start: 0, speed: 'fast' }
 */
export function parseKioskConfig(search: string, file?: unknown): ParsedKioskConfig {
  const warnings: string[] = [];
  const fromUrl = rawFromSearch(search);
  let fromFile: Raw = {};
  if (file !== undefined) {
    if (file !== null && typeof file === 'object' && !Array.isArray(file)) {
      fromFile = { ...(file as Raw) };
      for (const key of Object.keys(fromFile)) {
        if (key === 'kiosk') warnings.push('kiosk.json › kiosk: kiosk mode is switched on by the address (?kiosk=1), not by kiosk.json; ignored');
        else if (!FILE_KEYS.includes(key)) warnings.push(`kiosk.json › ${key}: not a kiosk setting (known: ${FILE_KEYS.join(', ')}); ignored`);
      }
      delete fromFile.kiosk;
    } else {
      warnings.push(`kiosk.json: ${describe(file)} is not an object of settings such as {"lang": "ru"}; ignored`);
    }
  }

  const config: KioskConfig = { ...DEFAULT_KIOSK_CONFIG };
  const flagFromUrl = 'kiosk' in fromUrl ? kioskFlag(fromUrl.kiosk) : undefined;
  if ('kiosk' in fromUrl && flagFromUrl === undefined) warnings.push(`address › kiosk: ${describe(fromUrl.kiosk)} is not 1 or 0; kiosk mode stays off`);
  config.kiosk = flagFromUrl ?? false;

  /** The first valid value, the address's before the file's; every invalid one is warned about. */
  const pick = <T>(key: KioskKey, field: Field<T>, fallback: string): T | undefined => {
    for (const [where, raw] of [
      ['address', fromUrl],
      ['kiosk.json', fromFile],
    ] as const) {
      if (!(key in raw)) continue;
      const value = field.read(raw[key]);
      if (value !== undefined) return value;
      warnings.push(`${where} › ${key}: ${describe(raw[key])} is not ${field.expected}; using ${fallback}`);
    }
    return undefined;
  };
  config.lang = pick('lang', LANG, "the browser's language") ?? DEFAULT_KIOSK_CONFIG.lang;
  config.idleSeconds = pick('idle', IDLE, String(DEFAULT_KIOSK_CONFIG.idleSeconds)) ?? DEFAULT_KIOSK_CONFIG.idleSeconds;
  config.start = pick('start', START, formatIso(DEFAULT_KIOSK_CONFIG.start)) ?? DEFAULT_KIOSK_CONFIG.start;
  config.speed = pick('speed', SPEED, `"${DEFAULT_KIOSK_CONFIG.speed}"`) ?? DEFAULT_KIOSK_CONFIG.speed;
  return { config, warnings };
}

/** Only the kiosk's own settings of an address (`?kiosk=1&lang=ru&t=…&site=…` → `?kiosk=1&lang=ru`), in their order. */
export function kioskSearch(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const [key, value] of params) if ((KIOSK_KEYS as readonly string[]).includes(key)) kept.append(key, value);
  const query = kept.toString().replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}

// ——— loading kiosk.json ———

/** Where the last good kiosk.json is kept, for a start without a network. */
export const STORED_KIOSK_JSON = 'petrograd-1917.kiosk.json';
/** How long a start waits for kiosk.json before it uses the last good copy. */
export const KIOSK_JSON_TIMEOUT_MS = 2000;

export interface LoadedKioskConfig extends ParsedKioskConfig {
  /** Where kiosk.json's settings came from. */
  file: 'fetched' | 'stored' | 'none';
}

interface LoadOptions {
  fetch?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  timeoutMs?: number;
  /** Where kiosk.json is, relative to the page. */
  url?: string;
}

function safeStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled by policy: no offline copy, nothing else changes
  }
}

/**
 * Reads the configuration for this page: from the address alone unless it asks for kiosk mode, and
 * then also from kiosk.json, fetched from the same origin past every cache. A kiosk.json that is
 * valid JSON is kept in localStorage; when the fetch fails, times out or answers with something
 * other than JSON, the kept copy is used; a 404 means the deployment has none, and the kept copy is
 * forgotten. Never throws. Warnings are returned, not printed.
 */
export async function loadKioskConfig(search: string, options: LoadOptions = {}): Promise<LoadedKioskConfig> {
  const fromUrl = parseKioskConfig(search);
  if (!fromUrl.config.kiosk) return { ...fromUrl, file: 'none' };
  const storage = 'storage' in options ? options.storage : safeStorage();
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const warnings: string[] = [];
  const stored = () => {
    const text = storage?.getItem(STORED_KIOSK_JSON);
    if (text == null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };

  let file: unknown;
  let source: LoadedKioskConfig['file'] = 'none';
  const fallBack = (why: string) => {
    file = stored();
    source = file === undefined ? 'none' : 'stored';
    warnings.push(`kiosk.json: ${why}; ${source === 'stored' ? 'using the last good copy' : 'no copy kept, using the address and the defaults'}`);
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? KIOSK_JSON_TIMEOUT_MS);
  try {
    const response = await doFetch(options.url ?? './kiosk.json', {
      cache: 'no-store',
      mode: 'same-origin',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (response.status === 404 || response.status === 410) {
      storage?.removeItem(STORED_KIOSK_JSON);
    } else if (!response.ok) {
      fallBack(`the server answered ${response.status}`);
    } else {
      const text = await response.text();
      try {
        file = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
        source = 'fetched';
        try {
          storage?.setItem(STORED_KIOSK_JSON, JSON.stringify(file));
        } catch {
          // storage full or disabled: this start still has the settings
        }
      } catch (error) {
        const type = response.headers.get('content-type') ?? 'no type';
        fallBack(`not valid JSON (${type.includes('html') ? 'the server sent a web page' : error instanceof Error ? error.message : String(error)})`);
      }
    }
  } catch (error) {
    fallBack(
      controller.signal.aborted
        ? `no answer within ${options.timeoutMs ?? KIOSK_JSON_TIMEOUT_MS} ms`
        : `could not be fetched (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    clearTimeout(timer);
  }
  const parsed = parseKioskConfig(search, file);
  return { config: parsed.config, warnings: [...warnings, ...parsed.warnings], file: source };
}

// ——— the configuration of this page ———

let current: KioskConfig = DEFAULT_KIOSK_CONFIG;
let currentSearch = '';

/** Set once at start-up (main.tsx), from loadKioskConfig; `search` is the address it was read from. */
export function setKioskConfig(config: KioskConfig, search: string): void {
  current = config;
  currentSearch = kioskSearch(search);
}

/** The configuration this page started with: what every recovery restores. */
export function kioskConfig(): KioskConfig {
  return current;
}

/** The address a restart of a kiosk returns to: only its own settings, as it was opened with them. */
export function kioskRestartSearch(): string {
  return currentSearch;
}
