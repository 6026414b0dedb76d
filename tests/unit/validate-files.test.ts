/** Data that must not reach a kiosk: missing files, wrong types, empty collections, text that is not plain, links that are not web addresses. */
import { describe, expect, it } from 'vitest';
import { BASEMAP_LAYERS, TEXT_LIMITS } from '../../src/model/schema.ts';
import { basemapFile, formatProblem, HISTORY_FILES, validateGeo, type FileTexts } from '../../src/model/validate.ts';
import { editFixture, geoFixtureTexts, lineOf } from '../fixtures/load.ts';

const SITES = HISTORY_FILES.sites;
const EVENTS = HISTORY_FILES.events;
const SOURCES = HISTORY_FILES.sources;
const WATER = basemapFile('water');

const out = (texts: FileTexts) => validateGeo(texts).problems.map(formatProblem);

describe('the files', () => {
  it('accepts the fixture', () => {
    const result = validateGeo(geoFixtureTexts());
    expect(result.problems).toEqual([]);
    expect(result.basemap?.water).toHaveLength(2);
    expect(result.history?.sites).toHaveLength(3);
  });
  it.each([...Object.values(HISTORY_FILES), ...BASEMAP_LAYERS.map(basemapFile)])('%s is required', (file) => {
    const result = validateGeo({ ...geoFixtureTexts(), [file]: undefined });
    expect(result.basemap).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      `${file} › - › (file): the file is missing; the app needs it (to restore it: git checkout -- ${file})`,
    ]);
  });
  it('a GeoJSON file that is not a FeatureCollection', () => {
    const feature = JSON.stringify((JSON.parse(geoFixtureTexts()[WATER] as string) as { features: unknown[] }).features[0]);
    expect(out({ ...geoFixtureTexts(), [WATER]: feature })).toEqual([
      'geo/basemap/water.geojson:1 › - › (file): must be a GeoJSON FeatureCollection ({ "type": "FeatureCollection", "features": [ … ] }); found an object of "type": "Feature"; put the feature inside the "features" list of one',
    ]);
    expect(out({ ...geoFixtureTexts(), [SITES]: '[]' })).toEqual([
      'geo/sites.geojson:1 › - › (file): must be a GeoJSON FeatureCollection ({ "type": "FeatureCollection", "features": [ … ] }); found a list',
    ]);
    expect(out({ ...geoFixtureTexts(), [WATER]: '{ "type": "FeatureCollection",\n  "features": {} }' })).toEqual([
      'geo/basemap/water.geojson:2 › - › (file): "features" must be a list [ … ] of features',
    ]);
  });
  it('a JSON list that is not a list', () => {
    expect(out({ ...geoFixtureTexts(), [EVENTS]: '{ "type": "FeatureCollection", "features": [] }' })).toEqual([
      'geo/events.json:1 › - › (file): must be a JSON list [ … ] of entries; found an object of "type": "FeatureCollection"',
    ]);
  });
  it('empty collections, and no false unknown ids from them', () => {
    expect(out({ ...geoFixtureTexts(), [EVENTS]: '[]' })).toEqual(['geo/events.json:1 › - › (file): the list is empty; the file needs at least one entry']);
    expect(out({ ...geoFixtureTexts(), [SOURCES]: '[ ]' })).toEqual(['geo/sources.json:1 › - › (file): the list is empty; the file needs at least one entry']);
    expect(out({ ...geoFixtureTexts(), [WATER]: '{\n  "type": "FeatureCollection",\n  "features": []\n}' })).toEqual([
      'geo/basemap/water.geojson:3 › - › (file): the "features" list is empty; the file needs at least one feature',
    ]);
  });
  it('an entry that is not an object', () => {
    const texts = editFixture(geoFixtureTexts(), EVENTS, (j) => j.push('oops'));
    expect(out(texts)).toContainEqual(expect.stringMatching(/^geo\/events\.json:\d+ › #4 › \(whole entry\): Invalid input: expected object, received string$/));
  });
});

