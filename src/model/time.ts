/**
 * Time in the story. Inside the app a moment is one number: whole minutes since
 * 24 October 1917 00:00, Petrograd wall-clock time, Julian calendar (Old Style).
 * Conversions to and from text happen only at the edges (parsing data and URLs, display).
 *
 * No `Date` is used anywhere: its behaviour depends on the machine's time zone and is
 * awkward before 1970. Calendar arithmetic goes through Julian Day Numbers instead.
 */

/** Whole minutes since 1917-10-24T00:00 (Julian). May be negative for context before the window. */
export type Moment = number;

export type Lang = 'en' | 'ru';
export type Calendar = 'julian' | 'gregorian';

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export const MINUTES_PER_DAY = 24 * 60;
/** 24 October 1917 00:00 (Julian). */
export const WINDOW_START: Moment = 0;
/** 26 October 1917 24:00 (Julian), i.e. 27 October 00:00. */
export const WINDOW_END: Moment = 3 * MINUTES_PER_DAY;

const EPOCH: CalendarDate = { year: 1917, month: 10, day: 24 };

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Julian Day Number of a date on the Julian calendar. */
export function jdnFromJulian({ year, month, day }: CalendarDate): number {
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - 32083;
}

/** Julian Day Number of a date on the Gregorian calendar. */
export function jdnFromGregorian({ year, month, day }: CalendarDate): number {
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) - 32045;
}

/** The Julian-calendar date of a Julian Day Number. */
export function julianFromJdn(jdn: number): CalendarDate {
  const c = jdn + 32082;
  const d = floorDiv(4 * c + 3, 1461);
  const e = c - floorDiv(1461 * d, 4);
  const m = floorDiv(5 * e + 2, 153);
  return {
    day: e - floorDiv(153 * m + 2, 5) + 1,
    month: m + 3 - 12 * floorDiv(m, 10),
    year: d - 4800 + floorDiv(m, 10),
  };
}

/** The Gregorian-calendar date of a Julian Day Number. */
export function gregorianFromJdn(jdn: number): CalendarDate {
  const a = jdn + 32044;
  const b = floorDiv(4 * a + 3, 146097);
  const c = a - floorDiv(146097 * b, 4);
  const d = floorDiv(4 * c + 3, 1461);
  const e = c - floorDiv(1461 * d, 4);
  const m = floorDiv(5 * e + 2, 153);
  return {
    day: e - floorDiv(153 * m + 2, 5) + 1,
    month: m + 3 - 12 * floorDiv(m, 10),
    year: 100 * b + d - 4800 + floorDiv(m, 10),
  };
}

/** The Gregorian date of a Julian-calendar date (13 days later in 1917). */
export function toGregorian(date: CalendarDate): CalendarDate {
  return gregorianFromJdn(jdnFromJulian(date));
}

/** The Julian date of a Gregorian-calendar date (13 days earlier in 1917). */
export function toJulian(date: CalendarDate): CalendarDate {
  return julianFromJdn(jdnFromGregorian(date));
}

