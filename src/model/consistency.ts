/**
 * One truth per fact: checks that a fact told in two places of geo/ says the same thing in both.
 * - A site change that names its `event` has the same time fields as that event.
 * - A route's `events` happen between the route's start and end.
 * - The English and Russian versions of every text give the same numbers, dates and times.
 * Pure functions on the validated data; check:geo and the build run them (src/model/validate.ts), the tests
 * also on seeded errors.
 */
import type { Account, Bilingual, HistoryData } from './schema.ts';

export interface ConsistencyProblem {
  file: string;
  id: string;
  field: string;
  message: string;
}

const FILES = { sites: 'geo/sites.geojson', events: 'geo/events.json', routes: 'geo/routes.geojson', sources: 'geo/sources.json' } as const;

interface Timed {
  at: string;
  earliest?: string | undefined;
  latest?: string | undefined;
  approximate?: boolean | undefined;
  timeNote?: Bilingual | undefined;
  accounts?: Account[] | undefined;
}

/** The time fields as a comparable value: an absent range is the moment itself, absent flags are false. */
function timingKey(t: Timed): string {
  return JSON.stringify({
    at: t.at,
    earliest: t.earliest ?? t.at,
    latest: t.latest ?? t.at,
    approximate: t.approximate ?? false,
    timeNote: t.timeNote ?? null,
    accounts: t.accounts ?? [],
  });
}

const TIME_FIELDS = ['at', 'earliest', 'latest', 'approximate', 'timeNote', 'accounts'] as const;

function differingFields(a: Timed, b: Timed): (typeof TIME_FIELDS)[number][] {
  const ka = JSON.parse(timingKey(a)) as Record<string, unknown>;
  const kb = JSON.parse(timingKey(b)) as Record<string, unknown>;
  return TIME_FIELDS.filter((f) => JSON.stringify(ka[f]) !== JSON.stringify(kb[f]));
}

/** Site changes and the events that tell them: same time, same range, same accounts. */
export function linkedTimingProblems(data: HistoryData): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const events = new Map(data.events.map((e) => [e.id, e]));
  const linkedFrom = new Map<string, string>();
  for (const site of data.sites) {
    site.properties.timeline.forEach((change, i) => {
      if (change.event === undefined) return;
      const field = `timeline[${i}].event`;
      const event = events.get(change.event);
      if (!event) {
        problems.push({ file: FILES.sites, id: site.id, field, message: `unknown event id "${change.event}" (not in ${FILES.events})` });
        return;
      }
      const earlier = linkedFrom.get(change.event);
      if (earlier) {
        problems.push({ file: FILES.sites, id: site.id, field, message: `event "${change.event}" already tells ${earlier}; an event tells one change` });
      }
      linkedFrom.set(change.event, `${site.id} timeline[${i}]`);
      for (const f of differingFields(change, event)) {
        problems.push({
          file: FILES.sites,
          id: site.id,
          field: `timeline[${i}].${f}`,
          message: `differs from event "${event.id}" in ${FILES.events} (${f}: ${JSON.stringify(change[f] ?? null)} here, ${JSON.stringify(event[f] ?? null)} there); a fact told twice must say the same`,
        });
      }
    });
  }
  return problems;
}

/** A movement happens around the events it leads to or from: each event's time lies between start and end. */
export function routeEventProblems(data: HistoryData): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const events = new Map(data.events.map((e) => [e.id, e]));
  for (const route of data.routes) {
    const { start, end } = route.properties;
    (route.properties.events ?? []).forEach((id, i) => {
      const event = events.get(id);
      const field = `events[${i}]`;
      if (!event) problems.push({ file: FILES.routes, id: route.id, field, message: `unknown event id "${id}" (not in ${FILES.events})` });
      else if (event.at < start || event.at > end)
        problems.push({ file: FILES.routes, id: route.id, field, message: `event "${id}" at ${event.at} is outside the movement (${start} – ${end})` });
    });
  }
  return problems;
}

/**
 * The numbers in a text, normalised so that both languages' ways of writing them compare equal.
 * Clock times become 24-hour "H:MM": "2:10", "02.10", "2 hours 10 minutes" and «2 часа 10 минут»
 * are "2:10"; "6:30 p.m." and «18:30» are "18:30"; "8 p.m.", «20 часов» and «8 вечера» are "20:00";
 * "6 a.m." and «6 утра» are "6:00". Other numbers are compared as numbers ("2,5" is "2.5").
 */
