/**
 * Every class of screen the app is laid out for, as the devices show it: touch, the real viewport
 * and device pixel ratio. At each: the map's share of the screen, no two regions overlapping, no
 * marker under a panel, no story text cut off without a scroll cue, a tapped marker panned clear
 * of its card, a tap on the track setting the time.
 */
import { expect, test, type Page } from '@playwright/test';
import { WINDOW_END, WINDOW_START, formatIso } from '../../src/model/time.ts';
import { history, openAt, slider, sliderValue } from './helpers.ts';
import { SCREENS } from './screens.ts';

/** What lies over the map (as src/map/map-clearance.ts counts it). */
const OVERLAYS = '[data-map-overlay], .leaflet-control-zoom, .leaflet-control-attribution';

/** Markers on the map whose 48 px target a panel covers, by site id (each with the panel's class). */
async function markersUnderPanels(page: Page, only?: string) {
  return page.evaluate(
    ([selector, id]) => {
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      const panels = [...document.querySelectorAll(selector)].filter((p) => p.getClientRects().length > 0);
      const out: string[] = [];
      for (const marker of document.querySelectorAll<SVGGElement>(`.site-marker[data-site-id${id ? `="${id}"` : ''}]`)) {
        const r = marker.querySelector('.site-marker__hit')!.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < map.left || x > map.right || y < map.top || y > map.bottom) continue; // off the map: not shown
        for (const panel of panels) {
          const p = panel.getBoundingClientRect();
          const w = Math.min(r.right, p.right) - Math.max(r.left, p.left);
          const h = Math.min(r.bottom, p.bottom) - Math.max(r.top, p.top);
          if (w > 0 && h > 0 && (w * h) / (r.width * r.height) > 0.1) out.push(`${marker.dataset.siteId} under ${panel.className}`);
        }
      }
      return out;
    },
    [OVERLAYS, only ?? ''] as const,
  );
}

/** Story text that does not fit its box and shows no cue: the feed's current card and the open panel's body. */
async function clippedWithoutCue(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const feed = document.querySelector<HTMLElement>('.feed__now');
    const card = feed?.querySelector<HTMLElement>('.feed__card') ?? feed;
    if (feed && card && card.scrollHeight - card.clientHeight > 1 && card.scrollTop < card.scrollHeight - card.clientHeight - 2) {
      const cue = getComputedStyle(feed, '::after').content;
      if (feed.dataset.overflow !== 'more' || !cue || cue === 'none') out.push(`feed: ${card.dataset.eventId ?? 'start'}`);
    }
    const panel = document.querySelector<HTMLElement>('[role="dialog"]');
    const body = panel?.querySelector<HTMLElement>('.panel__body');
    if (panel && body && body.scrollHeight - body.clientHeight > 1) {
      const cue = getComputedStyle(panel, '::after').content;
      if (panel.dataset.overflow !== 'more' || !cue || cue === 'none') out.push(`panel: ${panel.className}`);
    }
    return out;
  });
}

