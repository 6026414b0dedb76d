// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KIND_GLYPHS, markerImage } from '../../src/symbols/marker-icon.ts';
import { SITE_KINDS, STATES } from '../../src/model/vocabulary.ts';
import type { SiteKind } from '../../src/model/schema.ts';

function parse(svg: string): SVGSVGElement {
  const box = document.createElement('div');
  box.innerHTML = svg;
  return box.firstElementChild as SVGSVGElement;
}

describe('markerImage', () => {
  it('draws every kind in a 48 px box with a hit circle that fills it', () => {
    for (const kind of Object.keys(KIND_GLYPHS) as SiteKind[]) {
      const marker = parse(markerImage(kind, 'government'));
      expect(marker.getAttribute('viewBox'), kind).toBe('0 0 48 48');
      const hit = marker.querySelector('.site-marker__hit');
      expect(hit?.getAttribute('r'), kind).toBe('24');
      expect(marker.querySelector('.site-marker__glyph')?.getAttribute('d'), kind).toBe(KIND_GLYPHS[kind].d);
    }
  });

  it('has a frame for each state, and a badge for each state but the government', () => {
    const marker = parse(markerImage('bank', 'contested'));
    expect(marker.classList.contains('is-contested')).toBe(true);
    for (const state of STATES) {
      expect(marker.querySelectorAll(`.site-marker__frame--${state}:not(.site-marker__shadow)`), state).toHaveLength(1);
      expect(marker.querySelectorAll(`.site-marker__badge--${state}`).length > 0, state).toBe(state !== 'government');
    }
  });

  it('has rings for the open card, the keyboard focus and the flash', () => {
    const marker = parse(markerImage('bank', 'bolshevik'));
    for (const ring of ['open', 'focus', 'pulse']) expect(marker.querySelector(`.site-marker__${ring}`), ring).not.toBeNull();
  });
});

it('has a glyph for every kind of site', () => {
  expect(Object.keys(KIND_GLYPHS).sort()).toEqual([...SITE_KINDS].sort());
});
