// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { scrubAlong, scrubStroke } from '../../src/dom/scrub.ts';

describe('scrubAlong', () => {
  // An L: 100 px right, then 100 px down; each leg is half the way.
  const points = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 100 },
  ];
  const shares = [0, 0.5, 1];

  it('holds one keyframe per point, at its share of the way', () => {
    const animation = { pause: vi.fn(), cancel: vi.fn(), currentTime: 0 as number | null };
    const element = document.createElement('div');
    const animate = vi.fn(() => animation);
    Object.assign(element, { animate });
    const scrub = scrubAlong(element, points, shares);
    expect(animate).toHaveBeenCalledWith(
      [
        { transform: 'translate(0px, 0px)', offset: 0 },
        { transform: 'translate(100px, 0px)', offset: 0.5 },
        { transform: 'translate(100px, 100px)', offset: 1 },
      ],
      { duration: 1000, fill: 'both', easing: 'linear' },
    );
    scrub.set(0.5);
    expect(animation.currentTime).toBe(500);
  });

  it('without Web Animations, writes the point that far along the way', () => {
    const element = document.createElement('div');
    const scrub = scrubAlong(element, points, shares);
    scrub.set(0.25);
    expect(element.style.transform).toBe('translate(50px, 0px)');
    scrub.set(0.75);
    expect(element.style.transform).toBe('translate(100px, 50px)');
    scrub.set(0);
    expect(element.style.transform).toBe('translate(0px, 0px)');
    scrub.set(2);
    expect(element.style.transform).toBe('translate(100px, 100px)');
  });
});

describe('scrubStroke', () => {
  const svgPath = () => document.createElementNS('http://www.w3.org/2000/svg', 'path');

  it('draws the path up to a share of its length by the offset of one dash longer than the path', () => {
    const path = svgPath();
    const scrub = scrubStroke(path, 300);
    expect(path.style.strokeDasharray).toBe('400px 400px');
    // The dash is drawn from dash − offset on: none at 0, a third at 1/3, all 300 px at 1.
    scrub.set(0);
    expect(path.style.strokeDashoffset).toBe('400px');
    scrub.set(1 / 3);
    expect(path.style.strokeDashoffset).toBe('300px');
    scrub.set(1);
    expect(path.style.strokeDashoffset).toBe('100px');
  });

  it('holds a paused animation of the offset, and never writes the offset to the style', () => {
    const animation = { pause: vi.fn(), cancel: vi.fn(), currentTime: 0 as number | null };
    const path = svgPath();
    const animate = vi.fn(() => animation);
    Object.assign(path, { animate });
    const scrub = scrubStroke(path, 50);
    expect(animate).toHaveBeenCalledWith([{ strokeDashoffset: '150px' }, { strokeDashoffset: '100px' }], { duration: 1000, fill: 'both', easing: 'linear' });
    expect(animation.pause).toHaveBeenCalledOnce();
    scrub.set(0.4);
    expect(animation.currentTime).toBe(400);
    // Outside 0–1 it stays at the ends.
    scrub.set(1.5);
    expect(animation.currentTime).toBe(1000);
    scrub.set(-1);
    expect(animation.currentTime).toBe(0);
    expect(path.style.strokeDashoffset).toBe('');
    scrub.cancel();
    expect(animation.cancel).toHaveBeenCalledOnce();
  });
});
