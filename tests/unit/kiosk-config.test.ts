import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_KIOSK_CONFIG, kioskSearch, loadKioskConfig, parseKioskConfig, STORED_KIOSK_JSON } from '../../src/kiosk/config.ts';
import { momentOf } from '../../src/model/time.ts';

describe('parseKioskConfig', () => {
  it('is off, with the defaults, for an ordinary address', () => {
    expect(parseKioskConfig('?t=1917-10-25T02:10&lang=ru')).toEqual({ config: { ...DEFAULT_KIOSK_CONFIG, lang: 'ru' }, warnings: [] });
    expect(DEFAULT_KIOSK_CONFIG).toEqual({ kiosk: false, lang: undefined, idleSeconds: 120, start: 0, speed: 'fast' });
  });
  it('reads every setting from the address', () => {
    const { config, warnings } = parseKioskConfig('?kiosk=1&lang=ru&idle=300&start=1917-10-25T21:40&speed=normal');
    expect(warnings).toEqual([]);
    expect(config).toEqual({ kiosk: true, lang: 'ru', idleSeconds: 300, start: momentOf('1917-10-25T21:40'), speed: 'normal' });
  });
  it('reads kiosk.json, and the address wins field by field', () => {
    const { config, warnings } = parseKioskConfig('?kiosk=1&idle=90', { lang: 'ru', idle: 300, start: '1917-10-25T02:10', speed: 'slow' });
    expect(warnings).toEqual([]);
    expect(config).toEqual({ kiosk: true, lang: 'ru', idleSeconds: 90, start: momentOf('1917-10-25T02:10'), speed: 'slow' });
  });
  it.each([
    ['idle', '?kiosk=1&idle=0', /address › idle: "0" is not a whole number of seconds from 1 to 3600; using 120/],
    ['idle', '?kiosk=1&idle=1e9', /address › idle: "1e9"/],
    ['idle', '?kiosk=1&idle=-30', /address › idle: "-30"/],
    ['idle', '?kiosk=1&idle=', /address › idle: ""/],
    ['lang', '?kiosk=1&lang=de', /address › lang: "de" is not "en" or "ru"; using the browser's language/],
    ['start', '?kiosk=1&start=1917-10-32T01:00', /address › start: "1917-10-32T01:00" is not a Julian time/],
    ['start', '?kiosk=1&start=1917-11-07T10:00', /address › start: "1917-11-07T10:00"/],
    ['speed', '?kiosk=1&speed=warp', /address › speed: "warp" is not "slow", "normal", "fast"; using "fast"/],
  ])('falls back to the default of %s, with a warning naming it (%s)', (field, search, warning) => {
    const { config, warnings } = parseKioskConfig(search);
    expect(config).toEqual({ ...DEFAULT_KIOSK_CONFIG, kiosk: true });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    expect(warnings[0]).toContain(field);
  });
  it('an invalid address value gives way to a valid kiosk.json value', () => {
    const { config, warnings } = parseKioskConfig('?kiosk=1&idle=abc', { idle: 200 });
    expect(config.idleSeconds).toBe(200);
    expect(warnings).toEqual([expect.stringContaining('address › idle: "abc"')]);
  });
  it('warns about each bad field of kiosk.json and keeps the good ones', () => {
    const { config, warnings } = parseKioskConfig('?kiosk=1', { lang: 'ru', idle: 12.5, start: 1917, speed: 'fast', sound: true, kiosk: false });
    expect(config).toEqual({ ...DEFAULT_KIOSK_CONFIG, kiosk: true, lang: 'ru' });
    expect(warnings).toEqual([
      expect.stringContaining('kiosk.json › sound: not a kiosk setting'),
      expect.stringContaining('kiosk.json › kiosk: kiosk mode is switched on by the address'),
      'kiosk.json › idle: 12.5 is not a whole number of seconds from 1 to 3600; using 120',
      expect.stringContaining('kiosk.json › start: 1917 is not a Julian time'),
    ]);
  });
  it.each([[[1, 2]], ['ru'], [null], [42]])('ignores a kiosk.json that is not an object (%j)', (file) => {
    const { config, warnings } = parseKioskConfig('?kiosk=1', file);
    expect(config).toEqual({ ...DEFAULT_KIOSK_CONFIG, kiosk: true });
    expect(warnings).toEqual([expect.stringMatching(/^kiosk\.json: .* is not an object of settings/)]);
  });
  it('takes kiosk=0 as off and warns about other values', () => {
    expect(parseKioskConfig('?kiosk=0').config.kiosk).toBe(false);
    expect(parseKioskConfig('?kiosk=yes').warnings).toEqual(['address › kiosk: "yes" is not 1 or 0; kiosk mode stays off']);
  });
});

describe('kioskSearch', () => {
  it("keeps only the kiosk's settings of an address", () => {
    expect(kioskSearch('?kiosk=1&t=1917-10-25T02:10&site=smolny&lang=ru&idle=90')).toBe('?kiosk=1&lang=ru&idle=90');
    expect(kioskSearch('?kiosk=1&start=1917-10-25T21:40')).toBe('?kiosk=1&start=1917-10-25T21:40');
    expect(kioskSearch('?t=1917-10-25T02:10')).toBe('');
  });
});

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
const answer = (status: number, body: string, type = 'application/json') =>
  vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } }));

