/**
 * One truth per fact in geo/: a site change and the event that tells it agree, movements happen
 * around their events, English and Russian give the same numbers, and what the public sees of the
 * bibliography is publishable. Each check is also run on a seeded error, to show it can fail.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { checkGeo, readGeoFiles } from '../../scripts/geo-files.ts';
import { formatProblem, validateGeo } from '../../src/model/validate.ts';
import {
  bilingualNumberProblems,
  bilingualTexts,
  formatConsistencyProblem,
  linkedTimingProblems,
  numberMismatch,
  numbersIn,
  routeEventProblems,
} from '../../src/model/consistency.ts';
import type { HistoryData } from '../../src/model/schema.ts';

const root = join(import.meta.dirname, '..', '..');
const real = checkGeo(root).history as HistoryData;
const copy = (): HistoryData => structuredClone(real);
const format = (ps: ReturnType<typeof linkedTimingProblems>) => ps.map(formatConsistencyProblem);

describe('a site change and the event that tells it', () => {
  it('have the same time fields in the real data', () => {
    expect(format(linkedTimingProblems(real))).toEqual([]);
  });
  it('every key site that changes hands names the event that tells it', () => {
    const unlinked = real.sites
      .filter((s) => s.properties.key)
      .flatMap((s) => s.properties.timeline.map((c, i) => ({ c, id: `${s.id}[${i}]` })))
      .filter(({ c }) => c.state === 'bolshevik' && c.event === undefined)
      .map(({ id }) => id);
    expect(unlinked).toEqual([]);
  });
  it('catches a seeded disagreement (the Mariinsky Palace at 12:00 in the event, 13:00 in the site)', () => {
    const data = copy();
    const change = data.sites.find((s) => s.id === 'mariinsky-palace')?.properties.timeline[0];
    expect(change?.event).toBe('pre-parliament-dispersed');
    if (change) change.at = '1917-10-25T13:00';
    expect(format(linkedTimingProblems(data))).toEqual([
      'geo/sites.geojson › mariinsky-palace › timeline[0].at: differs from event "pre-parliament-dispersed" in geo/events.json (at: "1917-10-25T13:00" here, "1917-10-25T12:00" there); a fact told twice must say the same',
    ]);
  });
  it('catches a seeded disagreement in the range and in the accounts', () => {
    const data = copy();
    const event = data.events.find((e) => e.id === 'ministers-arrested');
    if (event) {
      event.earliest = '1917-10-26T01:50';
      event.accounts = event.accounts?.slice(1);
    }
    const fields = linkedTimingProblems(data).map((p) => `${p.id} ${p.field}`);
    expect(fields).toEqual(['winter-palace timeline[1].earliest', 'winter-palace timeline[1].accounts']);
  });
  it('catches an unknown event and an event told by two changes', () => {
    const data = copy();
    const timeline = data.sites.find((s) => s.id === 'state-bank')?.properties.timeline ?? [];
    timeline.push({ ...structuredClone(timeline[0]!), event: 'state-bank-taken' });
    timeline.push({ ...structuredClone(timeline[0]!), event: 'no-such-event' });
    const messages = linkedTimingProblems(data).map((p) => p.message);
    expect(messages).toContain('event "state-bank-taken" already tells state-bank timeline[0]; an event tells one change');
    expect(messages).toContain('unknown event id "no-such-event" (not in geo/events.json)');
  });
});

describe('a movement and its events', () => {
  it('each event happens between the start and end of its movement, in the real data', () => {
    expect(format(routeEventProblems(real))).toEqual([]);
  });
  it('catches a seeded movement that ends before its event (the Aurora arriving at 03:00, anchoring at 03:30)', () => {
    const data = copy();
    const route = data.routes.find((r) => r.id === 'aurora-up-the-neva');
    if (route) route.properties.end = '1917-10-25T03:00';
    expect(format(routeEventProblems(data))).toEqual([
      'geo/routes.geojson › aurora-up-the-neva › events[0]: event "aurora-at-nikolaevsky-bridge" at 1917-10-25T03:30 is outside the movement (1917-10-25T03:00 – 1917-10-25T03:00)',
    ]);
  });
});

describe('English and Russian', () => {
  it('reads the numbers, dates and times of both languages alike', () => {
    expect(numbersIn('At 2:10 a.m. on 26 October')).toEqual(numbersIn('В 2:10 ночи 26 октября'));
    expect(numbersIn('“at 2 hours 10 minutes of the night”')).toEqual(numbersIn('«в 2 часа 10 минут ночи»'));
    expect(numbersIn('01.25 — the post office')).toEqual(numbersIn('в 1:25 почтамт'));
    expect(numbersIn('about 2.5 km')).toEqual(numbersIn('около 2,5 км'));
    expect(numbersIn('the 2nd Baltic Fleet Crew, 1962–65')).toEqual(['1962', '2', '65']);
  });
  it('give the same numbers in every text of geo/', () => {
    expect(format(bilingualNumberProblems(real))).toEqual([]);
  });
  it('catches a seeded discrepancy (21:40 in English, 21:45 in Russian)', () => {
    expect(numberMismatch({ en: 'At about 21:40 the Aurora fired', ru: 'Около 21:45 «Аврора» выстрелила' })).toBe(
      'English and Russian give different numbers (only in English: 21:40; only in Russian: 21:45)',
    );
    const data = copy();
    const event = data.events.find((e) => e.id === 'aurora-blank-shot');
    if (event) event.text.ru = event.text.ru.replace('21:40', '21:45');
    expect(format(bilingualNumberProblems(data))).toEqual([
      'geo/events.json › aurora-blank-shot › text: English and Russian give different numbers (only in English: 21:40; only in Russian: 21:45)',
    ]);
  });
  it('catches a date given in one language only ("24–25 October" against «на 25 октября»)', () => {
    expect(numberMismatch({ en: 'in the night of 24–25 October', ru: 'в ночь на 25 октября' })).toBe(
      'English and Russian give different numbers (only in English: 24)',
    );
  });
});

describe('the bibliography the public sees', () => {
  const ALLOWED_HOSTS = [
    'www.marxists.org',
    'en.wikisource.org',
    'ru.wikisource.org',
    'www.gutenberg.org',
    'archive.org',
    'encspb.ru',
    'ru.wikipedia.org',
    'project1917.ru',
    'project1917.com',
    'iskra-research.org',
  ];
  it('links only to publishers, catalogues, archives and lawful full texts', () => {
    const hosts = real.sources.filter((s) => s.url).map((s) => `${s.id}: ${new URL(s.url as string).host}`);
    expect(hosts.filter((h) => !ALLOWED_HOSTS.includes(h.split(': ')[1] as string))).toEqual([]);
  });
  it('has a short citation and a note in both languages for every work', () => {
    expect(real.sources.filter((s) => !s.short || !s.note).map((s) => s.id)).toEqual([]);
  });
  it('shows no internal or unreliable source, and no note about unchecked details', () => {
    const texts = real.sources.flatMap((s) => [s.author, s.title, s.note?.en ?? '', s.note?.ru ?? '']);
    const bad = texts.filter((t) => /seed|not reliable|unreliable|not verified|uncertain|исходный текст|ненадёжн|не провер/i.test(t));
    expect(bad).toEqual([]);
    const allRefs = JSON.stringify([real.sites, real.events, real.routes]);
    expect(allRefs).not.toContain('seed-text');
  });
  it('speaks to visitors, not curators: no file names in the texts a card shows', () => {
    const texts = [...real.sites.map((s) => s.properties), ...real.events, ...real.routes.map((r) => r.properties), ...real.sources].flatMap((item) =>
      bilingualTexts(item).flatMap(({ text }) => [text.en, text.ru]),
    );
    expect(texts.filter((t) => /geo\/|\.json|\.geojson|\.md\b|README/.test(t))).toEqual([]);
  });
  it('gives Russian works Cyrillic short citations in Russian mode', () => {
    const latinInRussian = real.sources.filter((s) => s.language === 'ru' && s.short && /^[A-Za-z]/.test(s.short.ru)).map((s) => s.id);
    expect(latinInRussian).toEqual([]);
  });
});

describe('geo/AUDIT.md', () => {
  const audit = readFileSync(join(root, 'geo', 'AUDIT.md'), 'utf8');
  it('has a row for every site change, every event and every route', () => {
    const keys = [
      ...real.sites.flatMap((s) => (s.properties.timeline.length ? s.properties.timeline.map((_, i) => `${s.id}[${i}]`) : [`${s.id}[–]`])),
      ...real.events.map((e) => e.id),
      ...real.routes.map((r) => r.id),
    ];
    expect(keys.filter((k) => !audit.includes(`| \`${k}\` |`))).toEqual([]);
  });
});

describe('check:geo and the build run these checks', () => {
  it('a seeded disagreement fails the validation of geo/, at the line of the field', () => {
    const files = readGeoFiles(root);
    const sites = files['geo/sites.geojson'] ?? '';
    const lines = sites.split('\n');
    const start = lines.findIndex((l) => l.includes('"mariinsky-palace"'));
    const at = lines.findIndex((l, i) => i > start && l.includes('"at": "1917-10-25T12:00"'));
    expect(start).toBeGreaterThan(0);
    lines[at] = (lines[at] as string).replace('12:00', '13:00');
    const result = validateGeo({ ...files, 'geo/sites.geojson': lines.join('\n') });
    expect(result.history).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      `geo/sites.geojson:${at + 1} › mariinsky-palace › timeline[0].at: differs from event "pre-parliament-dispersed" in geo/events.json (at: "1917-10-25T13:00" here, "1917-10-25T12:00" there); a fact told twice must say the same`,
    ]);
  });
});
