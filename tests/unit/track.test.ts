import { describe, expect, it } from 'vitest';
import { fractionOf, momentFromPointer, nextMomentForKey } from '../../src/timeline/track.ts';
import { WINDOW_END, WINDOW_START } from '../../src/model/time.ts';

describe('the time track', () => {
  it('maps pointer positions to minutes, clamped to the track', () => {
    const rect = { left: 100, width: 864 };
    expect(momentFromPointer(100, rect)).toBe(WINDOW_START);
    expect(momentFromPointer(100 + 432, rect)).toBe(WINDOW_END / 2);
    expect(momentFromPointer(0, rect)).toBe(WINDOW_START);
    expect(momentFromPointer(2000, rect)).toBe(WINDOW_END);
    expect(momentFromPointer(100 + 0.2, rect)).toBe(1);
    expect(momentFromPointer(150, { left: 100, width: 0 })).toBe(WINDOW_START);
  });

  it('places a moment at its share of the window', () => {
    expect(fractionOf(WINDOW_START)).toBe(0);
    expect(fractionOf(WINDOW_END)).toBe(1);
    expect(fractionOf((WINDOW_START + WINDOW_END) / 2)).toBe(0.5);
  });

  it('moves by the keys of the WAI-ARIA slider pattern, within the window', () => {
    expect(nextMomentForKey('ArrowRight', 600)).toBe(610);
    expect(nextMomentForKey('ArrowDown', 600)).toBe(590);
    expect(nextMomentForKey('PageUp', 600)).toBe(660);
    expect(nextMomentForKey('PageDown', 30)).toBe(WINDOW_START);
    expect(nextMomentForKey('End', 600)).toBe(WINDOW_END);
    expect(nextMomentForKey('a', 600)).toBeUndefined();
  });
});
