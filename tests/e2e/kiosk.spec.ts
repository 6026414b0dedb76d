/**
 * The kiosk (?kiosk=1) on a touch screen: its configuration, the idle countdown and the attract
 * replay, the reset, and the ways out that it closes. The idle times are run on Playwright's clock
 * (it fast-forwards the page's timers; time otherwise flows as usual), so the defaults are tested.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { momentOf, WINDOW_START } from '../../src/model/time.ts';
import { windowEvents } from '../../src/model/story.ts';
import { history, mapReady, marker, slider, sliderValue, watchPage } from './helpers.ts';
import { centreOf, pageScale, serveKioskJson, touchscreen, visibleState } from './kiosk-helpers.ts';

test.use({ hasTouch: true, viewport: { width: 1280, height: 800 } });
// Long waits are fast-forwarded; the time given is for a slow, shared machine.
test.describe.configure({ timeout: 90_000 });
/** On a slow, shared machine a reset (the feed is made anew) can take seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });
/** Real time passes between a touch and a fast-forward: checks that something has not happened yet keep this much in hand. */
const MARGIN_MS = 30_000;

const IDLE_MS = 120_000;
const COUNTDOWN_MS = 20_000;
const events = windowEvents(history);

async function openKiosk(page: Page, search = '', settings: Record<string, unknown> = { lang: 'ru' }) {
  await page.clock.install();
  await serveKioskJson(page, settings);
  await page.goto(`/?kiosk=1${search}`);
  await expect(slider(page)).toBeVisible({ timeout: 20_000 });
  await mapReady(page);
}

/** A touch on an empty part of the map, away from markers, legend and cards. */
async function touchTheMap(page: Page) {
  const box = await page.locator('.app-main').boundingBox();
  if (!box) throw new Error('no map');
  await page.touchscreen.tap(box.x + 24, box.y + box.height - 24);
}

