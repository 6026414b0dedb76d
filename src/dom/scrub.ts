/**
 * A transform (or a stroke's dash offset) moved by a paused Web Animation instead of by the
 * element's style.
 *
 * The movers follow the clock on every slider step. Set through `style`, a transform made Chromium
 * sort the whole page into compositor layers again on every step (0.5–1 ms at ten times the sites,
 * more with more markers). Set as the current time of a paused animation, the new transform goes
 * to the compositor's transform node directly and nothing is sorted again (measured with
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

/** Holds `frames` in a paused animation; `fallback` says what to write to the style's `property` where there are no Web Animations. */
function scrubFrames(
  element: HTMLElement | SVGElement,
  frames: Keyframe[],
  fallback: (progress: number) => string,
  property: 'transform' | 'strokeDashoffset' = 'transform',
): Scrub {
  if (typeof element.animate !== 'function') {
    return {
      set: (progress) => {
        element.style[property] = fallback(Math.min(1, Math.max(0, progress)));
      },
      cancel: () => undefined,
    };
  }
  const animation = element.animate(frames, { duration: DURATION, fill: 'both', easing: 'linear' });
  animation.pause();
  let shown: number | undefined;
  return {
    set(progress) {
      const clamped = Math.min(1, Math.max(0, progress));
      if (clamped === shown) return;
      shown = clamped;
      animation.currentTime = clamped * DURATION;
    },
    cancel: () => animation.cancel(),
  };
}

/** A point in pixels. */
export interface Offset {
  x: number;
  y: number;
}

const translate = ({ x, y }: Offset) => `translate(${x}px, ${y}px)`;

/**
 * Moves `element` along a polyline: it is translated by `points[i]` at progress `shares[i]` (rising
 * from 0 to 1), and in a straight line between them, so that progress is the share of the way.
 */
export function scrubAlong(element: HTMLElement, points: readonly Offset[], shares: readonly number[]): Scrub {
  const frames = points.map((point, i) => ({ transform: translate(point), offset: shares[i] ?? 1 }));
  return scrubFrames(element, frames, (progress) => {
    const next = Math.max(
      1,
      shares.findIndex((share) => share >= progress),
    );
    const [a, b] = [points[next - 1], points[next] ?? points[next - 1]];
    const [from, to] = [shares[next - 1] ?? 0, shares[next] ?? 1];
    if (!a || !b) return 'none';
    const t = to > from ? (progress - from) / (to - from) : 1;
    return translate({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  });
}

/**
 * Draws a path from its start up to `length × progress` by moving the gap of its dash pattern:
 * the dash is as long as the path (at least `length`), so only the offset changes, and the path's
 * geometry, and so its layout and its bounds, stay as they are.
 */
export function scrubStroke(path: SVGElement, length: number): Scrub {
  // Longer than the path as drawn (its points are rounded to pixels), so that no second dash shows.
  const dash = length + 100;
  path.style.strokeDasharray = `${dash}px ${dash}px`;
  const offset = (progress: number) => `${dash - progress * length}px`;
  return scrubFrames(path, [{ strokeDashoffset: offset(0) }, { strokeDashoffset: offset(1) }], offset, 'strokeDashoffset');
}