describe('loadKioskConfig', () => {
  it('does not fetch kiosk.json for an ordinary page', async () => {
    const fetch = answer(200, '{"lang":"ru"}');
    const loaded = await loadKioskConfig('?lang=en', { fetch, storage: memoryStorage() });
    expect(fetch).not.toHaveBeenCalled();
    expect(loaded).toMatchObject({ file: 'none', config: { kiosk: false, lang: 'en' } });
  });
  it('fetches kiosk.json past every cache, uses it and keeps it', async () => {
    const fetch = answer(200, '\uFEFF{"lang":"ru","idle":300}');
    const storage = memoryStorage();
    const loaded = await loadKioskConfig('?kiosk=1', { fetch, storage });
    expect(fetch).toHaveBeenCalledWith('./kiosk.json', expect.objectContaining({ cache: 'no-store', mode: 'same-origin' }));
    expect(loaded).toMatchObject({ file: 'fetched', warnings: [], config: { kiosk: true, lang: 'ru', idleSeconds: 300 } });
    expect(JSON.parse(storage.items.get(STORED_KIOSK_JSON) ?? 'null')).toEqual({ lang: 'ru', idle: 300 });
  });
  it.each([
    ['the network is down', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), /could not be fetched \(Failed to fetch\)/],
    ['the server fails', answer(503, 'busy', 'text/plain'), /the server answered 503/],
    ['a captive portal answers', answer(200, '<!doctype html><title>Log in</title>', 'text/html'), /not valid JSON \(the server sent a web page\)/],
    ['the file has a typo', answer(200, '{"lang": "ru",}'), /not valid JSON/],
  ])('uses the last good copy when %s', async (_, fetch, why) => {
    const storage = memoryStorage({ [STORED_KIOSK_JSON]: '{"lang":"ru","idle":45}' });
    const loaded = await loadKioskConfig('?kiosk=1&idle=600', { fetch, storage });
    expect(loaded.file).toBe('stored');
    expect(loaded.config).toMatchObject({ lang: 'ru', idleSeconds: 600 });
    expect(loaded.warnings).toEqual([expect.stringMatching(why)]);
    expect(loaded.warnings[0]).toMatch(/using the last good copy$/);
  });
  it('gives up waiting after the timeout and uses the kept copy', async () => {
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const storage = memoryStorage({ [STORED_KIOSK_JSON]: '{"lang":"ru"}' });
    const loaded = await loadKioskConfig('?kiosk=1', { fetch, storage, timeoutMs: 20 });
    expect(loaded).toMatchObject({ file: 'stored', config: { lang: 'ru' }, warnings: ['kiosk.json: no answer within 20 ms; using the last good copy'] });
  });
  it('forgets the kept copy when the deployment has no kiosk.json (404)', async () => {
    const storage = memoryStorage({ [STORED_KIOSK_JSON]: '{"lang":"ru"}' });
    const loaded = await loadKioskConfig('?kiosk=1', { fetch: answer(404, 'not found', 'text/plain'), storage });
    expect(loaded).toMatchObject({ file: 'none', warnings: [], config: { ...DEFAULT_KIOSK_CONFIG, kiosk: true } });
    expect(storage.items.has(STORED_KIOSK_JSON)).toBe(false);
  });
  it('says so when there is neither a file nor a kept copy', async () => {
    const loaded = await loadKioskConfig('?kiosk=1&lang=en', { fetch: answer(500, ''), storage: undefined });
    expect(loaded).toMatchObject({ file: 'none', config: { kiosk: true, lang: 'en' } });
    expect(loaded.warnings).toEqual(['kiosk.json: the server answered 500; no copy kept, using the address and the defaults']);
  });
});
