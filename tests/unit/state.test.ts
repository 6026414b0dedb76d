import { describe, expect, it } from 'vitest';
import { compileHistory } from '../../src/model/history.ts';
import { holdingsEpoch, lastChangeAt, stateAt, statesAt, tally } from '../../src/model/state.ts';
import { momentOf, WINDOW_END, WINDOW_START } from '../../src/model/time.ts';
import { validateHistory } from '../../src/model/validate.ts';
import { fixtureTexts } from '../fixtures/load.ts';

function fixtureHistory() {
  const { data, problems } = validateHistory(fixtureTexts());
  expect(problems).toEqual([]);
  return compileHistory(data!);
}

describe('stateAt', () => {
  const history = fixtureHistory();
  const bridge = history.sitesById.get('nikolaevsky-bridge')!;
  const telegraph = history.sitesById.get('central-telegraph')!;
  const smolny = history.sitesById.get('smolny')!;

  it('is the initial state before any change and before the window', () => {
    expect(stateAt(bridge, WINDOW_START)).toBe('government');
    expect(stateAt(bridge, -1000)).toBe('government');
  });
  it('takes the new state exactly at the minute of the change, not one minute before', () => {
    expect(stateAt(bridge, momentOf('1917-10-24T16:59'))).toBe('government');
    expect(stateAt(bridge, momentOf('1917-10-24T17:00'))).toBe('contested');
    expect(stateAt(bridge, momentOf('1917-10-25T03:29'))).toBe('contested');
    expect(stateAt(bridge, momentOf('1917-10-25T03:30'))).toBe('bolshevik');
  });
  it('keeps the last state after the window', () => {
    expect(stateAt(bridge, WINDOW_END)).toBe('bolshevik');
    expect(stateAt(bridge, WINDOW_END + 10_000)).toBe('bolshevik');
  });
  it('uses the best time of a disputed change, not its earliest', () => {
    expect(stateAt(telegraph, momentOf('1917-10-25T01:30'))).toBe('government');
    expect(stateAt(telegraph, momentOf('1917-10-25T02:00'))).toBe('bolshevik');
    expect(lastChangeAt(telegraph, momentOf('1917-10-25T02:00'))?.disputed).toBe(true);
  });
  it('leaves a site without changes in its initial state', () => {
    expect(stateAt(smolny, WINDOW_START)).toBe('bolshevik');
    expect(stateAt(smolny, WINDOW_END)).toBe('bolshevik');
  });
  it('answers for all sites at once, in order', () => {
    const m = momentOf('1917-10-25T02:00');
    expect(statesAt(history.sites, m)).toEqual(['bolshevik', 'contested', 'bolshevik']);
    expect(tally(statesAt(history.sites, m))).toEqual({ government: 0, contested: 1, bolshevik: 2 });
  });
});

describe('holdingsEpoch', () => {
  const history = fixtureHistory();
  it('lists distinct change moments in order', () => {
    expect(history.changeMoments).toEqual([momentOf('1917-10-24T17:00'), momentOf('1917-10-25T02:00'), momentOf('1917-10-25T03:30')]);
  });
  it('counts the changes at or before a moment', () => {
    expect(holdingsEpoch(history.changeMoments, WINDOW_START)).toBe(0);
    expect(holdingsEpoch(history.changeMoments, momentOf('1917-10-24T16:59'))).toBe(0);
    expect(holdingsEpoch(history.changeMoments, momentOf('1917-10-24T17:00'))).toBe(1);
    expect(holdingsEpoch(history.changeMoments, momentOf('1917-10-25T03:30'))).toBe(3);
    expect(holdingsEpoch(history.changeMoments, WINDOW_END)).toBe(3);
  });
  it('gives equal holdings for moments in one epoch', () => {
    const a = statesAt(history.sites, momentOf('1917-10-25T02:00'));
    const b = statesAt(history.sites, momentOf('1917-10-25T03:29'));
    expect(a).toEqual(b);
  });
});
