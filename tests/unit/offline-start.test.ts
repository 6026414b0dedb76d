import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The offline worker is registered once the page has started (the map built), or 10 s after the load event at the latest. */
describe('startOfflineCache', () => {
  let register: ReturnType<typeof vi.fn>;
  let offline: typeof import('../../src/offline/updates.ts');
  let schedule: typeof import('../../src/dom/schedule.ts');

  beforeEach(async () => {
    vi.useFakeTimers();
    register = vi.fn(() => Promise.resolve({}));
    vi.stubGlobal('navigator', {
      serviceWorker: { register, getRegistration: () => Promise.resolve(undefined), addEventListener: () => undefined },
    });
    vi.stubGlobal('window', {
      location: { protocol: 'http:' },
      addEventListener: () => undefined,
      setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    });
    vi.stubGlobal('document', { readyState: 'complete' });
    vi.resetModules();
    schedule = await import('../../src/dom/schedule.ts');
    offline = await import('../../src/offline/updates.ts');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the page to start, then registers the worker once', () => {
    offline.startOfflineCache({ kiosk: false });
    vi.advanceTimersByTime(9_000);
    expect(register).not.toHaveBeenCalled();
    schedule.startUpDone();
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith('./sw.js');
    vi.advanceTimersByTime(5_000);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers it 10 s after the load event when the page never says it has started', () => {
    offline.startOfflineCache({ kiosk: true });
    vi.advanceTimersByTime(9_999);
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(register).toHaveBeenCalledTimes(1);
    schedule.startUpDone();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers it at once when the page had already started', () => {
    schedule.startUpDone();
    offline.startOfflineCache({ kiosk: false });
    expect(register).toHaveBeenCalledTimes(1);
  });
});
