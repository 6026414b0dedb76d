import { describe, expect, it } from 'vitest';
import { LABEL_SIDES, nameZoom, occupiedBoxes, overlaps, overlapsDiamond, placeSiteLabels } from '../../src/placement/site-labels.ts';

/** A marker drawn as a 40 px square about its centre. */
const FOOTPRINT = { boxes: [{ left: -20, top: -20, right: 20, bottom: 20 }], diamonds: [] };
const label = { width: 100, height: 16 };
const drawnAt = (x: number, y: number) => ({ left: x - 20, top: y - 20, right: x + 20, bottom: y + 20 });

describe('placeSiteLabels', () => {
  it('puts a lone label east of its marker, just clear of it', () => {
    const [box] = placeSiteLabels([{ x: 100, y: 100, footprint: FOOTPRINT, label }], 2);
    expect(box).toEqual({ side: 'east', left: 122, top: 92, right: 222, bottom: 108 });
  });

  it('moves a label to the west when a marker stands to the east', () => {
    const [box] = placeSiteLabels([
      { x: 100, y: 100, footprint: FOOTPRINT, label },
      { x: 180, y: 100, footprint: FOOTPRINT },
    ]);
    expect(box?.side).toBe('west');
    expect(box && overlaps(box, drawnAt(180, 100))).toBe(false);
  });

  it('places later labels clear of earlier ones, and leaves out a label with no free side', () => {
    const markers = [
      { x: 100, y: 100, footprint: FOOTPRINT, label },
      { x: 100, y: 100, footprint: FOOTPRINT, label }, // the same place: every side is taken or over the first marker
    ];
    const [first, second] = placeSiteLabels(markers);
    expect(first?.side).toBe('east');
    expect(second).not.toBeUndefined();
    expect(overlaps(first!, second!)).toBe(false);
    const crowded = [
      { x: 0, y: 0, footprint: FOOTPRINT, label },
      ...[-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => ({ x: i * 44, y: j * 44, footprint: FOOTPRINT }))),
    ];
    expect(placeSiteLabels(crowded)[0]).toBeUndefined();
  });

  it('never puts a label over a marker or over another label, in a dense field', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const markers = Array.from({ length: 60 }, () => ({
      x: random() * 800,
      y: random() * 600,
      footprint: FOOTPRINT,
      label: { width: 40 + random() * 120, height: 16 },
    }));
    const labels = placeSiteLabels(markers);
    const shown = labels.filter((box) => box !== undefined);
    expect(shown.length).toBeGreaterThan(10);
    for (const box of shown) {
      for (const { x, y } of markers) expect(overlaps(box, drawnAt(x, y))).toBe(false);
      for (const other of shown) if (other !== box) expect(overlaps(box, other)).toBe(false);
    }
  });

  it('tries every side once', () => {
    expect(new Set(LABEL_SIDES).size).toBe(LABEL_SIDES.length);
  });
});

describe('overlapsDiamond', () => {
  const diamond = { x: 0, y: 0, radius: 20 };
  it('tells a box over the diamond from one beside its tip or clear of a side', () => {
    expect(overlapsDiamond({ left: -5, top: -5, right: 5, bottom: 5 }, diamond)).toBe(true);
    expect(overlapsDiamond({ left: 19, top: -1, right: 30, bottom: 1 }, diamond)).toBe(true);
    expect(overlapsDiamond({ left: 21, top: -1, right: 30, bottom: 1 }, diamond)).toBe(false);
    // By the corner of its bounding square, clear of the diamond's side.
    expect(overlapsDiamond({ left: 12, top: 12, right: 30, bottom: 30 }, diamond)).toBe(false);
    expect(overlapsDiamond({ left: 12, top: 12, right: 30, bottom: 30 }, diamond, 5)).toBe(true);
  });
});

describe('occupiedBoxes', () => {
  it('is every marker target and every label shown', () => {
    const markers = [
      { x: 100, y: 100, footprint: FOOTPRINT, label },
      { x: 300, y: 100, footprint: FOOTPRINT },
    ];
    const labels = placeSiteLabels(markers);
    const boxes = occupiedBoxes(markers, labels, 48);
    expect(boxes).toHaveLength(3);
    expect(boxes[1]).toEqual({ left: 276, top: 76, right: 324, bottom: 124 });
    expect(boxes[2]).toEqual(labels[0]);
  });
});

describe('nameZoom', () => {
  it('names the palaces, the fortress, Smolny and the stations from the start, other key sites from 14, the rest from 15', () => {
    expect(nameZoom({ kind: 'railway-station', key: true })).toBe(0);
    expect(nameZoom({ kind: 'fortress', key: false })).toBe(0);
    expect(nameZoom({ kind: 'party-hq', key: false })).toBe(0);
    expect(nameZoom({ kind: 'bank', key: true })).toBe(14);
    expect(nameZoom({ kind: 'barracks', key: false })).toBe(15);
  });
});
