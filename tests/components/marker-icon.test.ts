// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markerShapes, markerSvg, placeMarker, placePulseRing, pulseRingSvg } from '../../src/map/marker-icon.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

describe('placeMarker', () => {
  it('moves a drawn marker to exactly what markerSvg draws there', () => {
    for (const kind of ['ship', 'telegraph', 'bridge'] as const) {
      const group = document.createElementNS(SVG_NS, 'g');
      group.innerHTML = markerSvg(kind);
      placeMarker(markerShapes(group), kind, 100.5, -40);
      const expected = document.createElementNS(SVG_NS, 'g');
      expected.innerHTML = markerSvg(kind, 100.5, -40);
      expect(group.innerHTML).toBe(expected.innerHTML);
    }
  });

  it('refuses shapes that are not the ones it drew', () => {
    const group = document.createElementNS(SVG_NS, 'g');
    group.innerHTML = markerSvg('bank');
    expect(() => placeMarker(markerShapes(group).slice(1), 'bank', 0, 0)).toThrow(/bank marker has 13 shapes where 14 were drawn/);
  });

  it('moves a flash ring with its marker', () => {
    const ring = document.createElementNS(SVG_NS, 'g');
    ring.innerHTML = pulseRingSvg();
    placePulseRing(ring, 10, 20);
    const expected = document.createElementNS(SVG_NS, 'g');
    expected.innerHTML = pulseRingSvg(10, 20);
    expect(ring.innerHTML).toBe(expected.innerHTML);
    expect(ring.innerHTML).toContain('cx="34" cy="44"');
  });
});
