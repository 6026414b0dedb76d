import { describe, expect, it } from 'vitest';
import { formatProblem, HISTORY_FILES, validateBasemap, validateHistory, type FileTexts } from '../../src/model/validate.ts';
import { editFixture, fixtureTexts, type Json } from '../fixtures/load.ts';

const SITES = HISTORY_FILES.sites;
const EVENTS = HISTORY_FILES.events;

function messages(texts: FileTexts): string[] {
  return validateHistory(texts).problems.map(formatProblem);
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
    expect(out).toContainEqual(expect.stringContaining('geo/sites.geojson › central-telegraph › id: duplicate id "central-telegraph"'));
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
  it('invalid JSON names the file', () => {
    const out = messages({ ...fixtureTexts(), [EVENTS]: '[{"id": ' });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^geo\/events\.json › - › \(file\): is not valid JSON/);
  });
  it('a missing file', () => {
    expect(messages({ ...fixtureTexts(), [SITES]: undefined })).toContain('geo/sites.geojson › - › (file): file is missing');
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
    const out = result.problems.map(formatProblem);
    expect(out).toContainEqual(expect.stringContaining('central-telegraph › kind'));
    expect(out).toContainEqual(expect.stringContaining('nikolaevsky-bridge › timeline[1].at: "soon" is not a valid time'));
    expect(out).toContain('geo/events.json › bridges-raised › title.ru: missing Russian translation');
  });
});

describe('validateBasemap', () => {
  const water = (coordinates: number[][][]) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'neva',
          geometry: { type: 'Polygon', coordinates },
          properties: { id: 'neva', kind: 'river', name: { en: 'Neva', ru: 'Нева' } },
        },
      ],
    });
  const square = [
    [30.3, 59.94],
    [30.31, 59.94],
    [30.31, 59.95],
    [30.3, 59.95],
    [30.3, 59.94],
  ];
  it('accepts a closed ring and treats absent layers as empty', () => {
    const result = validateBasemap({ 'geo/basemap/water.geojson': water([square]) });
    expect(result.problems).toEqual([]);
    expect(result.data?.water).toHaveLength(1);
    expect(result.data?.streets).toEqual([]);
  });
  it('rejects an open ring', () => {
    const open = square.slice(0, 4);
    const out = validateBasemap({ 'geo/basemap/water.geojson': water([[...open, [30.305, 59.945]]]) }).problems.map(formatProblem);
    expect(out).toContain('geo/basemap/water.geojson › neva › geometry.coordinates[0]: ring is not closed (first and last positions differ)');
  });
  it('rejects a bridge built after 1917', () => {
    const bridges = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'volodarsky',
          geometry: {
            type: 'LineString',
            coordinates: [
              [30.45, 59.88],
              [30.46, 59.88],
            ],
          },
          properties: { id: 'volodarsky', name: { en: 'Volodarsky Bridge', ru: 'Володарский мост' }, built: 1936 },
        },
      ],
    });
    expect(validateBasemap({ 'geo/basemap/bridges.geojson': bridges }).problems.map(formatProblem)).toContain(
      'geo/basemap/bridges.geojson › volodarsky › built: a bridge built after 1917 did not exist in October 1917',
    );
  });
});
