/** A curator's typing mistakes in a JSON file: one message with line and column, and nothing that follows from it. */
import { describe, expect, it } from 'vitest';
import { formatProblem, HISTORY_FILES, validateGeo, validateHistory } from '../../src/model/validate.ts';
import { parseJsonText } from '../../src/model/json-text.ts';
import { editText, fixtureTexts, geoFixtureTexts, lineOf } from '../fixtures/load.ts';

const SITES = HISTORY_FILES.sites;
const EVENTS = HISTORY_FILES.events;

const all = (texts: ReturnType<typeof fixtureTexts>) => validateGeo(texts).problems.map(formatProblem);

describe('a JSON syntax error', () => {
  it('a missing comma between two features: one message at the place of the comma, and no false unknown site ids in events.json', () => {
    // Remove the comma that closes the second feature ("    },\n    {" before smolny).
    const texts = editText(geoFixtureTexts(), SITES, (text) => text.replace(/\},(\s*\{\s*"type": "Feature",\s*"id": "smolny")/, '}$1'));
    const text = texts[SITES] as string;
    const line = lineOf(text, '"id": "smolny"') - 3; // the "}" that closes the bridge
    expect(all(texts)).toEqual([
      `geo/sites.geojson:${line}:6 › - › (file): is not valid JSON: a comma is missing here, between two items (the rest of the file is checked once this is fixed)`,
    ]);
  });
  it('a missing comma between two fields', () => {
    const texts = editText(fixtureTexts(), EVENTS, (text) => text.replace('"at": "1917-10-25T02:00",', '"at": "1917-10-25T02:00"'));
    const line = lineOf(texts[EVENTS] as string, '"at": "1917-10-25T02:00"');
    expect(validateHistory(texts).problems.map(formatProblem)).toEqual([
      `geo/events.json:${line}:29 › - › (file): is not valid JSON: a comma is missing here, between two items (the rest of the file is checked once this is fixed)`,
    ]);
  });
  it('a broken sources.json hides no unknown-source errors elsewhere, and a broken events.json hides nothing in the sites', () => {
    let texts = editText(fixtureTexts(), HISTORY_FILES.sources, (text) => text.replace('"rabinowitch-1976",', '"rabinowitch-1976"'));
    texts = editText(texts, EVENTS, (text) => text.slice(0, -4));
    texts = editText(texts, SITES, (text) => text.replace('"kind": "party-hq"', '"kind": "castle"'));
    const out = validateHistory(texts).problems.map(formatProblem);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^geo\/sites\.geojson:\d+ › smolny › kind: "castle" is not a known kind/);
    expect(out[1]).toMatch(/^geo\/events\.json:\d+:\d+ › - › \(file\): is not valid JSON: /);
    expect(out[2]).toMatch(/^geo\/sources\.json:3:29 › - › \(file\): is not valid JSON: a comma is missing here/);
  });
  it.each([
    ['a comma after the last item', '[1, 2,\n]', 2, 1, 'a value is missing before "]" (a comma after the last item?)'],
    ['a comma after the last field', '{ "a": 1,\n}', 2, 1, 'a field is missing before "}" (a comma after the last field?)'],
    ['single quotes', "{ 'a': 1 }", 1, 3, 'text must be in double quotes ("…"), not single quotes'],
    ['a comment', '{ "a": 1 // note\n}', 1, 10, 'comments are not allowed in JSON'],
    ['an unclosed quote', '{ "a": "text,\n  "b": 2 }', 1, 8, 'a text in double quotes is not closed on its line (a missing "?)'],
    ['a tab inside quotes', '{ "a": "x\ty" }', 1, 10, 'a tab inside double quotes (write \\t for a tab, or remove it)'],
    ['a backslash', '{ "a": "C:\\dir" }', 1, 11, '"\\d" is not a valid escape (write \\\\ for a backslash)'],
    ['one brace too many', '{ "a": 1 }\n}', 2, 1, 'unexpected "}" after the end of the data (one "}" or "]" too many?)'],
    ['a file cut short', '{ "a": [1, 2', 1, 13, 'a list is not closed: a "]" is missing'],
    ['an empty file', '  \n', 1, 1, 'the file is empty'],
  ])('%s', (_, text, line, column, reason) => {
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toEqual({ line, column, reason });
  });
});

describe('what common editors write is accepted', () => {
  it('a UTF-8 byte-order mark', () => {
    const texts = editText(geoFixtureTexts(), SITES, (text) => `\uFEFF${text}`);
    expect(validateGeo(texts).problems).toEqual([]);
  });
  it('CRLF line ends, and the lines are still right', () => {
    let texts = geoFixtureTexts();
    for (const file of Object.keys(texts)) texts = editText(texts, file, (text) => text.replace(/\n/g, '\r\n'));
    expect(validateGeo(texts).problems).toEqual([]);
    const broken = editText(texts, SITES, (text) => text.replace('"kind": "party-hq"', '"kind": "castle"'));
    const [problem] = validateGeo(broken).problems;
    expect(problem?.line).toBe(lineOf(broken[SITES] as string, '"kind": "castle"'));
  });
});

describe('a field written twice in one object', () => {
  it('names both lines (JSON would silently keep the last)', () => {
    const texts = editText(fixtureTexts(), EVENTS, (text) =>
      text.replace('"at": "1917-10-25T02:00",', '"at": "1917-10-25T02:00",\n    "at": "1917-10-25T03:00",'),
    );
    const first = lineOf(texts[EVENTS] as string, '"at": "1917-10-25T02:00"');
    expect(validateHistory(texts).problems.map(formatProblem)).toEqual([
      `geo/events.json:${first + 1} › telegraph-taken › at: "at" is written twice in one object (lines ${first} and ${first + 1}); JSON keeps only the last, so delete one`,
    ]);
  });
});
