/**
 * A kiosk has no way out: in kiosk mode the page cannot be zoomed, selected, dragged from, pulled to
 * refresh, swiped back in history, or left or reloaded by a key the browser lets a page block. What
 * CSS can do is in app.css under `html.is-kiosk` (touch-action, overscroll-behavior, user-select);
 * what needs script is here. `undoPageChanges` puts back what a visitor may still have changed.
 */

const KIOSK_VIEWPORT = 'width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover';

/** Whether the element takes text, where Backspace and select-all keep their meaning. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

/**
 * A key that would leave, reload or zoom the page, print or save it, or select all of it. Escape,
 * Tab, the arrows, Enter and Space keep working: the app needs them.
 */
export function isBlockedKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>): boolean {
  const { key, ctrlKey, metaKey, altKey } = event;
  const command = ctrlKey || metaKey;
  // Reload, the history and home keys; help, find, the address bar, caret browsing.
  if (['F1', 'F3', 'F5', 'F6', 'F7', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'BrowserFavorites'].includes(key))
    return true;
  if (altKey && !command && ['ArrowLeft', 'ArrowRight', 'Home', 'd', 'D'].includes(key)) return true; // history, home page, address bar
  if (key === 'Backspace' && !isEditable(event.target)) return true; // history in older browsers
  if (!command) return false;
  const lower = key.toLowerCase();
  if (lower === 'a') return !isEditable(event.target); // select all
  // reload, print, save, open, view source, address bar, bookmarks, history, downloads, find, search; page zoom; history by brackets
  return ['r', 'p', 's', 'o', 'u', 'l', 'd', 'h', 'j', 'f', 'g', 'k', 'e', '+', '=', '-', '_', '0', '[', ']', 'arrowleft', 'arrowright'].includes(lower);
}

const listeners: [type: string, listener: (event: Event) => void, options: AddEventListenerOptions][] = [
  // A long press opens no menu anywhere, also on Leaflet's controls, which stop the event's propagation: capture phase.
  ['contextmenu', (event) => event.preventDefault(), { capture: true }],
  ['dragstart', (event) => event.preventDefault(), { capture: true }],
  ['selectstart', (event) => (isEditable(event.target) ? undefined : event.preventDefault()), { capture: true }],
  // Safari's pinch gestures.
  ['gesturestart', (event) => event.preventDefault(), { capture: true, passive: false }],
  ['gesturechange', (event) => event.preventDefault(), { capture: true, passive: false }],
  ['gestureend', (event) => event.preventDefault(), { capture: true, passive: false }],
  // A trackpad pinch, or Ctrl and the wheel, zooms the page; the map still takes it (the event is not stopped).
  ['wheel', (event) => ((event as WheelEvent).ctrlKey && event.cancelable ? event.preventDefault() : undefined), { capture: true, passive: false }],
  ['keydown', (event) => (isBlockedKey(event as KeyboardEvent) ? event.preventDefault() : undefined), { capture: true }],
  // A mouse's back and forward buttons go through the history when released.
  ['mouseup', (event) => (isHistoryButton(event as MouseEvent) ? event.preventDefault() : undefined), { capture: true }],
  ['auxclick', (event) => (isHistoryButton(event as MouseEvent) ? event.preventDefault() : undefined), { capture: true }],
];

/** A mouse's fourth and fifth buttons: back and forward. */
export const isHistoryButton = (event: Pick<MouseEvent, 'button'>) => event.button === 3 || event.button === 4;

let locked = false;

/** Locks the page for a kiosk: the viewport, the class that the CSS keys on, the listeners. Returns the unlock. */
export function lockKioskPage(): () => void {
  if (locked) return () => undefined;
  locked = true;
  const root = document.documentElement;
  root.classList.add('is-kiosk');
  let viewport = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  const before = viewport?.content;
  if (!viewport) {
    viewport = document.createElement('meta');
    viewport.name = 'viewport';
    document.head.append(viewport);
  }
  viewport.content = KIOSK_VIEWPORT;
  for (const [type, listener, options] of listeners) window.addEventListener(type, listener, options);
  return () => {
    for (const [type, listener, options] of listeners) window.removeEventListener(type, listener, options);
    root.classList.remove('is-kiosk');
    if (viewport && before !== undefined) viewport.content = before;
    locked = false;
  };
}

/** The boxes of the layout that a focus or a script can scroll although they do not scroll themselves. */
const LAYOUT_BOXES = '#root, .app-root, .app, .app-body, .app-main, .app-header, .time-panel';

/** Whether the page is zoomed in (or out) from its normal scale. */
export function pageIsZoomed(): boolean {
  const scale = window.visualViewport?.scale ?? 1;
  return Math.abs(scale - 1) > 0.001;
}

/**
 * Puts back what the app's own reset cannot reach: the selection, the focus, the page's scroll and
 * that of the layout's boxes, and (where the browser allows) the page's zoom, by setting the
 * viewport again. Returns whether the page is still zoomed: only a reload undoes that then.
 */
export function undoPageChanges(): boolean {
  window.getSelection()?.removeAllRanges();
  if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) document.activeElement.blur();
  window.scrollTo(0, 0);
  for (const box of [document.scrollingElement, ...document.querySelectorAll(LAYOUT_BOXES)]) {
    if (box && (box.scrollTop !== 0 || box.scrollLeft !== 0)) {
      box.scrollTop = 0;
      box.scrollLeft = 0;
    }
  }
  if (pageIsZoomed()) {
    // Mobile browsers return to the initial scale when the viewport is set anew.
    const viewport = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
    if (viewport) {
      const content = viewport.content;
      viewport.content = `${content.replace(/,?\s*initial-scale=[^,]*/, '')}, initial-scale=1.0`;
      viewport.content = content;
    }
  }
  return pageIsZoomed();
}
