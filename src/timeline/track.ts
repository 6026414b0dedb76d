/**
 * Where a moment lies on the time track, and which moment a pointer or a key asks for: the
 * arithmetic of the slider, apart from its elements.
 */
import { clampToWindow, WINDOW_END, WINDOW_START, type Moment } from '../model/time.ts';

/** Minutes moved by an arrow key, and by Page Up / Page Down. */
export const STEP_SMALL = 10;
const STEP_LARGE = 60;

const SPAN = WINDOW_END - WINDOW_START;

/** The share of the track before `moment`, from 0 at the window's start to 1 at its end. */
export const fractionOf = (moment: Moment) => (moment - WINDOW_START) / SPAN;

/** The minute under a pointer at `clientX` on a track with `rect`'s left edge and width, clamped to the window. */
export function momentFromPointer(clientX: number, rect: { left: number; width: number }): Moment {
  const fraction = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
  return clampToWindow(WINDOW_START + Math.min(1, Math.max(0, fraction)) * SPAN);
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
