import { describe, expect, it } from 'vitest';
import { formatProblem, HISTORY_FILES, validateHistory, type FileTexts } from '../../src/model/validate.ts';
import { editFixture, fixtureTexts, lineOf, type Json } from '../fixtures/load.ts';

const SITES = HISTORY_FILES.sites;
const EVENTS = HISTORY_FILES.events;

/** The messages without their line numbers (the tests of lines are below and in the other validate tests). */
function messages(texts: FileTexts): string[] {
  return validateHistory(texts).problems.map((p) => formatProblem({ ...p, line: undefined, column: undefined }));
}

function withSites(edit: (json: Json) => void) {
  return messages(editFixture(fixtureTexts(), SITES, edit));
}

describe('validateHistory on the fixture', () => {
  it('accepts valid data and returns it', () => {
    const result = validateHistory(fixtureTexts());
    expect(result.problems).toEqual([]);
    expect(result.data?.sites).toHaveLength(3);
    expect(result.data?.events).toHaveLength(3);
  });
});

describe('each class of error has its own message naming file, id and field', () => {
  it('bad time', () => {
    expect(withSites((j) => (j.features[1].properties.timeline[1].at = '1917-10-32T01:00'))).toContain(
      'geo/sites.geojson › nikolaevsky-bridge › timeline[1].at: "1917-10-32T01:00" is not a valid time (day 32 does not exist in month 10 of 1917)',
    );
  });
  it('time outside the window', () => {
    expect(withSites((j) => (j.features[1].properties.timeline[1].at = '1917-10-28T01:00'))).toContainEqual(
      expect.stringMatching(/^geo\/sites\.geojson › nikolaevsky-bridge › timeline\[1\]\.at: 1917-10-28T01:00 is outside the window/),
    );
  });
  it('timeline out of order', () => {
    expect(withSites((j) => (j.features[1].properties.timeline[1].at = '1917-10-24T10:00'))).toContainEqual(
      expect.stringContaining('nikolaevsky-bridge › timeline[1].at: 1917-10-24T10:00 is not after the previous change'),
    );
  });
  it('range that does not contain its time', () => {
    expect(withSites((j) => (j.features[0].properties.timeline[0].earliest = '1917-10-25T04:00'))).toContainEqual(
      expect.stringContaining('central-telegraph › timeline[0].earliest: 1917-10-25T04:00 is after "at" 1917-10-25T02:00'),
    );
  });
  it('missing id', () => {
    const out = withSites((j) => {
      delete j.features[2].id;
      delete j.features[2].properties.id;
    });
    expect(out).toContain('geo/sites.geojson › #3 › id: id is missing');
  });
  it('duplicate id', () => {
    const out = withSites((j) => {
      j.features[2].id = 'central-telegraph';
      j.features[2].properties.id = 'central-telegraph';
    });
    expect(out).toContainEqual(expect.stringContaining('geo/sites.geojson › central-telegraph › id: duplicate id "central-telegraph": feature #3'));
  });
  it('unknown kind', () => {
    expect(withSites((j) => (j.features[2].properties.kind = 'castle'))).toContainEqual(
      expect.stringMatching(/^geo\/sites\.geojson › smolny › kind: "castle" is not a known kind \(expected one of: telegraph, /),
    );
  });
  it('unknown state', () => {
    expect(withSites((j) => (j.features[1].properties.timeline[0].state = 'red'))).toContainEqual(
      expect.stringContaining('nikolaevsky-bridge › timeline[0].state: "red" is not a known state (expected one of: government, contested, bolshevik)'),
    );
  });
  it('coordinates outside Petrograd (e.g. swapped longitude and latitude)', () => {
    expect(withSites((j) => (j.features[2].geometry.coordinates = [59.9464, 30.3955]))).toContainEqual(
      expect.stringContaining('smolny › geometry.coordinates: [59.9464, 30.3955] is outside Petrograd'),
    );
  });
  it('unknown source id', () => {
    expect(withSites((j) => (j.features[1].properties.timeline[0].sources = ['trotsky-1930']))).toContain(
      'geo/sites.geojson › nikolaevsky-bridge › timeline[0].sources[0]: unknown source id "trotsky-1930" (not in geo/sources.json)',
    );
  });
  it('unknown source id inside an account, with a page', () => {
    expect(withSites((j) => (j.features[0].properties.timeline[0].accounts[0].source = { id: 'nobody', page: '3' }))).toContain(
      'geo/sites.geojson › central-telegraph › timeline[0].accounts[0].source: unknown source id "nobody" (not in geo/sources.json)',
    );
  });
  it('missing translation', () => {
    expect(withSites((j) => delete j.features[2].properties.name.ru)).toContain('geo/sites.geojson › smolny › name.ru: missing Russian translation');
    expect(withSites((j) => (j.features[2].properties.description.en = ' '))).toContain(
      'geo/sites.geojson › smolny › description.en: missing English translation',
    );
  });
  it('description too long', () => {
    const long = Array.from({ length: 80 }, () => 'word').join(' ');
    expect(withSites((j) => (j.features[2].properties.description.en = long))).toContain(
      'geo/sites.geojson › smolny › description.en: has 80 words; at most 75',
    );
  });
  it('misspelt field', () => {
    expect(withSites((j) => (j.features[0].properties.timeline[0].latst = '1917-10-25T03:00'))).toContain(
      'geo/sites.geojson › central-telegraph › timeline[0]: unknown field "latst" (misspelt?)',
    );
  });
  it('a change to the state the site is already in', () => {
    expect(withSites((j) => (j.features[1].properties.timeline[1].state = 'contested'))).toContain(
      'geo/sites.geojson › nikolaevsky-bridge › timeline[1].state: "contested" is no change: the site is already in that state',
    );
  });
  it('event at an unknown site, and context allowed outside the window only when marked', () => {
    const texts = editFixture(fixtureTexts(), EVENTS, (j) => {
      j[1].site = 'kremlin';
      delete j[0].context;
    });
    const out = messages(texts);
    expect(out).toContain('geo/events.json › telegraph-taken › site: unknown site id "kremlin" (not in geo/sites.geojson)');
    expect(out).toContainEqual(expect.stringContaining('geo/events.json › central-committee-meeting › at: 1917-10-10T22:00 is outside the window'));
  });
  it('a missing file', () => {
    expect(messages({ ...fixtureTexts(), [SITES]: undefined })).toContain(
      'geo/sites.geojson › - › (file): the file is missing; the app needs it (to restore it: git checkout -- geo/sites.geojson)',
    );
  });
});

describe('reports every problem at once', () => {
  it('collects problems across features and files, and returns no data', () => {
    let texts = editFixture(fixtureTexts(), SITES, (j) => {
      j.features[0].properties.kind = 'castle';
      j.features[1].properties.timeline[1].at = 'soon';
    });
    texts = editFixture(texts, EVENTS, (j) => (j[2].title = { en: 'Only English' }));
    const result = validateHistory(texts);
    expect(result.data).toBeUndefined();
    const out = messages(texts);
    expect(out).toContainEqual(expect.stringContaining('central-telegraph › kind'));
    expect(out).toContainEqual(expect.stringContaining('nikolaevsky-bridge › timeline[1].at: "soon" is not a valid time'));
    expect(out).toContain('geo/events.json › bridges-raised › title.ru: missing Russian translation');
  });
});

describe('a feature that fails the schema still has its other problems reported', () => {
  it('a bad time does not hide an unknown source', () => {
    const out = withSites((j) => {
      j.features[1].properties.timeline[1].at = '1917-10-25T3:30';
      j.features[1].properties.timeline[1].sources = ['nobody-1999'];
    });
    expect(out).toContainEqual(expect.stringContaining('nikolaevsky-bridge › timeline[1].at: "1917-10-25T3:30" is not a valid time'));
    expect(out).toContain('geo/sites.geojson › nikolaevsky-bridge › timeline[1].sources[0]: unknown source id "nobody-1999" (not in geo/sources.json)');
  });
  it('a long description does not hide earliest after at', () => {
    const out = withSites((j) => {
      j.features[0].properties.description.en = Array.from({ length: 80 }, () => 'word').join(' ');
      j.features[0].properties.timeline[0].earliest = '1917-10-25T04:00';
    });
    expect(out).toContain('geo/sites.geojson › central-telegraph › description.en: has 80 words; at most 75');
    expect(out).toContain('geo/sites.geojson › central-telegraph › timeline[0].earliest: 1917-10-25T04:00 is after "at" 1917-10-25T02:00');
  });
  it('an event with a misspelt field is still checked for its site and its window', () => {
    const texts = editFixture(fixtureTexts(), EVENTS, (j) => {
      j[1].titel = j[1].title;
      j[1].site = 'kremlin';
      j[1].at = '1917-10-28T10:00';
    });
    const out = messages(texts);
    expect(out).toContain('geo/events.json › telegraph-taken › (whole entry): unknown field "titel" (misspelt?)');
    expect(out).toContain('geo/events.json › telegraph-taken › site: unknown site id "kremlin" (not in geo/sites.geojson)');
    expect(out).toContainEqual(expect.stringContaining('geo/events.json › telegraph-taken › at: 1917-10-28T10:00 is outside the window'));
  });
  it('a site referred to by an event is known even when the site itself fails the schema', () => {
    const out = withSites((j) => (j.features[0].properties.kind = 'castle'));
    expect(out.filter((m) => m.includes('unknown site id'))).toEqual([]);
  });
});

describe('every message names the line of what it is about', () => {
  it('a field of a feature: the line of that field', () => {
    const texts = editFixture(fixtureTexts(), SITES, (j) => (j.features[1].properties.timeline[1].at = '1917-10-25T3:30'));
    const text = texts[SITES] as string;
    const [problem] = validateHistory(texts).problems;
    expect(problem?.line).toBe(lineOf(text, '"1917-10-25T3:30"'));
    expect(formatProblem(problem!)).toMatch(new RegExp(`^geo/sites\\.geojson:${problem?.line} › nikolaevsky-bridge › timeline\\[1\\]\\.at: `));
  });
  it('a missing field: the line of the object that lacks it', () => {
    const texts = editFixture(fixtureTexts(), SITES, (j) => delete j.features[2].properties.name.ru);
    const text = texts[SITES] as string;
    const [problem] = validateHistory(texts).problems;
    expect(problem?.field).toBe('name.ru');
    expect(problem?.line).toBe(lineOf(text, '"name"', 3));
  });
  it('a duplicate id names both features and their lines', () => {
    const texts = editFixture(fixtureTexts(), SITES, (j) => {
      j.features[2].id = 'central-telegraph';
      j.features[2].properties.id = 'central-telegraph';
    });
    const text = texts[SITES] as string;
    const first = lineOf(text, '"type": "Feature"', 1);
    const copy = lineOf(text, '"type": "Feature"', 3) - 1; // the feature's opening brace
    const duplicate = validateHistory(texts).problems.find((p) => p.message.startsWith('duplicate id'));
    expect(formatProblem(duplicate!)).toBe(
      `geo/sites.geojson:${lineOf(text, '"id": "central-telegraph"', 3)} › central-telegraph › id: duplicate id "central-telegraph": ` +
        `feature #3 (line ${copy}) has the id of feature #1 (line ${first - 1}); ids must be unique in the file`,
    );
  });
  it('lists problems file by file, each file from its top', () => {
    let texts = editFixture(fixtureTexts(), SITES, (j) => {
      j.features[2].properties.kind = 'castle';
      j.features[0].properties.kind = 'castle';
    });
    texts = editFixture(texts, EVENTS, (j) => (j[0].title.en = ''));
    const problems = validateHistory(texts).problems;
    expect(problems.map((p) => `${p.file}:${p.id}`)).toEqual([
      'geo/sites.geojson:central-telegraph',
      'geo/sites.geojson:smolny',
      'geo/events.json:central-committee-meeting',
    ]);
  });
});
