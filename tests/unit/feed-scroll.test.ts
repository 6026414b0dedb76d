import { describe, expect, it } from 'vitest';
import { feedScrollTarget } from '../../src/panels/feed-scroll.ts';

describe('feedScrollTarget: the feed scrolls only when the current event leaves the upper part of the list', () => {
  // A list 300 px high, scrolled to 100; items 50 px high.
  it('leaves the list alone while the item is in view below the day heading and above the lowest fifth', () => {
    expect(feedScrollTarget(140, 50, 100, 300)).toBeUndefined();
    expect(feedScrollTarget(280, 50, 100, 300)).toBeUndefined(); // bottom at 330 ≤ 100 + 240
  });
  it('brings an item in the lowest fifth, or below, to the top (under the heading)', () => {
    expect(feedScrollTarget(300, 50, 100, 300)).toBe(264);
    expect(feedScrollTarget(900, 50, 100, 300)).toBe(864);
  });
  it('brings an item above the view, or under the sticky heading, back down to it', () => {
    expect(feedScrollTarget(120, 50, 100, 300)).toBe(84);
    expect(feedScrollTarget(10, 50, 100, 300)).toBe(0);
  });
});
