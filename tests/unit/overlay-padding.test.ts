import { describe, expect, it } from 'vitest';
import { coveredShare, insideFreePart, paddingForOverlays } from '../../src/map/overlay-padding.ts';

const map = { left: 0, top: 100, right: 1000, bottom: 700 };

describe('paddingForOverlays', () => {
  it('pads the right for a card down the right side, the bottom for a sheet', () => {
    expect(paddingForOverlays(map, [{ left: 580, top: 112, right: 988, bottom: 688 }])).toEqual({ top: 0, right: 420, bottom: 0, left: 0 });
    expect(paddingForOverlays(map, [{ left: 8, top: 400, right: 992, bottom: 692 }])).toEqual({ top: 0, right: 0, bottom: 300, left: 0 });
  });
  it('pads the cheaper edge for a corner panel, and adds the margin', () => {
    // A wide, short legend at the top right: the top strip costs less map than the right one.
    expect(paddingForOverlays(map, [{ left: 600, top: 112, right: 988, bottom: 200 }], 8)).toEqual({ top: 108, right: 0, bottom: 0, left: 0 });
    // A narrow, tall zoom control at the top left: the left strip.
    expect(paddingForOverlays(map, [{ left: 10, top: 110, right: 58, bottom: 206 }], 8)).toEqual({ top: 0, right: 0, bottom: 0, left: 66 });
  });
  it('pads nothing more for a panel that lies in the strip given up for a larger one', () => {
    // 1920×1080 with a card open: the open legend at the top right lies under the card.
    const card = { left: 580, top: 112, right: 988, bottom: 688 };
    const legend = { left: 600, top: 112, right: 988, bottom: 300 };
    expect(paddingForOverlays(map, [legend, card], 8)).toEqual({ top: 0, right: 428, bottom: 0, left: 0 });
    expect(paddingForOverlays(map, [card, legend], 8)).toEqual({ top: 0, right: 428, bottom: 0, left: 0 });
  });
  it('ignores panels off the map and never leaves less than the free share', () => {
    expect(paddingForOverlays(map, [{ left: 0, top: 0, right: 1000, bottom: 90 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    const padding = paddingForOverlays(map, [
      { left: 0, top: 100, right: 1000, bottom: 400 },
      { left: 0, top: 300, right: 1000, bottom: 700 },
    ]);
    expect(map.bottom - map.top - padding.top - padding.bottom).toBeCloseTo(600 * 0.3);
  });
});

describe('insideFreePart and coveredShare', () => {
  it('tell a point in the free part and the share a panel covers', () => {
    const padding = { top: 0, right: 420, bottom: 0, left: 0 };
    expect(insideFreePart(map, padding, 500, 400)).toBe(true);
    expect(insideFreePart(map, padding, 700, 400)).toBe(false);
    expect(coveredShare({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 5, top: 0, right: 20, bottom: 20 })).toBe(0.5);
    expect(coveredShare({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 20, top: 0, right: 30, bottom: 10 })).toBe(0);
  });
});
