/**
 * A transform moved by a paused Web Animation instead of by the element's style.
 *
 * Things that follow the clock on every slider step (the thumb, the fill, the sparkline's "now",
 * the clock's digit wheels) move by transform only. Set through `style`, a transform still made
 * Chromium sort the whole page into compositor layers again on every step (0.5–1 ms at ten times the
 * sites, more with more markers). Set as the current time of a paused animation, the new transform
 * goes to the compositor's transform node directly and nothing is sorted again (measured with
 * `npm run bench:trace`). The animation never plays: it only holds the transform where it is put, so
 * nothing moves on its own, with or without reduced motion.
 */

/** Length of the animation's timeline; a position is a share of it. */
const DURATION = 1000;

export interface Scrub {
  /** Shows the transform at `progress`, from 0 to 1. */
  set(progress: number): void;
  /** Removes the animation; the element keeps its style's transform. */
  cancel(): void;
}

/**
 * Moves `element`'s transform along `at`, which must be linear in its argument (a translation by a
 * share of something): the animation runs straight from `at(0)` to `at(1)`. Where Web Animations
 * are missing (jsdom), the transform is written to the element's style instead.
 */
export function scrubTransform(element: HTMLElement, at: (progress: number) => string): Scrub {
  const clamp = (progress: number) => Math.min(1, Math.max(0, progress));
  if (typeof element.animate !== 'function') {
    return {
      set: (progress) => {
        element.style.transform = at(clamp(progress));
      },
      cancel: () => undefined,
    };
  }
  const animation = element.animate([{ transform: at(0) }, { transform: at(1) }], { duration: DURATION, fill: 'both', easing: 'linear' });
  animation.pause();
  let shown: number | undefined;
  return {
    set(progress) {
      if (clamp(progress) === shown) return;
      shown = clamp(progress);
      animation.currentTime = shown * DURATION;
    },
    cancel: () => animation.cancel(),
  };
}
