/**
 * Leaflet 1.9's touch handlers (the map's drag, `Draggable._onMove`, and its pinch,
 * `TouchZoom._onTouchStart` / `_onTouchMove`) call `preventDefault` on every touch event, also on
 * those the browser has made not cancelable because a scroll, a fling or a page zoom is in
 * progress. Chromium then logs "Ignored attempt to cancel a touchmove event with cancelable=false"
 * as a console error: about 220 per 10,000 random touches (Leaflet issue #9444; fixed only in
 * Leaflet 2). Leaflet's code cannot be changed here, and `touch-action` cannot stop a fling begun
 * elsewhere, so a listener that runs before all of Leaflet's (capture phase, on the window) gives
 * each such event a `preventDefault` of its own that does nothing — which is exactly what the
 * browser's own does for an event that cannot be cancelled, without the log. Cancelable events are
 * left alone, and no other property of the event changes. The app's own handlers check
 * `event.cancelable` themselves.
 */

const TOUCH_EVENTS = ['touchstart', 'touchmove', 'touchend'] as const;

const ignoreCancel = () => undefined;

function quietIfUncancelable(event: Event) {
  if (!event.cancelable) Object.defineProperty(event, 'preventDefault', { value: ignoreCancel, configurable: true });
}

let installed = false;

/** Installs the listener once for the page (passive: it never delays a scroll). */
export function quietUncancelableTouches(): void {
  if (installed) return;
  installed = true;
  for (const type of TOUCH_EVENTS) window.addEventListener(type, quietIfUncancelable, { capture: true, passive: true });
}