describe('text a visitor reads is plain text', () => {
  const withName = (en: string) => {
    const texts = editFixture(geoFixtureTexts(), SITES, (j) => (j.features[2].properties.name.en = en));
    return out(texts).map((m) => m.replace(`:${lineOf(texts[SITES] as string, `"en": ${JSON.stringify(en)}`)} `, ':(its line) '));
  };
  it.each([
    [
      'a bidi override',
      'Smolny\u202E',
      'contains the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE at character 7, which can reorder what a visitor reads; remove it',
    ],
    [
      'a bidi isolate',
      '\u2066Smolny',
      'contains the bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE at character 1, which can reorder what a visitor reads; remove it',
    ],
    [
      'a zero-width space',
      'Smol\u200Bny',
      'contains the invisible character U+200B ZERO WIDTH SPACE at character 5, which shows nothing but changes how the text breaks and is searched; remove it',
    ],
    [
      'a soft hyphen',
      'Smol\u00ADny',
      'contains the invisible character U+00AD SOFT HYPHEN at character 5, which shows nothing but changes how the text breaks and is searched; remove it',
    ],
    ['a bell', 'Smo\u0007lny', 'contains the invisible control character U+0007 at character 4; write the text on one line, without control characters'],
    ['a line break', 'Smolny\nInstitute', 'contains a line break at character 7; write the text on one line, without control characters'],
    [
      'an HTML tag',
      'Smolny <b>Institute</b>',
      'contains the HTML tag "<b>"; write plain text (the app shows text exactly as written, so the tag would appear as typed)',
    ],
    [
      'a script tag',
      '<script>alert(1)</script>',
      'contains the HTML tag "<script>"; write plain text (the app shows text exactly as written, so the tag would appear as typed)',
    ],
    [
      'an image tag',
      '<img src=x onerror=alert(1)>',
      'contains the HTML tag "<img src=x onerror=alert(1)>"; write plain text (the app shows text exactly as written, so the tag would appear as typed)',
    ],
    ['an HTML entity', 'Smolny &amp; Co', 'contains the HTML entity "&amp;"; type the character itself (the app would show "&amp;" as typed)'],
    ['a javascript: address', 'see javascript:alert(1)', 'contains a "javascript:" address; text may mention only http:// or https:// addresses'],
  ])('%s', (_, text, message) => {
    expect(withName(text)).toEqual([`geo/sites.geojson:(its line) › smolny › name.en: ${message}`]);
  });
  it('accepts ordinary punctuation, comparisons and web addresses', () => {
    expect(withName('Smolny — «Смольный» (A & B, a < b) https://example.org/a?b=c')).toEqual([]);
  });
  it('applies to every text field, in Russian too, and to the basemap', () => {
    let texts = editFixture(geoFixtureTexts(), EVENTS, (j) => (j[1].text.ru = 'Занят\u202E.'));
    texts = editFixture(texts, basemapFile('labels'), (j) => (j.features[0].properties.name.en = '<i>Vasilievsky</i>'));
    texts = editFixture(texts, SOURCES, (j) => (j[0].title = 'The Bolsheviks\u0000'));
    const messages = out(texts);
    expect(messages).toContainEqual(expect.stringMatching(/^geo\/events\.json:\d+ › telegraph-taken › text\.ru: contains the bidirectional control U\+202E/));
    expect(messages).toContainEqual(expect.stringMatching(/^geo\/basemap\/labels\.geojson:\d+ › vasilievsky-island › name\.en: contains the HTML tag "<i>"/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^geo\/sources\.json:\d+ › rabinowitch-1976 › title: contains the invisible control character U\+0000/),
    );
  });
});

describe('text has a sane length for its field', () => {
  it('a 5 MB one-word description', () => {
    const texts = editFixture(geoFixtureTexts(), SITES, (j) => (j.features[2].properties.description.en = 'a'.repeat(5_000_000)));
    const line = lineOf(texts[SITES] as string, '"aaaa');
    expect(out(texts)).toEqual([`geo/sites.geojson:${line} › smolny › description.en: has 5000000 characters; at most ${75 * TEXT_LIMITS.charactersPerWord}`]);
  });
  it('a name, a note and an id', () => {
    let texts = editFixture(geoFixtureTexts(), SITES, (j) => {
      j.features[2].properties.name.ru = 'я'.repeat(TEXT_LIMITS.name + 1);
      j.features[1].properties.timeline[0].note = { en: 'x'.repeat(TEXT_LIMITS.text + 1), ru: 'Заметка.' };
    });
    texts = editFixture(texts, EVENTS, (j) => (j[2].id = 'a'.repeat(65)));
    const messages = out(texts);
    expect(messages).toContainEqual(expect.stringContaining(`smolny › name.ru: has ${TEXT_LIMITS.name + 1} characters; at most ${TEXT_LIMITS.name}`));
    expect(messages).toContainEqual(
      expect.stringContaining(`nikolaevsky-bridge › timeline[0].note.en: has ${TEXT_LIMITS.text + 1} characters; at most ${TEXT_LIMITS.text}`),
    );
    expect(messages).toContainEqual(expect.stringContaining('id: an id has at most 64 characters'));
  });
  it('a huge bad value is quoted short in the message', () => {
    const texts = editFixture(geoFixtureTexts(), SITES, (j) => (j.features[2].properties.kind = 'x'.repeat(100_000)));
    const [message] = out(texts);
    expect(message!.length).toBeLessThan(400);
    expect(message).toContain('"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is not a known kind');
  });
});

describe('links are web addresses', () => {
  const withUrl = (url: string) => out(editFixture(geoFixtureTexts(), SOURCES, (j) => (j[0].url = url)));
  it.each([
    ['javascript:alert(1)', '"javascript:" links are not allowed; a link must start with https:// or http://'],
    ['JavaScript:alert(1)', '"javascript:" links are not allowed; a link must start with https:// or http://'],
    ['data:text/html,<b>x</b>', '"data:" links are not allowed; a link must start with https:// or http://'],
    ['ftp://ftp.example.org/book.pdf', '"ftp:" links are not allowed; a link must start with https:// or http://'],
    ['www.example.org/book', '"www.example.org/book" is not a web address (a link starts with https:// or http://)'],
    ['https://localhost/book', '"https://localhost/book" has no public host name (e.g. https://www.example.org/…)'],
    ['https://user:secret@example.org/', 'a link must not carry a user name or password'],
  ])('%s', (url, message) => {
    expect(withUrl(url)).toEqual([
      expect.stringMatching(new RegExp(`^geo/sources\\.json:\\d+ › rabinowitch-1976 › url: ${message.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`)),
    ]);
  });
  it('accepts http and https addresses', () => {
    expect(withUrl('https://www.marxists.org/archive/trotsky/1930/hrr/')).toEqual([]);
    expect(withUrl('http://example.org/')).toEqual([]);
  });
});
