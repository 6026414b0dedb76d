import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWithRetry } from '../../src/recovery/recovery.ts';

/** What recovery uses of the page: its timers (faked by each test) and its address. */
function stubWindow(location: Partial<Location> = {}) {
  vi.stubGlobal('window', { setTimeout: (...args: Parameters<typeof setTimeout>) => setTimeout(...args), location });
}

beforeEach(() => stubWindow());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loadWithRetry', () => {
  it('returns what loads, retrying after failures', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const load = () => (++calls < 3 ? Promise.reject(new Error('offline')) : Promise.resolve('chunk'));
    const result = loadWithRetry(load);
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe('chunk');
    expect(calls).toBe(3);
  });
  it('gives up after its retries and schedules a reload', async () => {
    vi.useFakeTimers();
    const replace = vi.fn();
    stubWindow({ search: '?kiosk=1&t=1917-10-25T02:10&lang=ru', pathname: '/', replace });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = loadWithRetry(() => Promise.reject(new Error('gone')));
    result.catch(() => {});
    await vi.runAllTimersAsync();
    await expect(result).rejects.toThrow('gone');
    expect(replace).toHaveBeenCalledWith('/?kiosk=1&lang=ru');
    warn.mockRestore();
  });
});