export function numbersIn(text: string): string[] {
  const times: string[] = [];
  const clock = (h: string, m: string | undefined, part: string | undefined) => {
    let hour = Number(h);
    if (part && /^(p\.m\.|вечера|веч\.|дня)$/.test(part) && hour < 12) hour += 12;
    if (part === 'a.m.' && hour === 12) hour = 0;
    times.push(`${hour}:${(m ?? '00').padStart(2, '0')}`);
    return ' ';
  };
  const PARTS = String.raw`a\.m\.|p\.m\.|утра|ночи|дня|вечера|веч\.`;
  const PART = String.raw`(?:\s*(${PARTS}))?`;
  const HOURS = String.raw`(?:hours?|час(?:а|ов|у|ами|ам)?\.?|ч\.?)`;
  const rest = text
    // «17–18 часов» is «17 часов – 18 часов»
    .replace(new RegExp(String.raw`(\d{1,2})\s*[–-]\s*(?=\d{1,2}\s*${HOURS})`, 'g'), '$1 часов – ')
    .replace(new RegExp(String.raw`(\d{1,2})\s*${HOURS}\s*(\d{1,2})\s*(?:minutes?|минут[аы]?|мин\.?)${PART}`, 'g'), (_, h, m, part) => clock(h, m, part))
    .replace(new RegExp(String.raw`(?<![\d.,])(\d{1,2})[:.](\d{2})(?![\d.,]?\d)${PART}`, 'g'), (_, h, m, part) => clock(h, m, part))
    .replace(new RegExp(String.raw`(?<![\d.,])(\d{1,2})\s*(?:${HOURS}\s*)?(${PARTS})`, 'g'), (_, h, part) => clock(h, undefined, part))
    .replace(new RegExp(String.raw`(?<![\d.,])(\d{1,2})\s*час(?:а|ов|у|ами|ам)?(?![а-яё])`, 'g'), (_, h) => clock(h, undefined, undefined));
  const numbers = [...rest.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => String(Number(m[0].replace(',', '.'))));
  return [...times, ...numbers].sort();
}

function multisetDifference(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Where the English and Russian of one text give different numbers, the difference in words; else undefined. */
export function numberMismatch(text: Bilingual): string | undefined {
  const en = numbersIn(text.en);
  const ru = numbersIn(text.ru);
  const onlyEn = multisetDifference(en, ru);
  const onlyRu = multisetDifference(ru, en);
  if (onlyEn.length === 0 && onlyRu.length === 0) return undefined;
  const parts = [onlyEn.length ? `only in English: ${onlyEn.join(', ')}` : '', onlyRu.length ? `only in Russian: ${onlyRu.join(', ')}` : ''];
  return `English and Russian give different numbers (${parts.filter(Boolean).join('; ')})`;
}

function isBilingual(value: unknown): value is Bilingual {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Bilingual).en === 'string' &&
    typeof (value as Bilingual).ru === 'string'
  );
}

/** Every bilingual text under a value, with its path. */
export function bilingualTexts(value: unknown, path = ''): { path: string; text: Bilingual }[] {
  if (isBilingual(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => bilingualTexts(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => bilingualTexts(v, path ? `${path}.${k}` : k));
  return [];
}

/** English and Russian say the same numbers, dates and times, in every text of every file. */
export function bilingualNumberProblems(data: HistoryData): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const check = (file: string, id: string, value: unknown) => {
    for (const { path, text } of bilingualTexts(value)) {
      const mismatch = numberMismatch(text);
      if (mismatch) problems.push({ file, id, field: path, message: mismatch });
    }
  };
  for (const site of data.sites) check(FILES.sites, site.id, site.properties);
  for (const event of data.events) check(FILES.events, event.id, event);
  for (const route of data.routes) check(FILES.routes, route.id, route.properties);
  for (const source of data.sources) check(FILES.sources, source.id, source);
  return problems;
}

export function consistencyProblems(data: HistoryData): ConsistencyProblem[] {
  return [...linkedTimingProblems(data), ...routeEventProblems(data), ...bilingualNumberProblems(data)];
}

export const formatConsistencyProblem = (p: ConsistencyProblem) => `${p.file} › ${p.id} › ${p.field}: ${p.message}`;
