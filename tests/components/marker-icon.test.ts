// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { placePulseRing, pulseRingSvg } from '../../src/symbols/marker-icon.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

describe('the flash ring', () => {
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
