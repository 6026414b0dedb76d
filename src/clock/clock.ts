/**
 * The story's clock: the moment shown and the event the visitor chose, kept outside React state.
 *
 * A slider step changes only the moment; most of the page depends on what the moment implies (the
 * holdings epoch, the current event), which changes far less often. Components read the clock
 * through `useClock(clock, select)`, which re-renders them only when what they select changes,
 * and imperative layers (movers, the address bar) subscribe directly. So a step re-renders the
 * slider, the clock face and the sparkline's "now", and nothing else unless it crosses an event or
 * a change of hands.
 */
import { useSyncExternalStore } from 'react';
import type { Moment } from '../model/time.ts';

export interface ClockState {
  readonly moment: Moment;
  /** The event the visitor chose (by the feed, a tick, next or previous): several can share a minute. */
  readonly chosenEventId?: string;
}

export interface Clock {
  get(): ClockState;
  /** Moves to `moment`; the chosen event is cleared unless one is given. */
  set(moment: Moment, chosenEventId?: string): void;
  subscribe(listener: () => void): () => void;
}

export function createClock(moment: Moment): Clock {
  let state: ClockState = { moment };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(moment, chosenEventId) {
      if (moment === state.moment && chosenEventId === state.chosenEventId) return;
      state = chosenEventId === undefined ? { moment } : { moment, chosenEventId };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * What a component needs from the clock. `select` must return a primitive (or the same object for
 * the same input), so that the component re-renders only when that value changes.
 */
export function useClock<T>(clock: Clock, select: (state: ClockState) => T): T {
  return useSyncExternalStore(clock.subscribe, () => select(clock.get()));
}

export const selectMoment = (state: ClockState) => state.moment;
