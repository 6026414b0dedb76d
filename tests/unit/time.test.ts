import { describe, expect, it } from 'vitest';
import {
  formatDatedRange,
  formatIso,
  formatMoment,
  formatRange,
  momentOf,
  parseMoment,
  spokenMoment,
  toGregorian,
  toJulian,
  WINDOW_END,
  WINDOW_START,
  weekdayOf,
} from '../../src/model/time.ts';

describe('calendars', () => {
  it('puts 25 October 1917 (Julian) on 7 November (Gregorian)', () => {
    expect(toGregorian({ year: 1917, month: 10, day: 25 })).toEqual({ year: 1917, month: 11, day: 7 });
  });
  it('crosses month ends: 24 and 26 October → 6 and 8 November; 31 October → 13 November', () => {
    expect(toGregorian({ year: 1917, month: 10, day: 24 })).toEqual({ year: 1917, month: 11, day: 6 });
    expect(toGregorian({ year: 1917, month: 10, day: 26 })).toEqual({ year: 1917, month: 11, day: 8 });
    expect(toGregorian({ year: 1917, month: 10, day: 31 })).toEqual({ year: 1917, month: 11, day: 13 });
  });
  it('converts back: 7 November (Gregorian, as in John Reed) is 25 October', () => {
    expect(toJulian({ year: 1917, month: 11, day: 7 })).toEqual({ year: 1917, month: 10, day: 25 });
  });
  it('knows the difference was 13 days in 1917 and 12 in 1899', () => {
    expect(toGregorian({ year: 1917, month: 2, day: 23 })).toEqual({ year: 1917, month: 3, day: 8 });
    expect(toGregorian({ year: 1899, month: 1, day: 1 })).toEqual({ year: 1899, month: 1, day: 13 });
  });
  it('names the weekday: 25 October 1917 (7 November) was a Wednesday', () => {
    expect(weekdayOf(momentOf('1917-10-25T12:00'), 'en')).toBe('Wednesday');
    expect(weekdayOf(momentOf('1917-10-24T00:00'), 'ru')).toBe('вторник');
  });
});

describe('parseMoment', () => {
  it('counts minutes from 24 October 00:00', () => {
    expect(parseMoment('1917-10-24T00:00')).toEqual({ ok: true, moment: 0 });
    expect(parseMoment('1917-10-25T02:10')).toEqual({ ok: true, moment: 1440 + 130 });
    expect(parseMoment('1917-10-27T00:00')).toEqual({ ok: true, moment: WINDOW_END });
  });
  it('places context before the window at negative moments', () => {
    expect(momentOf('1917-10-10T00:00')).toBe(-14 * 1440);
    expect(momentOf('1917-09-30T23:59')).toBe(-23 * 1440 - 1);
  });
  it.each([
    ['1917-10-32T01:00', 'day 32 does not exist'],
    ['1917-13-01T01:00', 'no month 13'],
    ['1917-10-25T24:30', 'hour 24'],
    ['1917-10-25T02:60', 'minute 60'],
    ['25.10.1917 02:10', 'expected the form'],
    ['1917-10-25', 'expected the form'],
    ['1917-02-29T10:00', 'day 29 does not exist'],
  ])('rejects %s', (text, reason) => {
    const result = parseMoment(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
  it('accepts 29 February in a Julian leap year (1900 was one, unlike on the Gregorian calendar)', () => {
    expect(parseMoment('1900-02-29T10:00').ok).toBe(true);
  });
  it('round-trips through formatIso', () => {
    for (const text of ['1917-10-24T00:00', '1917-10-25T02:10', '1917-10-26T23:59', '1917-10-10T21:00']) {
      expect(formatIso(momentOf(text))).toBe(text);
    }
  });
});

describe('formatting', () => {
  it('formats in English and Russian on both calendars', () => {
    const m = momentOf('1917-10-25T02:10');
    expect(formatMoment(m, 'en')).toBe('25 October 1917, 02:10');
    expect(formatMoment(m, 'ru')).toBe('25 октября 1917, 02:10');
    expect(formatMoment(m, 'en', 'gregorian')).toBe('7 November 1917, 02:10');
    expect(formatMoment(m, 'ru', 'gregorian')).toBe('7 ноября 1917, 02:10');
  });
  it('speaks the moment with both calendars for the slider', () => {
    const m = momentOf('1917-10-25T21:40');
    expect(spokenMoment(m, 'en')).toBe('Wednesday 25 October 1917, 21:40 (7 November New Style)');
    expect(spokenMoment(m, 'ru')).toBe('среда, 25 октября 1917, 21:40 (7 ноября по новому стилю)');
  });
  it('formats disputed ranges', () => {
    expect(formatRange(momentOf('1917-10-26T01:25'), momentOf('1917-10-26T01:30'), 'en')).toBe('between 01:25 and 01:30');
    expect(formatDatedRange(momentOf('1917-10-26T01:25'), momentOf('1917-10-26T01:30'), 'ru')).toBe('26 октября 1917, между 01:25 и 01:30');
    expect(formatRange(momentOf('1917-10-25T23:50'), momentOf('1917-10-26T00:20'), 'en')).toBe('between 25 October 1917, 23:50 and 26 October 1917, 00:20');
  });
  it('formats the ends of the window', () => {
    expect(formatMoment(WINDOW_START, 'en')).toBe('24 October 1917, 00:00');
    expect(formatMoment(WINDOW_END, 'en')).toBe('26 October 1917, 24:00');
    expect(formatIso(WINDOW_END)).toBe('1917-10-27T00:00');
  });
});

describe('time zone independence', () => {
  it(`gives the same results whatever the machine's zone (TZ=${process.env.TZ ?? 'unset'})`, () => {
    // The model never touches Date; this asserts the figures the other tests rely on under any TZ.
    expect(momentOf('1917-10-26T02:10')).toBe(2 * 1440 + 130);
    expect(formatMoment(momentOf('1917-10-26T00:00'), 'en', 'gregorian')).toBe('8 November 1917, 00:00');
  });
});
