// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { scrubTransform } from '../../src/dom/scrub.ts';

const at = (progress: number) => `translateX(${progress * 200}px)`;

describe('scrubTransform', () => {
  it('writes the style where Web Animations are missing (jsdom)', () => {
    const element = document.createElement('div');
    const scrub = scrubTransform(element, at);
    scrub.set(0.25);
    expect(element.style.transform).toBe('translateX(50px)');
    scrub.cancel();
    expect(element.style.transform).toBe('translateX(50px)');
  });

  it('holds a paused, linear animation from at(0) to at(1) and moves only its current time', () => {
    const animation = { pause: vi.fn(), cancel: vi.fn(), currentTime: 0 as number | null };
    const element = document.createElement('div');
    const animate = vi.fn(() => animation);
    Object.assign(element, { animate });
    const scrub = scrubTransform(element, at);
    expect(animate).toHaveBeenCalledWith([{ transform: 'translateX(0px)' }, { transform: 'translateX(200px)' }], {
      duration: 1000,
      fill: 'both',
      easing: 'linear',
    });
    expect(animation.pause).toHaveBeenCalledOnce();
    scrub.set(0.5);
    expect(animation.currentTime).toBe(500);
    // Outside 0–1 it stays at the ends; the style is never written.
    scrub.set(1.5);
    expect(animation.currentTime).toBe(1000);
    scrub.set(-1);
    expect(animation.currentTime).toBe(0);
    expect(element.style.transform).toBe('');
    scrub.cancel();
    expect(animation.cancel).toHaveBeenCalledOnce();
  });
});