/** Steps through every event with the Next button and collects the current cards cut off without a cue. */
async function clippedFeedCards(page: Page) {
  const clipped: string[] = [];
  await page.evaluate(() => document.querySelector<HTMLElement>('.feed__now .feed__card')?.scrollTo(0, 0));
  for (let i = 0; i <= history.events.length; i += 1) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    clipped.push(...(await clippedWithoutCue(page)));
    const next = page.getByRole('button', { name: 'Next event' });
    if (await next.isDisabled()) break;
    await next.click();
  }
  return clipped;
}

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
      hasTouch: true,
      isMobile: screen.width < 600,
      reducedMotion: 'reduce',
    });

    test('the map has its share and regions do not overlap', async ({ page }) => {
      await openAt(page, WINDOW_START);
      const layout = await page.evaluate(() => {
        const rect = (selector: string) => {
          const r = document.querySelector(selector)?.getBoundingClientRect();
          return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, selector } : undefined;
        };
        const groups = [
          ['.app-header', '.app-main', '.feed', '.time-panel'],
          ['.moment', '.playback', '.time-slider'],
          ['.app-header__titles', '.counter', '.sources-button'],
        ];
        const overlaps: string[] = [];
        for (const group of groups) {
          const rects = group.map(rect).filter((r) => r !== undefined);
          rects.forEach((a, i) =>
            rects.slice(i + 1).forEach((b) => {
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 0.5 && h > 0.5) overlaps.push(`${a.selector} × ${b.selector}: ${Math.round(w)}×${Math.round(h)}`);
            }),
          );
        }
        const map = rect('.leaflet-container')!;
        return { overlaps, map, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
      const share = ((layout.map.right - layout.map.left) * (layout.map.bottom - layout.map.top)) / (screen.width * screen.height);
      console.log(`${screen.name}: map ${(share * 100).toFixed(1)} % of the screen`);
      expect(share).toBeGreaterThanOrEqual(screen.mapShare);
      // The whole map fits on the screen at once.
      expect(layout.map.top).toBeGreaterThanOrEqual(0);
      expect(layout.map.bottom).toBeLessThanOrEqual(screen.height + 0.5);
      expect(layout.overlaps).toEqual([]);
      expect(layout.sideways).toBe(0);
    });

    test('at the first view no marker is under a panel', async ({ page }) => {
      await openAt(page, WINDOW_START);
      expect(await markersUnderPanels(page)).toEqual([]);
    });

    test('at the first view every marker is on the map, where the markers fit', async ({ page }) => {
      await openAt(page, WINDOW_START);
      // Where the markers fit, every one is on the map. The phone's 390×388 map and the 640×248
      // one at 200 % zoom are smaller than the 38 markers' spread at any zoom (some 480×470 px,
      // as they stand aside from one another): there the rest are a pan away.
      const off = await page.evaluate(() => {
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        return [...document.querySelectorAll<SVGGElement>('.site-marker[data-site-id]')]
          .filter((m) => {
            const r = m.querySelector('.site-marker__hit')!.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            return x < map.left || x > map.right || y < map.top || y > map.bottom;
          })
          .map((m) => m.dataset.siteId);
      });
      console.log(`${screen.name}: ${off.length} markers off the map at the first view`);
      if (screen.width >= 600 && screen.height > 500) expect(off).toEqual([]);
    });

    test('the legend starts folded where it would cover more than a tenth of the map', async ({ page }) => {
      await openAt(page, WINDOW_START);
      const { open, share } = await page.evaluate(() => {
        const legend = document.querySelector<HTMLDetailsElement>('.legend')!;
        const map = legend.parentElement!.getBoundingClientRect();
        const wasOpen = legend.open;
        legend.open = true;
        const r = legend.getBoundingClientRect();
        legend.open = wasOpen;
        return { open: wasOpen, share: (r.width * r.height) / (map.width * map.height) };
      });
      expect(open).toBe(share <= 0.1);
    });

    test('no current event is cut off without a scroll cue', async ({ page }) => {
      test.setTimeout(180_000); // every event of the window, one after another
      await openAt(page, WINDOW_START);
      const clipped = await clippedFeedCards(page);
      console.log(`${screen.name}: ${clipped.length} current cards cut off without a cue`);
      expect(clipped).toEqual([]);
    });

    test('a tapped marker opens its card clear of it, and the card shows a cue when it scrolls', async ({ page }) => {
      await openAt(page, 1440 + 130);
      const hit = page.locator('.site-marker[data-site-id="winter-palace"] .site-marker__hit');
      const box = (await hit.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect.poll(() => markersUnderPanels(page, 'winter-palace')).toEqual([]);
      expect(await clippedWithoutCue(page)).toEqual([]);
    });

    test('with a card open, the map, the time and the story are all reachable and the card covers none but the map', async ({ page }) => {
      // The phone's card is a sheet over the lower screen, closed to reach the time (as phones do).
      test.skip(screen.width < 600, 'the phone card is a bottom sheet');
      await openAt(page, 1440 + 130, '&site=winter-palace');
      await expect(page.getByRole('dialog')).toBeVisible();
      const boxes = await page.evaluate(() => {
        const rect = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, selector };
        };
        return {
          card: rect('[role="dialog"]'),
          map: rect('.leaflet-container'),
          others: ['.app-header', '.feed', '.time-panel'].map(rect),
        };
      });
      const overlap = (a: typeof boxes.card, b: typeof boxes.card) =>
        Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      for (const other of boxes.others) expect(overlap(boxes.card, other), `card × ${other.selector}`).toBeLessThan(1);
      // A good part of the map is still free beside the card.
      const mapArea = (boxes.map.right - boxes.map.left) * (boxes.map.bottom - boxes.map.top);
      expect(1 - overlap(boxes.card, boxes.map) / mapArea).toBeGreaterThanOrEqual(0.35);
      // The slider and the feed's current card can be scrolled to and touched: nothing lies over them.
      for (const selector of ['[role="slider"]', '.feed__now']) {
        await page.locator(selector).scrollIntoViewIfNeeded();
        const hit = await page.evaluate((s) => {
          const target = document.querySelector(s)!;
          const r = target.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
          return target.contains(at) || at === target;
        }, selector);
        expect(hit, `${selector} is not under anything`).toBe(true);
      }
    });

    // The palace in the middle of the plan, and the prison near its north edge.
    for (const id of ['winter-palace', 'kresty']) {
      test(`opened with a site (${id}), the map shows it clear of its card and no blank margin beyond the plan`, async ({ page }) => {
        await openAt(page, 1440 + 130, `&site=${id}`);
        await expect(page.getByRole('dialog')).toBeVisible();
        await expect.poll(() => markersUnderPanels(page, id)).toEqual([]);
        const view = await page.evaluate((siteId) => {
          const container = document.querySelector('.leaflet-container') as HTMLElement & { leafletMap: import('leaflet').Map };
          const map = container.leafletMap;
          const box = container.getBoundingClientRect();
          const hit = document.querySelector(`.site-marker[data-site-id="${siteId}"] .site-marker__hit`)!.getBoundingClientRect();
          const x = hit.left + hit.width / 2;
          const y = hit.top + hit.height / 2;
          // The view and the plan's edge (the map's bounds), in the map's pixels at its zoom.
          const plan = map.options.maxBounds as import('leaflet').LatLngBounds;
          const nw = map.latLngToContainerPoint(plan.getNorthWest());
          const se = map.latLngToContainerPoint(plan.getSouthEast());
          const size = map.getSize();
          return {
            zoom: map.getZoom(),
            margins: { left: nw.x, top: nw.y, right: size.x - se.x, bottom: size.y - se.y },
            // The marker's centre, as the other tests count a marker on the map.
            onMap: x > box.left && x < box.right && y > box.top && y < box.bottom,
          };
        }, id);
        expect(view.onMap).toBe(true);
        // The plan reaches every edge of the map: no blank sheet shows beyond it (a pixel for rounding).
        for (const [edge, margin] of Object.entries(view.margins)) expect(margin, `blank margin at the ${edge} at zoom ${view.zoom}`).toBeLessThanOrEqual(1);
      });
    }

    test('a tap on the track away from a tick sets the time, without jumping to an event', async ({ page }) => {
      await openAt(page, WINDOW_START);
      await page.getByTestId('slider-track').scrollIntoViewIfNeeded();
      const track = (await page.getByTestId('slider-track').boundingBox())!;
      const ticks = await page.locator('.track-marks__tick').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
      // A point on the track 12 px or more from every tick.
      let x = track.x + track.width * 0.37;
      while (ticks.some((t) => Math.abs(t - x) < 12)) x += 3;
      const expected = WINDOW_START + ((x - track.x) / track.width) * (WINDOW_END - WINDOW_START);
      await page.touchscreen.tap(x, track.y + track.height / 2);
      const value = await sliderValue(page);
      expect(Math.abs(value - expected)).toBeLessThanOrEqual(3);
      await expect(page).toHaveURL(new RegExp(`t=${formatIso(value)}`));
      await expect(slider(page)).toBeFocused();
    });
  });
}

test('the time skip link lands on the slider; speed is one Tab stop moved by arrows, named by its labels', async ({ page }) => {
  await openAt(page, WINDOW_START);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the time slider' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(slider(page)).toBeFocused();
  const radios = page.getByRole('radio');
  await expect(radios).toHaveCount(3);
  for (const [i, label] of ['×1', '×3', '×9'].entries()) await expect(radios.nth(i)).toHaveAccessibleName(new RegExp(`^${label}\\s*,`));
  expect(await radios.evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length)).toBe(1);
  await page.getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(radios.nth(2)).toHaveAttribute('aria-checked', 'true');
  await expect(radios.nth(2)).toBeFocused();
  await expect(page.locator('.leaflet-container')).toHaveAttribute('aria-label', 'Map of Petrograd in October 1917');
});
