/**
 * Where a moment lies on the time track, and which moment a pointer or a key asks for: the
 * arithmetic of the slider, apart from its elements.
 */
import { clampToWindow, WINDOW_END, WINDOW_START, type Moment } from '../model/time.ts';

/** Minutes moved by an arrow key, and by Page Up / Page Down. */
export const STEP_SMALL = 10;
const STEP_LARGE = 60;

/** How near a tap must fall to a tick to choose its event, in pixels. */
export const TICK_SNAP_PX = 8;

const SPAN = WINDOW_END - WINDOW_START;

/** The share of the track before `moment`, from 0 at the window's start to 1 at its end. */
export const fractionOf = (moment: Moment) => (moment - WINDOW_START) / SPAN;

/** The minute under a pointer at `clientX` on a track with `rect`'s left edge and width, clamped to the window. */
export function momentFromPointer(clientX: number, rect: { left: number; width: number }): Moment {
  const fraction = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
  return clampToWindow(WINDOW_START + Math.min(1, Math.max(0, fraction)) * SPAN);
}

/** The tick nearest to a tap on the track, if one is within TICK_SNAP_PX. */
export function tickNear<T extends { moment: Moment }>(ticks: readonly T[], clientX: number, rect: { left: number; width: number }): T | undefined {
  let best: T | undefined;
  let bestDistance = TICK_SNAP_PX;
  for (const tick of ticks) {
    const distance = Math.abs(rect.left + fractionOf(tick.moment) * rect.width - clientX);
    if (distance <= bestDistance) {
      best = tick;
      bestDistance = distance;
    }
  }
  return best;
}

/** The moment a key of the WAI-ARIA slider pattern moves to from `moment`; `undefined` for other keys. */
export function nextMomentForKey(key: string, moment: Moment): Moment | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clampToWindow(moment + STEP_SMALL);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampToWindow(moment - STEP_SMALL);
    case 'PageUp':
      return clampToWindow(moment + STEP_LARGE);
    case 'PageDown':
      return clampToWindow(moment - STEP_LARGE);
    case 'Home':
      return WINDOW_START;
    case 'End':
      return WINDOW_END;
    default:
      return undefined;
  }
}
