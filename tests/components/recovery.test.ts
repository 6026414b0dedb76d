// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWithRetry } from '../../src/recovery/recovery.ts';

afterEach(() => {
  vi.useRealTimers();
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
    vi.stubGlobal('location', { ...window.location, search: '?kiosk=1&t=1917-10-25T02:10&lang=ru', pathname: '/', replace });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = loadWithRetry(() => Promise.reject(new Error('gone')));
    result.catch(() => {});
    await vi.runAllTimersAsync();
    await expect(result).rejects.toThrow('gone');
    expect(replace).toHaveBeenCalledWith('/?kiosk=1&lang=ru');
    warn.mockRestore();
    vi.unstubAllGlobals();
  });
});
