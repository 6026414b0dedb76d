/** Helpers for the kiosk's browser tests: a deployment's kiosk.json, touches by CDP, the page's state. */
import type { CDPSession, Page } from '@playwright/test';

/**
 * Serves a kiosk.json, as a deployment would (without one, the browser logs the 404 as a console
 * error). On the context, so that the service worker's requests are served too.
 */
export async function serveKioskJson(page: Page, settings: Record<string, unknown> | 'abort' | string) {
  const context = page.context();
  await context.unroute('**/kiosk.json');
  await context.route('**/kiosk.json', (route) =>
    settings === 'abort'
      ? route.abort('internetdisconnected')
      : route.fulfill({ contentType: 'application/json', body: typeof settings === 'string' ? settings : JSON.stringify(settings) }),
  );
}

export interface Point {
  x: number;
  y: number;
}

/** Touches dispatched by CDP, as a touch screen sends them (one or two fingers). */
export function touchscreen(cdp: CDPSession) {
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id })) });
  return {
    async tap(p: Point) {
      await send('touchStart', [p]);
      await send('touchEnd', []);
    },
    async drag(from: Point, to: Point, steps = 6) {
      await send('touchStart', [from]);
      for (let k = 1; k <= steps; k += 1) await send('touchMove', [{ x: from.x + ((to.x - from.x) * k) / steps, y: from.y + ((to.y - from.y) * k) / steps }]);
      await send('touchEnd', []);
    },
    /** Two fingers on a horizontal line through `center`, from `from` to `to` pixels apart. */
    async pinch(center: Point, from: number, to: number, steps = 6) {
      const fingers = (d: number) => [
        { x: center.x - d / 2, y: center.y },
        { x: center.x + d / 2, y: center.y },
      ];
      await send('touchStart', fingers(from));
      for (let k = 1; k <= steps; k += 1) await send('touchMove', fingers(from + ((to - from) * k) / steps));
      await send('touchEnd', []);
    },
    async longPress(page: Page, p: Point, ms = 1200) {
      await send('touchStart', [p]);
      await page.waitForTimeout(ms);
      await send('touchEnd', []);
    },
  };
}

export const pageScale = (page: Page) => page.evaluate(() => window.visualViewport?.scale ?? 1);

/** The centre of an element's box. */
export async function centreOf(page: Page, selector: string): Promise<Point> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What a visitor can change, as the page shows it. */
export function visibleState(page: Page) {
  return page.evaluate(() => {
    const map = (document.querySelector('.city-map') as HTMLElement & { leafletMap?: { getZoom(): number; getCenter(): { lat: number; lng: number } } })
      .leafletMap;
    const boxes = [document.scrollingElement, ...document.querySelectorAll('#root, .app-root, .app, .app-body, .app-main, .app-header, .time-panel')];
    return {
      lang: document.documentElement.lang,
      card: document.querySelectorAll('[role="dialog"]').length,
      sources: document.querySelectorAll('.sources-view').length,
      legendOpen: (document.querySelector('details.legend') as HTMLDetailsElement | null)?.open ?? null,
      feedScroll: document.querySelector('.feed__list')?.scrollTop ?? null,
      zoom: map?.getZoom(),
      center: map ? [Number(map.getCenter().lat.toFixed(3)), Number(map.getCenter().lng.toFixed(3))] : undefined,
      focus: document.activeElement === document.body ? 'body' : (document.activeElement?.outerHTML.slice(0, 60) ?? 'none'),
      selection: window.getSelection()?.toString() ?? '',
      scrolled: boxes.filter((box) => box && (box.scrollTop !== 0 || box.scrollLeft !== 0)).length + (window.scrollX || window.scrollY ? 1 : 0),
      scale: window.visualViewport?.scale ?? 1,
    };
  });
}