function julianMonthLength(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type ParseResult = { ok: true; moment: Moment } | { ok: false; reason: string };

const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Parses a Julian wall-clock time such as `1917-10-25T02:10`.
 * @returns the moment, or the reason the text is not a valid time.
 */
export function parseMoment(text: string): ParseResult {
  const match = TIME_PATTERN.exec(text);
  if (!match) return { ok: false, reason: 'expected the form YYYY-MM-DDTHH:MM' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` };
  if (day < 1 || day > julianMonthLength(year, month)) {
    return { ok: false, reason: `day ${day} does not exist in month ${month} of ${year}` };
  }
  if (hour > 23) return { ok: false, reason: `hour ${hour} is not between 00 and 23` };
  if (minute > 59) return { ok: false, reason: `minute ${minute} is not between 00 and 59` };
  const days = jdnFromJulian({ year, month, day }) - jdnFromJulian(EPOCH);
  return { ok: true, moment: days * MINUTES_PER_DAY + hour * 60 + minute };
}

/** Like parseMoment, but throws on invalid text. For data that has already been validated. */
export function momentOf(text: string): Moment {
  const result = parseMoment(text);
  if (!result.ok) throw new Error(`"${text}" is not a valid time: ${result.reason}`);
  return result.moment;
}

export interface WallClock {
  date: CalendarDate; // Julian
  hour: number;
  minute: number;
}

export function wallClock(moment: Moment): WallClock {
  const dayOffset = floorDiv(moment, MINUTES_PER_DAY);
  const minuteOfDay = moment - dayOffset * MINUTES_PER_DAY;
  return {
    date: julianFromJdn(jdnFromJulian(EPOCH) + dayOffset),
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The wall clock as shown to people: the end of the window reads "26 October, 24:00", as the
 * span of the story is named, rather than "27 October, 00:00".
 */
export function displayClock(moment: Moment): WallClock {
  if (moment !== WINDOW_END) return wallClock(moment);
  return { date: wallClock(moment - 1).date, hour: 24, minute: 0 };
}

/** The moment as data text, `1917-10-25T02:10` (Julian). */
export function formatIso(moment: Moment): string {
  const { date, hour, minute } = wallClock(moment);
  return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}`;
}

export function isInWindow(moment: Moment): boolean {
  return moment >= WINDOW_START && moment <= WINDOW_END;
}

export function clampToWindow(moment: Moment): Moment {
  return Math.min(WINDOW_END, Math.max(WINDOW_START, Math.round(moment)));
}

const MONTHS: Record<Lang, { nominative: string[]; genitive: string[] }> = {
  en: {
    nominative: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    genitive: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  ru: {
    nominative: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    genitive: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  },
};

const WEEKDAYS: Record<Lang, string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
};

/** `25 October 1917` / `25 октября 1917` for a date on either calendar. */
export function formatDate(date: CalendarDate, lang: Lang, withYear = true): string {
  const month = MONTHS[lang].genitive[date.month - 1];
  return withYear ? `${date.day} ${month} ${date.year}` : `${date.day} ${month}`;
}

/** `02:10` */
export function formatClock(moment: Moment): string {
  const { hour, minute } = displayClock(moment);
  return `${pad(hour)}:${pad(minute)}`;
}

/** The date of a moment on the chosen calendar. The clock time is the same on both. */
export function dateOf(moment: Moment, calendar: Calendar): CalendarDate {
  const { date } = displayClock(moment);
  return calendar === 'julian' ? date : toGregorian(date);
}

/** `25 October 1917, 02:10` (Julian) or `7 November 1917, 02:10` (Gregorian). */
export function formatMoment(moment: Moment, lang: Lang, calendar: Calendar = 'julian'): string {
  return `${formatDate(dateOf(moment, calendar), lang)}, ${formatClock(moment)}`;
}

export function weekdayOf(moment: Moment, lang: Lang): string {
  const { date } = displayClock(moment);
  const index = ((jdnFromJulian(date) % 7) + 7) % 7; // JDN 0 was a Monday
  return WEEKDAYS[lang][index] ?? '';
}

/**
 * The moment in words for a screen reader (the slider's aria-valuetext), naming both calendars:
 * "Wednesday 25 October 1917, 02:10 (7 November New Style)".
 */
export function spokenMoment(moment: Moment, lang: Lang): string {
  const julian = dateOf(moment, 'julian');
  const gregorian = dateOf(moment, 'gregorian');
  const clock = formatClock(moment);
  if (lang === 'ru') {
    return `${weekdayOf(moment, 'ru')}, ${formatDate(julian, 'ru')}, ${clock} (${formatDate(gregorian, 'ru', false)} по новому стилю)`;
  }
  return `${weekdayOf(moment, 'en')} ${formatDate(julian, 'en')}, ${clock} (${formatDate(gregorian, 'en', false)} New Style)`;
}

/** A time range for display: "between 01:25 and 01:30", with dates when they differ. */
export function formatRange(earliest: Moment, latest: Moment, lang: Lang): string {
  const sameDay = floorDiv(earliest, MINUTES_PER_DAY) === floorDiv(latest, MINUTES_PER_DAY);
  const show = (m: Moment) => (sameDay ? formatClock(m) : formatMoment(m, lang));
  return lang === 'ru' ? `между ${show(earliest)} и ${show(latest)}` : `between ${show(earliest)} and ${show(latest)}`;
}

/** A disputed time with its date: "25 October 1917, between 01:25 and 01:30". */
export function formatDatedRange(earliest: Moment, latest: Moment, lang: Lang): string {
  const sameDay = floorDiv(earliest, MINUTES_PER_DAY) === floorDiv(latest, MINUTES_PER_DAY);
  if (!sameDay) return formatRange(earliest, latest, lang);
  return `${formatDate(dateOf(earliest, 'julian'), lang)}, ${formatRange(earliest, latest, lang)}`;
}
