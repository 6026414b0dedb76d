import { describe, expect, it } from 'vitest';
import { compileEvent, compileHistory } from '../../src/model/history.ts';
import { activityByHour, currentEventIndex, keySitesHeldOverTime, nextEventAfter, previousEventBefore, windowEvents } from '../../src/model/story.ts';
import { momentOf, WINDOW_START } from '../../src/model/time.ts';
import { validateHistory } from '../../src/model/validate.ts';
import { fixtureTexts } from '../fixtures/load.ts';
import type { EventData } from '../../src/model/schema.ts';

const event = (id: string, at: string): EventData => ({
  id,
  at,
  title: { en: id, ru: id },
  text: { en: id, ru: id },
  sources: ['rabinowitch-1976'],
});
// Two events share 02:00.
const events = [event('a', '1917-10-24T17:00'), event('b1', '1917-10-25T02:00'), event('b2', '1917-10-25T02:00'), event('c', '1917-10-25T05:00')].map(
  compileEvent,
);
const at = (text: string) => momentOf(text);

describe('current, next and previous event', () => {
  it('is -1 before the first event, then the last event at or before the moment', () => {
    expect(currentEventIndex(events, WINDOW_START)).toBe(-1);
    expect(currentEventIndex(events, at('1917-10-24T17:00'))).toBe(0);
    expect(currentEventIndex(events, at('1917-10-25T03:00'))).toBe(2);
  });
  it('honours the chosen event among several in one minute, only at that minute', () => {
    expect(currentEventIndex(events, at('1917-10-25T02:00'), 'b1')).toBe(1);
    expect(currentEventIndex(events, at('1917-10-25T02:00'), 'b2')).toBe(2);
    expect(currentEventIndex(events, at('1917-10-25T02:10'), 'b1')).toBe(2);
  });
  it('steps through events that share a minute one by one', () => {
    let moment = WINDOW_START;
    let chosen: string | undefined;
    const visited: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const next = nextEventAfter(events, moment, currentEventIndex(events, moment, chosen));
      if (!next) break;
      visited.push(next.id);
      moment = next.moment;
      chosen = next.id;
    }
    expect(visited).toEqual(['a', 'b1', 'b2', 'c']);
    expect(nextEventAfter(events, moment, currentEventIndex(events, moment, chosen))).toBeUndefined();
    const back: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const previous = previousEventBefore(events, moment, currentEventIndex(events, moment, chosen));
      if (!previous) break;
      back.push(previous.id);
      moment = previous.moment;
      chosen = previous.id;
    }
    expect(back).toEqual(['b2', 'b1', 'a']);
  });
  it('goes back to the current event first when time has moved on since it', () => {
    const moment = at('1917-10-25T04:00');
    expect(previousEventBefore(events, moment, currentEventIndex(events, moment))?.id).toBe('b2');
    expect(nextEventAfter(events, moment, currentEventIndex(events, moment))?.id).toBe('c');
  });
});

describe('the story over time', () => {
  const { data } = validateHistory(fixtureTexts());
  const history = compileHistory(data!);
  it('leaves context out of the window events', () => {
    expect(windowEvents(history).map((e) => e.id)).toEqual(['bridges-raised', 'telegraph-taken']);
  });
  it('counts events and changes of hands per hour', () => {
    const hours = activityByHour(history);
    expect(hours).toHaveLength(72);
    expect(hours[17]).toBe(2); // bridges raised + the bridge contested, 24 Oct 17:00
    expect(hours[24 + 2]).toBe(2); // telegraph event + change, 25 Oct 02:00
    expect(hours[24 + 3]).toBe(1); // the bridge taken at 03:30
    expect(hours.reduce((a, b) => a + b, 0)).toBe(5);
  });
  it('samples the key sites held through the window', () => {
    const samples = keySitesHeldOverTime(history, 60);
    expect(samples).toHaveLength(73);
    expect(samples[0]?.held).toBe(0);
    expect(samples.at(-1)?.held).toBe(2);
    expect(samples.find((s) => s.moment === at('1917-10-25T03:00'))?.held).toBe(1);
  });
});
