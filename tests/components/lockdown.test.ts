// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isBlockedKey, lockKioskPage } from '../../src/kiosk/lockdown.ts';

const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}, target: EventTarget | null = document.body) => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target,
  ...mods,
});

describe('isBlockedKey', () => {
  it.each([
    ['F5', {}],
    ['r', { ctrlKey: true }],
    ['R', { ctrlKey: true, shiftKey: true }],
    ['r', { metaKey: true }],
    ['ArrowLeft', { altKey: true }],
    ['ArrowRight', { altKey: true }],
    ['[', { metaKey: true }],
    ['Backspace', {}],
    ['a', { ctrlKey: true }],
    ['+', { ctrlKey: true }],
    ['-', { ctrlKey: true }],
    ['0', { ctrlKey: true }],
    ['p', { ctrlKey: true }],
    ['s', { ctrlKey: true }],
    ['BrowserBack', {}],
    ['F1', {}],
    ['F6', {}],
    ['d', { altKey: true }],
    ['f', { ctrlKey: true }],
    ['k', { ctrlKey: true }],
    ['BrowserRefresh', {}],
  ])('blocks %s %j', (name, mods) => {
    expect(isBlockedKey(key(name, mods))).toBe(true);
  });
  it.each([['Escape'], ['Tab'], ['Enter'], [' '], ['ArrowLeft'], ['ArrowRight'], ['PageUp'], ['Home'], ['End'], ['n'], ['p']])(
    'lets the app have %s',
    (name) => {
      expect(isBlockedKey(key(name))).toBe(false);
    },
  );
  it('keeps Backspace and select-all where text is typed', () => {
    const input = document.createElement('input');
    expect(isBlockedKey(key('Backspace', {}, input))).toBe(false);
    expect(isBlockedKey(key('a', { ctrlKey: true }, input))).toBe(false);
  });
});

describe('lockKioskPage', () => {
  let unlock = () => {};
  afterEach(() => unlock());
  it('sets a viewport that does not zoom, and the class the CSS keys on', () => {
    document.head.innerHTML = '<meta name="viewport" content="width=device-width, initial-scale=1">';
    unlock = lockKioskPage();
    expect(document.querySelector<HTMLMetaElement>('meta[name="viewport"]')?.content).toMatch(/maximum-scale=1, user-scalable=no/);
    expect(document.documentElement.classList.contains('is-kiosk')).toBe(true);
    unlock();
    expect(document.querySelector<HTMLMetaElement>('meta[name="viewport"]')?.content).toBe('width=device-width, initial-scale=1');
  });
  it('stops the long-press menu even where the target stops the event from bubbling (as Leaflet controls do)', () => {
    unlock = lockKioskPage();
    const control = document.createElement('a');
    control.addEventListener('contextmenu', (event) => event.stopPropagation());
    document.body.append(control);
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    control.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(true);
    const drag = new Event('dragstart', { bubbles: true, cancelable: true });
    control.dispatchEvent(drag);
    expect(drag.defaultPrevented).toBe(true);
  });
  it("blocks the mouse's back and forward buttons, not its others", () => {
    unlock = lockKioskPage();
    for (const [button, blocked] of [
      [3, true],
      [4, true],
      [0, false],
      [1, false],
    ] as const) {
      const up = new MouseEvent('mouseup', { button, cancelable: true, bubbles: true });
      document.body.dispatchEvent(up);
      expect(up.defaultPrevented).toBe(blocked);
    }
  });
  it('blocks Ctrl and the wheel (page zoom), not the wheel alone', () => {
    unlock = lockKioskPage();
    const zoom = new WheelEvent('wheel', { ctrlKey: true, cancelable: true, bubbles: true });
    document.body.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).toBe(true);
    const scroll = new WheelEvent('wheel', { cancelable: true, bubbles: true });
    document.body.dispatchEvent(scroll);
    expect(scroll.defaultPrevented).toBe(false);
  });
});
