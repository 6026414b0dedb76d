import { describe, expect, it } from 'vitest';
import { QUIET_RETRY_MS, RELOAD_BACKOFF_MS, recoveryStep, restartSearch } from '../../src/recovery/recovery.ts';

describe('the reload backoff', () => {
  it('waits 5 s, 30 s, then 2 min before the first three reloads in a row', () => {
    expect(RELOAD_BACKOFF_MS).toEqual([5_000, 30_000, 120_000]);
    expect([0, 1, 2].map(recoveryStep)).toEqual([
      { delayMs: 5_000, quiet: false },
      { delayMs: 30_000, quiet: false },
      { delayMs: 120_000, quiet: false },
    ]);
  });
  it('then stays on the unavailable screen and tries again quietly every 2 min, for ever', () => {
    expect(QUIET_RETRY_MS).toBe(120_000);
    for (const reloads of [3, 4, 10, 1000]) expect(recoveryStep(reloads)).toEqual({ delayMs: 120_000, quiet: true });
  });
  it('never waits less than the first pause, whatever the count says', () => {
    expect(recoveryStep(-1)).toEqual({ delayMs: 5_000, quiet: false });
    expect(recoveryStep(Number.NaN).delayMs).toBeGreaterThanOrEqual(5_000);
  });
});

describe('the address a reload goes to', () => {
  const student = { kiosk: false, search: '' };
  it("is a kiosk's configuration, whatever the address says now", () => {
    const kiosk = { kiosk: true, search: '?kiosk=1&lang=ru&idle=300' };
    for (const reloads of [0, 1, 5]) expect(restartSearch('?kiosk=1&lang=en&t=1917-10-25T02:10&site=smolny', reloads, kiosk)).toBe(kiosk.search);
  });
  it("keeps a student's moment the first time, and only the language after", () => {
    const search = '?t=1917-10-25T02:10&site=smolny&lang=ru';
    expect(restartSearch(search, 0, student)).toBe(search);
    expect(restartSearch(search, 1, student)).toBe('?lang=ru');
    expect(restartSearch('?t=1917-10-25T02:10&lang=xx', 2, student)).toBe('');
  });
});
