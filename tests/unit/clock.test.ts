import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/clock/clock.ts';

describe('the story clock', () => {
  it('tells listeners of a change, and not of a set to the same state', () => {
    const clock = createClock(0);
    let calls = 0;
    const stop = clock.subscribe(() => (calls += 1));
    clock.set(10);
    clock.set(10);
    expect(calls).toBe(1);
    clock.set(10, 'e1');
    expect(clock.get()).toEqual({ moment: 10, chosenEventId: 'e1' });
    clock.set(20);
    expect(clock.get()).toEqual({ moment: 20 }); // moving on forgets the chosen event
    stop();
    clock.set(30);
    expect(calls).toBe(3);
  });
});
