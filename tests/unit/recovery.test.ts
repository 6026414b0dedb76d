// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the modules for each test: recovery happens once per page. */
async function freshPage(search: string) {
  vi.resetModules();
  const replace = vi.fn();
  vi.stubGlobal('location', { ...window.location, search, pathname: '/', replace });
  const recovery = await import('../../src/recovery/recovery.ts');
  const config = await import('../../src/kiosk/config.ts');
  config.setKioskConfig(config.parseKioskConfig(search).config, search);
  return { recovery, replace };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  sessionStorage.clear();
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const screen = () => document.querySelector('.unavailable-screen');

describe('loadWithRetry', () => {
  it('returns what loads, retrying after failures', async () => {
    const { recovery } = await freshPage('');
    let calls = 0;
    const load = () => (++calls < 3 ? Promise.reject(new Error('offline')) : Promise.resolve('chunk'));
    const result = recovery.loadWithRetry(load);
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe('chunk');
    expect(calls).toBe(3);
    expect(screen()).toBeNull();
  });
  it('gives up after its retries: the unavailable screen at once, a reload to the kiosk configuration after 5 s', async () => {
    const { recovery, replace } = await freshPage('?kiosk=1&lang=ru&idle=300');
    // The visitor's state would be in the address of a student's page; a kiosk's stays its configuration.
    window.location.search = '?kiosk=1&lang=en&t=1917-10-25T02:10&idle=300';
    let settled = false;
    void recovery.loadWithRetry(() => Promise.reject(new Error('gone'))).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(3000);
    expect(screen()?.textContent).toContain('Temporarily unavailable');
    expect(screen()?.textContent).toContain('Временно недоступно');
    expect(screen()?.getAttribute('role')).toBe('alert');
    expect(sessionStorage.getItem(recovery.RELOADS_KEY)).toBe('1');
    await vi.advanceTimersByTimeAsync(4999);
    expect(replace).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(replace).toHaveBeenCalledWith('/?kiosk=1&lang=ru&idle=300');
    expect(settled).toBe(false);
  });
});

describe('recover', () => {
  it('counts reloads across pages: 30 s after one, 2 min after two', async () => {
    for (const [before, wait] of [
      ['1', 30_000],
      ['2', 120_000],
    ] as const) {
      sessionStorage.setItem('petrograd-1917.reloads', before);
      const { recovery, replace } = await freshPage('?t=1917-10-25T02:10&lang=ru');
      recovery.recover(new Error('boom'));
      recovery.recover(new Error('again')); // once per page
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(replace).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(replace).toHaveBeenCalledTimes(1);
      expect(replace).toHaveBeenCalledWith('/?lang=ru'); // a student's second reload drops the moment
      expect(sessionStorage.getItem(recovery.RELOADS_KEY)).toBe(String(Number(before) + 1));
    }
  });
  it('counts reloads across pages where sessionStorage is blocked: 5 s, then 30 s, then 2 min', async () => {
    const storage = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    window.name = '';
    try {
      for (const wait of [5_000, 30_000, 120_000]) {
        const { recovery, replace } = await freshPage('?kiosk=1');
        recovery.recover(new Error('boom'));
        await vi.advanceTimersByTimeAsync(wait - 1);
        expect(replace).not.toHaveBeenCalled();
        await vi.advanceTimersByTimeAsync(1);
        expect(replace).toHaveBeenCalledTimes(1);
      }
    } finally {
      if (storage) Object.defineProperty(window, 'sessionStorage', storage);
      else Reflect.deleteProperty(window, 'sessionStorage');
      window.name = '';
    }
  });
  it('once the reloads are used up, shows the screen from the start and retries quietly every 2 min', async () => {
    sessionStorage.setItem('petrograd-1917.reloads', '3');
    const { recovery, replace } = await freshPage('?kiosk=1');
    recovery.installGlobalRecovery();
    expect(screen()).not.toBeNull();
    recovery.recover(new Error('still broken'));
    await vi.advanceTimersByTimeAsync(119_999);
    expect(replace).not.toHaveBeenCalled();
    expect(screen()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(replace).toHaveBeenCalledWith('/?kiosk=1');
  });
  it('a start that works hides the screen and forgets the reloads after 10 min', async () => {
    sessionStorage.setItem('petrograd-1917.reloads', '3');
    const { recovery } = await freshPage('');
    recovery.installGlobalRecovery();
    recovery.appStarted();
    expect(screen()).toBeNull();
    await vi.advanceTimersByTimeAsync(recovery.HEALTHY_AFTER_MS);
    expect(sessionStorage.getItem(recovery.RELOADS_KEY)).toBeNull();
  });
  it('errors outside React recover, the ResizeObserver notice does not', async () => {
    const { recovery, replace } = await freshPage('');
    recovery.installGlobalRecovery();
    window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }));
    expect(screen()).toBeNull();
    window.dispatchEvent(new ErrorEvent('error', { message: 'boom', error: new Error('boom') }));
    expect(screen()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(replace).toHaveBeenCalledWith('/');
  });
});
