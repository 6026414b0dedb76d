/** The real data in geo/: valid, and complete enough for the story the app tells. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkGeo } from '../../scripts/geo-files.ts';
import { readFileSync } from 'node:fs';
import { formatProblem, HISTORY_FILES, validateHistory } from '../../src/model/validate.ts';
import { editFixture, fixtureTexts } from '../fixtures/load.ts';
import { compileHistory } from '../../src/model/history.ts';
import { SITE_KINDS } from '../../src/model/schema.ts';

const root = join(import.meta.dirname, '..', '..');
const result = checkGeo(root);

describe('geo/ (the real data)', () => {
  it('validates with no problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  const history = result.history ? compileHistory(result.history) : undefined;

  it('has the sites the customer named', () => {
    const ids = new Set(history?.sites.map((s) => s.id));
    for (const id of [
      'central-telegraph',
      'central-telephone-exchange',
      'general-post-office',
      'petrograd-telegraph-agency',
      'state-bank',
      'winter-palace',
      'smolny',
      'peter-paul-fortress',
    ]) {
      expect(ids, id).toContain(id);
    }
    const count = (kind: string) => history?.sites.filter((s) => s.kind === kind).length ?? 0;
    expect(count('railway-station')).toBeGreaterThanOrEqual(4);
    expect(count('bridge')).toBeGreaterThanOrEqual(4);
    expect(history?.sites.length).toBeGreaterThanOrEqual(15);
  });

  it('uses only kinds the app can draw', () => {
    for (const site of history?.sites ?? []) expect(SITE_KINDS).toContain(site.kind);
  });

  it('tells in the feed how each key site was taken', () => {
    const told = new Set(history?.events.map((e) => e.siteId));
    const untold = history?.sites.filter((s) => s.key && s.changes.some((c) => c.state === 'bolshevik') && !told.has(s.id)).map((s) => s.id);
    expect(untold).toEqual([]);
  });

  it('ends with the Winter Palace in Bolshevik hands, and starts with it held by the government', () => {
    const palace = history?.sitesById.get('winter-palace');
    expect(palace?.initial.state).toBe('government');
    expect(palace?.changes.at(-1)?.state).toBe('bolshevik');
  });
});

describe('geo/README.md', () => {
  it('has a site example that check:geo accepts', () => {
    const readme = readFileSync(join(root, 'geo', 'README.md'), 'utf8');
    const block = /```json example-site\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'the README has a ```json example-site block').toBeDefined();
    const example = JSON.parse(block as string);
    const texts = editFixture(fixtureTexts(), HISTORY_FILES.sites, (json) => json.features.push(example));
    expect(validateHistory(texts).problems.map(formatProblem)).toEqual([]);
  });
});
