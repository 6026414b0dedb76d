import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState, DEFAULT_MOMENT } from '../../src/app/url-state.ts';
import { momentOf } from '../../src/model/time.ts';

const ids = new Set(['winter-palace', 'smolny']);

describe('URL state', () => {
  it('restores moment, site and language', () => {
    expect(readUrlState('?t=1917-10-25T02:10&site=winter-palace&lang=ru', ids)).toEqual({
      moment: momentOf('1917-10-25T02:10'),
      siteId: 'winter-palace',
      lang: 'ru',
    });
  });
  it.each([
    ['?t=banana', 'bad time'],
    ['?t=1999-01-01', 'date without time'],
    ['?t=1999-01-01T00:00', 'outside the window'],
    ['?t=1917-10-32T01:00', 'impossible date'],
    ['?site=%3Cscript%3Ealert(1)%3C/script%3E', 'script in site'],
    ['?site=no-such-site', 'unknown site'],
    ['?lang=zz', 'unknown language'],
    ['?t=&site=&lang=', 'empty values'],
  ])('falls back to defaults for %s (%s)', (search) => {
    const state = readUrlState(search, ids, 'en');
    expect(state.siteId).toBeUndefined();
    expect(state.lang).toBe('en');
    expect(state.moment).toBe(DEFAULT_MOMENT);
  });
  it('keeps the valid parts when one part is invalid', () => {
    expect(readUrlState('?t=banana&site=smolny&lang=ru', ids)).toEqual({
      moment: DEFAULT_MOMENT,
      siteId: 'smolny',
      lang: 'ru',
    });
  });
  it('writes a readable query that reads back the same', () => {
    const state = { moment: momentOf('1917-10-26T02:10'), siteId: 'winter-palace', lang: 'ru' as const };
    const search = writeUrlState(state);
    expect(search).toBe('?t=1917-10-26T02:10&site=winter-palace&lang=ru');
    expect(readUrlState(search, ids)).toEqual(state);
  });
  it('carries no kiosk settings: they are the kiosk configuration (tests/unit/kiosk-config.test.ts)', () => {
    expect(readUrlState('?kiosk=1&idle=90&lang=ru', ids)).toEqual({ moment: DEFAULT_MOMENT, siteId: undefined, lang: 'ru' });
    expect(writeUrlState({ moment: 0, siteId: undefined, lang: 'en' })).toBe('?t=1917-10-24T00:00&lang=en');
  });
});
