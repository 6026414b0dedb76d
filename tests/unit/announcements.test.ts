import { describe, expect, it } from 'vitest';
import { compileHistory } from '../../src/model/history.ts';
import { momentOf } from '../../src/model/time.ts';
import { validateHistory } from '../../src/model/validate.ts';
import { changesBetween, scrubAnnouncement, shortMoment } from '../../src/a11y/announcements.ts';
import { fixtureTexts } from '../fixtures/load.ts';

function fixtureHistory() {
  const { data, problems } = validateHistory(fixtureTexts());
  expect(problems).toEqual([]);
  return compileHistory(data!);
}

describe('scrub announcements', () => {
  const history = fixtureHistory();
  const bridge = history.sitesById.get('nikolaevsky-bridge')!;

  it('says the day (Old Style) and the time', () => {
    expect(shortMoment(momentOf('1917-10-25T02:10'), 'en')).toBe('25 October, 02:10');
    expect(shortMoment(momentOf('1917-10-25T02:10'), 'ru')).toMatch(/^25 октября, 02:10$/);
  });

  it('names a site that changes hands between the two moments, in either direction', () => {
    const before = momentOf('1917-10-25T03:00');
    const after = momentOf('1917-10-25T03:30');
    expect(changesBetween([bridge], before, after)).toEqual([{ site: bridge, state: 'bolshevik' }]);
    expect(scrubAnnouncement([bridge], before, after, 'en')).toBe(`25 October, 03:30 — ${bridge.name.en} passes to the Bolsheviks`);
    expect(scrubAnnouncement([bridge], after, before, 'en')).toBe(`25 October, 03:00 — ${bridge.name.en} is contested`);
    expect(scrubAnnouncement([bridge], before, after, 'ru')).toContain(`${bridge.name.ru} переходит к большевикам`);
  });

  it('says only the time when nothing changed hands, even if something changed and changed back', () => {
    expect(scrubAnnouncement([bridge], momentOf('1917-10-25T03:30'), momentOf('1917-10-25T04:00'), 'en')).toBe('25 October, 04:00');
    expect(changesBetween(history.sites, momentOf('1917-10-24T10:00'), momentOf('1917-10-24T10:00'))).toEqual([]);
  });

  it('names at most three changes and counts the rest', () => {
    const from = momentOf('1917-10-24T00:00');
    const to = momentOf('1917-10-26T23:59');
    const changed = changesBetween(history.sites, from, to).length;
    const message = scrubAnnouncement(history.sites, from, to, 'en');
    expect(message.split('; ').length).toBe(Math.min(changed, 4));
    if (changed > 3) expect(message).toContain(`and ${changed - 3} more`);
  });
});