test('the countdown comes after the idle time, in both languages, and a touch cancels it', async ({ page }) => {
  const { consoleErrors } = watchPage(page);
  await openKiosk(page);
  await touchTheMap(page);
  await marker(page, 'smolny').tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.clock.fastForward(IDLE_MS - MARGIN_MS);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward(MARGIN_MS);
  const countdown = page.getByRole('alertdialog');
  await expect(countdown).toBeVisible();
  await expect(countdown).toHaveAccessibleName(/Вы ещё здесь\? Коснитесь экрана, чтобы продолжить.*Still there\? Touch to keep reading/);
  await expect(countdown).toContainText('Экран вернётся к началу через 20 с');
  await expect(countdown).toContainText('The screen returns to the start in 20 s');
  await expect(page.getByRole('button', { name: /Продолжить.*Keep reading/ })).toBeFocused();
  const button = await page.getByRole('button', { name: /Keep reading/ }).boundingBox();
  expect(Math.min(button?.width ?? 0, button?.height ?? 0)).toBeGreaterThanOrEqual(72);
  await page.clock.fastForward(5000);
  const left = Number(await countdown.locator('.idle-countdown__seconds').textContent());
  expect(left).toBeGreaterThanOrEqual(1);
  expect(left).toBeLessThanOrEqual(15);
  await expect(countdown).toContainText(`через ${left} с`);
  // A touch anywhere keeps the visitor's screen as it is.
  await touchTheMap(page);
  await expect(countdown).toHaveCount(0);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.locator('.attract-banner')).toHaveCount(0);
  // The whole idle time again, then the countdown, then the reset and the replay.
  await page.clock.fastForward(IDLE_MS);
  await expect(countdown).toBeVisible();
  await page.clock.fastForward(COUNTDOWN_MS);
  await expect(countdown).toHaveCount(0);
  await expect(page.locator('.attract-banner')).toBeVisible();
  await expect(page.locator('.attract-banner')).toContainText('Коснитесь карты или шкалы времени, чтобы начать');
  await expect(page.locator('.attract-banner')).toContainText('Touch the map or the time line to explore');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('nobody touched the screen: after the idle time the replay starts without a countdown', async ({ page }) => {
  await openKiosk(page, '', { lang: 'en', idle: 60 });
  await page.clock.fastForward(60_000 - MARGIN_MS);
  await expect(page.locator('.attract-banner')).toHaveCount(0);
  await page.clock.fastForward(MARGIN_MS);
  await expect(page.locator('.attract-banner')).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  const a = await sliderValue(page);
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(a);
});

test('the reset puts back everything the visitor changed', async ({ page }) => {
  // Slow, so that the replay is still before the first event when the state is read.
  await openKiosk(page, '', { lang: 'ru', speed: 'slow' });
  const start = await visibleState(page);
  // The home view fits every site into the part of the map no panel covers: its zoom depends on the screen.
  expect(start).toMatchObject({ lang: 'ru', card: 0, scale: 1, scrolled: 0 });
  expect(start.zoom).toBeGreaterThanOrEqual(12);
  // A visitor: a card, the sources, the language, the legend, the feed, the map, the time, the focus, a selection, a scroll.
  await page.locator('.legend__title').tap();
  await marker(page, 'winter-palace').tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('slider').focus();
  await page.getByRole('slider').press('End');
  await page.evaluate(() => {
    const list = document.querySelector('.feed__list');
    if (list) list.scrollTop = 600;
    const map = (document.querySelector('.city-map') as HTMLElement & { leafletMap?: { setView(c: [number, number], z: number, o: object): void } }).leafletMap;
    map?.setView([59.91, 30.3], 16, { animate: false });
    const main = document.querySelector('.app-body');
    if (main) main.scrollTop = 40;
    window.getSelection()?.selectAllChildren(document.querySelector('.app-header') ?? document.body);
  });
  const visited = await visibleState(page);
  expect(visited).toMatchObject({ lang: 'en', card: 1, zoom: 16, legendOpen: !start.legendOpen });
  expect(visited.feedScroll).not.toBe(start.feedScroll);
  expect(visited.focus).not.toBe('body');
  expect(await sliderValue(page)).not.toBe(WINDOW_START);

  await page.clock.fastForward(IDLE_MS);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(COUNTDOWN_MS);
  await expect(page.locator('.attract-banner')).toBeVisible();
  await expect.poll(async () => (await visibleState(page)).zoom).toBe(start.zoom);
  const reset = await visibleState(page);
  expect(reset).toEqual({ ...start, focus: 'body' });
  // The replay runs from the kiosk's start moment.
  const value = await sliderValue(page);
  expect(value).toBeGreaterThanOrEqual(WINDOW_START);
  expect(value).toBeLessThan(events[0]?.moment ?? 0);
});

test('the first touch during the replay starts the visitor at the event it was showing', async ({ page }) => {
  await openKiosk(page, '', { lang: 'en', idle: 10, start: '1917-10-25T01:00' });
  await page.clock.fastForward(10_000);
  await expect(page.locator('.attract-banner')).toBeVisible();
  await expect.poll(() => sliderValue(page)).toBeGreaterThan(momentOf('1917-10-25T02:30'));
  await touchTheMap(page);
  await expect(page.locator('.attract-banner')).toHaveCount(0);
  const shown = await page.locator('.feed__card').getAttribute('data-event-id');
  const event = events.find((e) => e.id === shown);
  expect(event).toBeDefined();
  // The time is the event's, and stays there: the replay has stopped.
  await expect.poll(() => sliderValue(page)).toBe(event?.moment);
  await page.waitForTimeout(500);
  expect(await sliderValue(page)).toBe(event?.moment);
  await expect(page.locator('.how-to-use')).toHaveCount(0);
});

test('a touch before the first event starts the visitor with a line on how to begin', async ({ page }) => {
  await openKiosk(page, '', { lang: 'ru', idle: 10, speed: 'slow' });
  await page.clock.fastForward(10_000);
  await expect(page.locator('.attract-banner')).toBeVisible();
  expect(await sliderValue(page)).toBeLessThan(events[0]?.moment ?? 0);
  await touchTheMap(page);
  const hint = page.locator('.how-to-use');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Коснитесь объекта на карте или передвиньте шкалу времени');
  await expect(hint).toContainText('Tap a site on the map, or drag the time line');
  await touchTheMap(page);
  await expect(hint).toHaveCount(0);
});

test('kiosk.json sets the kiosk, the address wins, a bad value is named, and the last good copy serves offline starts', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await openKiosk(page, '&idle=60', { lang: 'ru', idle: 600, speed: 'soon' });
  await expect(page.locator('html'), warnings.join('\n')).toHaveAttribute('lang', 'ru');
  expect(warnings.join('\n')).toContain('kiosk.json › speed: "soon" is not "slow", "normal", "fast"; using "fast"');
  // The address's idle time, not the file's.
  await page.clock.fastForward(60_000 - MARGIN_MS);
  await expect(page.locator('.attract-banner')).toHaveCount(0);
  await page.clock.fastForward(MARGIN_MS);
  await expect(page.locator('.attract-banner')).toBeVisible();
  // A start without a network (the app from the offline cache): the copy of kiosk.json kept from the last start.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.context().setOffline(true);
  await serveKioskJson(page, 'abort');
  await page.reload();
  await expect(slider(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(warnings.join('\n')).toContain('kiosk.json: could not be fetched');
  expect(warnings.join('\n')).toContain('using the last good copy');
  // The visitor's language never reaches the address.
  await page.getByRole('button', { name: 'Switch to English' }).tap();
  await page.waitForTimeout(800);
  expect(new URL(page.url()).search).toBe('?kiosk=1&idle=60');
  await page.context().setOffline(false);
});

test.describe('no way out', () => {
  test('a pinch on the header, the panels or the map never zooms a kiosk page; it does an ordinary one', async ({ page, context }) => {
    await openKiosk(page);
    const touch = touchscreen(await context.newCDPSession(page));
    for (const selector of ['.app-header', '.feed', '.time-panel', '.legend', '.app-main']) {
      await touch.pinch(await centreOf(page, selector), 60, 260);
      expect(await pageScale(page), selector).toBe(1);
    }
    // Double-tap zoom neither.
    const header = await centreOf(page, '.app-header__titles');
    await touch.tap(header);
    await touch.tap(header);
    await page.waitForTimeout(400);
    expect(await pageScale(page)).toBe(1);
    // The same pinch on a student's page zooms it (the test can fail).
    await page.goto('/');
    await expect(slider(page)).toBeVisible({ timeout: 20_000 });
    await touch.pinch(await centreOf(page, '.app-header'), 60, 260);
    await expect.poll(() => pageScale(page)).toBeGreaterThan(1.2);
  });

  test('no long-press menu, no drag, no selection, no history swipe', async ({ page }) => {
    await openKiosk(page);
    const menus = await page.evaluate(() => {
      const results: Record<string, boolean> = {};
      for (const selector of [
        '.leaflet-control-zoom-in',
        '.leaflet-control-attribution',
        '.site-marker',
        '.feed__button',
        '.time-slider__thumb',
        '.app-header h1',
      ]) {
        const element = document.querySelector(selector);
        const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, composed: true });
        element?.dispatchEvent(menu);
        results[selector] = element !== null && menu.defaultPrevented;
      }
      return results;
    });
    expect(Object.values(menus).every(Boolean), JSON.stringify(menus)).toBe(true);
    // A real menu request, on Leaflet's zoom button and attribution. (Headless Chromium fires no
    // contextmenu for an emulated touch long press, so a trusted right click asks instead.)
    await page.evaluate(() => {
      (window as Window & { menus?: number[] }).menus = [];
      // In the capture phase, after the kiosk's own listener: Leaflet's control stops the event from bubbling.
      window.addEventListener('contextmenu', (event) => (window as Window & { menus?: number[] }).menus?.push(event.defaultPrevented ? 1 : 0), {
        capture: true,
      });
    });
    for (const selector of ['.leaflet-control-zoom-in', '.leaflet-control-attribution']) {
      const { x, y } = await centreOf(page, selector);
      await page.mouse.click(x, y, { button: 'right' });
    }
    // The clicks did ask for a menu, and every request was refused.
    expect(await page.evaluate(() => (window as Window & { menus?: number[] }).menus)).toEqual(expect.arrayContaining([1]));
    expect(await page.evaluate(() => (window as Window & { menus?: number[] }).menus?.every((prevented) => prevented === 1))).toBe(true);
    const css = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
      const scrollers = [...document.querySelectorAll<HTMLElement>('*')].filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY));
      return {
        html: style('html').overscrollBehaviorX,
        body: style('body').overscrollBehaviorY,
        scrollers: scrollers.filter((el) => getComputedStyle(el).overscrollBehaviorY === 'auto').map((el) => el.className),
        selectable: ['.feed', '.feed__card', '.app-header', '.time-panel', '.legend'].filter((s) => style(s).userSelect !== 'none'),
        touch: ['html', 'body', '.app-header', '.time-panel', '.feed', '.legend'].map((s) => style(s).touchAction),
        viewport: document.querySelector<HTMLMetaElement>('meta[name="viewport"]')?.content,
      };
    });
    expect(css.html).toBe('none');
    expect(css.body).toBe('none');
    expect(css.scrollers).toEqual([]);
    expect(css.selectable).toEqual([]);
    expect(css.touch.every((value) => value === 'pan-x pan-y' || value === 'none')).toBe(true);
    expect(css.viewport).toContain('user-scalable=no');
    // Select-all selects nothing.
    await page.keyboard.press('Control+A');
    expect(await page.evaluate(() => window.getSelection()?.toString().length)).toBe(0);
    const drag = await page.evaluate(() => {
      const img = document.querySelector('.site-marker') ?? document.body;
      const event = new DragEvent('dragstart', { bubbles: true, cancelable: true });
      img.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(drag).toBe(true);
  });

  test('keys that reload or leave the page are blocked; the app keeps its own', async ({ page }) => {
    await openKiosk(page);
    await page.evaluate(() => {
      (window as Window & { keys?: string[] }).keys = [];
      // Registered after the app's capture listener, in the bubble phase: it sees what the app decided.
      window.addEventListener('keydown', (event) => {
        if (['Control', 'Shift', 'Alt', 'Meta'].includes(event.key)) return;
        (window as Window & { keys?: string[] }).keys?.push(
          `${event.ctrlKey ? 'Control+' : ''}${event.altKey ? 'Alt+' : ''}${event.key}:${event.defaultPrevented}`,
        );
      });
    });
    await page.locator('.app-header h1').click();
    for (const key of [
      'F5',
      'Control+r',
      'Control+Shift+R',
      'Alt+ArrowLeft',
      'Alt+ArrowRight',
      'Backspace',
      'Control+a',
      'Control+=',
      'Control+-',
      'Control+0',
      'Control+p',
    ])
      await page.keyboard.press(key);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    const keys = await page.evaluate(() => (window as Window & { keys?: string[] }).keys ?? []);
    expect(keys).toEqual([
      'F5:true',
      'Control+r:true',
      'Control+R:true',
      'Alt+ArrowLeft:true',
      'Alt+ArrowRight:true',
      'Backspace:true',
      'Control+a:true',
      'Control+=:true',
      'Control+-:true',
      'Control+0:true',
      'Control+p:true',
      'ArrowRight:true', // the slider's own step
      'Escape:false',
    ]);
    expect(await sliderValue(page)).toBe(WINDOW_START + 10);
  });
});
