/**
 * The story told over time: which event is current, what comes next, how busy each hour was,
 * how many key sites were held through the 48 hours.
 */
import type { History, StoryEvent } from './history.ts';
import { statesAt, tally } from './state.ts';
import { WINDOW_END, WINDOW_START, type Moment } from './time.ts';

/** Events inside the window (not context), in time order. */
export function windowEvents(history: History): StoryEvent[] {
  return history.events.filter((event) => !event.context);
}

/**
 * Index in `events` of the current event: the one the visitor chose, if it is at this moment
 * (several events can share a minute), otherwise the last event at or before the moment;
 * -1 before the first.
 */
export function currentEventIndex(events: readonly StoryEvent[], moment: Moment, chosenId?: string): number {
  let index = -1;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as StoryEvent;
    if (event.moment > moment) break;
    index = i;
  }
  if (chosenId !== undefined) {
    const chosen = events.findIndex((event) => event.id === chosenId);
    if (chosen >= 0 && (events[chosen] as StoryEvent).moment === moment) return chosen;
  }
  return index;
}

/** The event after the current one, even if it happened in the same minute. */
export function nextEventAfter(events: readonly StoryEvent[], moment: Moment, currentIndex: number): StoryEvent | undefined {
  const current = events[currentIndex];
  if (current && current.moment !== moment) return events.find((event) => event.moment > moment);
  return events[currentIndex + 1];
}

/** The event before: the current one if time has moved on since it, else the one before it. */
export function previousEventBefore(events: readonly StoryEvent[], moment: Moment, currentIndex: number): StoryEvent | undefined {
  const current = events[currentIndex];
  if (current && current.moment < moment) return current;
  return currentIndex > 0 ? events[currentIndex - 1] : undefined;
}

/** Events and changes of hands in each hour of the window (72 hours). */
export function activityByHour(history: History): number[] {
  const hours = new Array<number>((WINDOW_END - WINDOW_START) / 60).fill(0);
  const add = (m: Moment) => {
    const hour = Math.floor((m - WINDOW_START) / 60);
    if (hour >= 0 && hour < hours.length) hours[hour] = (hours[hour] ?? 0) + 1;
  };
  for (const event of history.events) if (!event.context) add(event.moment);
  for (const site of history.sites) for (const change of site.changes) add(change.moment);
  return hours;
}

/** Key sites held by the Bolsheviks, sampled every `step` minutes across the window (for a sparkline). */
export function keySitesHeldOverTime(history: History, step = 60): { moment: Moment; held: number }[] {
  const keySites = history.sites.filter((site) => site.key);
  const samples: { moment: Moment; held: number }[] = [];
  for (let m = WINDOW_START; m <= WINDOW_END; m += step) samples.push({ moment: m, held: tally(statesAt(keySites, m)).bolshevik });
  return samples;
}
