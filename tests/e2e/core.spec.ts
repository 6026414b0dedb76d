import { expect, test } from '@playwright/test';
import { WINDOW_END, WINDOW_START, formatIso } from '../../src/model/time.ts';
import { STEP_SMALL } from '../../src/timeline/track.ts';
import { firstChange, history as storyHistory, marker, openAt, site, slider, sliderValue, watchPage } from './helpers.ts';

const TELEGRAPH = 'central-telegraph';
const stateLabel = { government: 'held by the Provisional Government', contested: 'contested', bolshevik: 'held by the Bolsheviks' };

test.describe('the slider moves time and sites change hands', () => {
  test('by keyboard: a named site changes its accessible name at its time', async ({ page }) => {
    const watch = watchPage(page);
    const change = firstChange(TELEGRAPH);
    const name = site(TELEGRAPH).name.en;
    const before = site(TELEGRAPH).initial.state;
    // Start one step before the change, on the step grid, so ArrowRight crosses it.
    const start = change.moment - STEP_SMALL;
    await openAt(page, start);
    await expect(marker(page, TELEGRAPH)).toHaveAttribute('aria-label', `${name}, ${stateLabel[before]}`);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    expect(await sliderValue(page)).toBe(change.moment);
    await expect(marker(page, TELEGRAPH)).toHaveAttribute('aria-label', `${name}, ${stateLabel[change.state]}`);
    await page.keyboard.press('ArrowLeft');
    await expect(marker(page, TELEGRAPH)).toHaveAttribute('aria-label', `${name}, ${stateLabel[before]}`);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('keys follow the WAI-ARIA slider pattern', async ({ page }) => {
    await openAt(page, 600);
    const s = slider(page);
    await expect(s).toHaveAttribute('aria-valuemin', String(WINDOW_START));
    await expect(s).toHaveAttribute('aria-valuemax', String(WINDOW_END));
    await expect(s).toHaveAttribute('aria-valuetext', 'Tuesday 24 October 1917, 10:00 (6 November New Style)');
    await s.focus();
    const steps: [string, number][] = [
      ['ArrowRight', 610],
      ['ArrowUp', 620],
      ['ArrowLeft', 610],
      ['ArrowDown', 600],
      ['PageUp', 660],
      ['PageDown', 600],
      ['End', WINDOW_END],
      ['Home', WINDOW_START],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      expect(await sliderValue(page), key).toBe(expected);
    }
    await page.keyboard.press('ArrowLeft');
    expect(await sliderValue(page)).toBe(WINDOW_START);
  });

  test('by pointer: dragging the thumb and tapping the track set the time', async ({ page }) => {
    const change = firstChange(TELEGRAPH);
    const name = site(TELEGRAPH).name.en;
    await openAt(page, WINDOW_START);
    const track = await page.getByTestId('slider-track').boundingBox();
    const thumb = await slider(page).boundingBox();
    if (!track || !thumb) throw new Error('slider not laid out');
    const xOf = (m: number) => track.x + (m / WINDOW_END) * track.width;
    // Drag from the thumb to a little after the change.
    await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(change.moment - 200), thumb.y + thumb.height / 2, { steps: 5 });
    await page.mouse.move(xOf(change.moment + 30), thumb.y + thumb.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = await sliderValue(page);
    expect(Math.abs(dragged - (change.moment + 30))).toBeLessThanOrEqual(5);
    await expect(marker(page, TELEGRAPH)).toHaveAttribute('aria-label', `${name}, ${stateLabel[change.state]}`);
    // A tap on the track jumps there.
    await page.mouse.click(xOf(WINDOW_END * 0.1), track.y + track.height / 2);
    expect(Math.abs((await sliderValue(page)) - WINDOW_END * 0.1)).toBeLessThanOrEqual(5);
    await expect(page).toHaveURL(/t=1917-10-24T07:/);
  });
});

for (const [width, height] of [
  [1280, 800],
  [768, 1024],
] as const) {
  test(`the page never scrolls sideways, wherever the thumb is (${width}×${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const moment of [WINDOW_START, (WINDOW_START + WINDOW_END) / 2, WINDOW_END]) {
      await openAt(page, moment);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `at ${formatIso(moment)}`).toBe(clientWidth);
      // And the thumb is where the moment is on the track.
      const track = (await page.getByTestId('slider-track').boundingBox())!;
      const thumb = (await slider(page).boundingBox())!;
      const expected = track.x + ((moment - WINDOW_START) / (WINDOW_END - WINDOW_START)) * track.width;
      expect(Math.abs(thumb.x + thumb.width / 2 - expected)).toBeLessThan(1.5);
    }
  });
}

test.describe('site card', () => {
  test('opens on click, closes with Esc and gives focus back to the marker', async ({ page }) => {
    await openAt(page, WINDOW_START);
    await marker(page, TELEGRAPH).click();
    const card = page.getByRole('dialog');
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(site(TELEGRAPH).name.en);
    await expect(card).toContainText(site(TELEGRAPH).name.ru);
    await expect(page).toHaveURL(/site=central-telegraph/);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(marker(page, TELEGRAPH)).toBeFocused();
    await expect(page).not.toHaveURL(/site=/);
  });

  test('opens with Enter from the keyboard and closes with its button', async ({ page }) => {
    await openAt(page, WINDOW_START);
    await marker(page, 'smolny').focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(site('smolny').name.en);
    await card.getByRole('button', { name: 'Close the card' }).click();
    await expect(card).toBeHidden();
    await expect(marker(page, 'smolny')).toBeFocused();
  });

  test('the skip link leads to the map: the next Tab reaches a site', async ({ page }) => {
    await openAt(page, WINDOW_START);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the map and its sites' })).toBeFocused();
    await page.keyboard.press('Enter');
    let reached: string | undefined;
    for (let i = 0; i < 6 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.siteId);
    }
    expect(reached).toBeDefined();
  });

  test('every marker is reachable with Tab', async ({ page }) => {
    await openAt(page, WINDOW_START);
    const count = await page.locator('.site-marker[data-site-id]').count();
    const seen = new Set<string>();
    // Tab through the whole page (feed, map, controls) until every marker has had focus.
    for (let i = 0; i < 400 && seen.size < count; i += 1) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.siteId);
      if (id) seen.add(id);
    }
    expect(seen.size).toBe(count);
  });
});

test.describe('links', () => {
  test('a deep link restores moment, open card and language', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/?t=1917-10-25T02:10&site=winter-palace&lang=ru');
    await expect(slider(page)).toHaveAttribute('aria-valuenow', String(1440 + 130));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(site('winter-palace').name.ru);
    await expect(page.locator('.moment__julian')).toContainText('25 октября 1917');
    await expect(page.locator('.moment__gregorian')).toContainText('7 ноября 1917');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the URL follows the user without adding history entries', async ({ page }) => {
    await openAt(page, 600);
    const length = await page.evaluate(() => history.length);
    await slider(page).focus();
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`t=${formatIso(600 + 12 * 60)}`));
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  for (const search of ['?t=banana', '?t=1999-01-01', '?site=<script>alert(1)</script>', '?lang=zz', '?t=1917-10-32T99:99&site=&lang=']) {
    test(`an invalid link falls back to defaults: ${search}`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`/${search}`);
      await expect(slider(page)).toHaveAttribute('aria-valuenow', String(WINDOW_START));
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', /^(en|ru)$/);
      expect(watch.consoleErrors).toEqual([]);
    });
  }
});

test('the panels are painted before the map is built, the map says it is busy until its layers are on, and no marker moves once shown', async ({ page }) => {
  // When the map's container and its first marker appear, against the frame that first draws the
  // panels: its animation-frame callbacks run just before it is painted, so a task that comes after
  // them comes after that paint. (The first contentful paint's time is when the frame reached the
  // screen, which on a busy machine can be after the next task has begun.)
  await page.addInitScript(`(() => {
    const seen = (window.__seen = {});
    new MutationObserver(() => {
      const now = performance.now();
      if (!seen.panels && document.querySelector('.feed')) {
        seen.panels = now;
        requestAnimationFrame(() => (seen.panelsFrame = performance.now()));
      }
      if (!seen.map && document.querySelector('.leaflet-container')) seen.map = now;
      if (!seen.marker && document.querySelector('.site-markers .site-marker')) seen.marker = now;
      if (!seen.busy && document.querySelector('.city-map[aria-busy="true"]')) seen.busy = now;
    }).observe(document, { subtree: true, childList: true, attributes: true });
    // What moved once shown: the markers must first show where the home view puts them.
    const moved = (window.__moved = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) for (const source of entry.sources) moved.push(String(source.node?.getAttribute?.('class') ?? source.node?.nodeName));
    }).observe({ type: 'layout-shift', buffered: true });
  })();`);
  await openAt(page, WINDOW_START);
  const times = (await page.evaluate(`({ ...window.__seen, paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime })`)) as {
    paint: number;
    panelsFrame: number;
    busy: number;
    map: number;
    marker: number;
  };
  expect(times.paint).toBeGreaterThan(0);
  expect(times.busy).toBeLessThan(times.map);
  expect(times.panelsFrame).toBeLessThan(times.map);
  expect(times.map).toBeLessThan(times.marker);
  await expect(page.getByRole('region', { name: 'Map of Petrograd in October 1917' })).toHaveAttribute('aria-busy', 'false');
  await expect(marker(page, 'winter-palace')).toBeVisible();
  await page.waitForTimeout(1000);
  expect((await page.evaluate('window.__moved')) as string[]).not.toContainEqual(expect.stringMatching(/site-(marker|name)/));
});

test('no request leaves the origin, and the app works with other origins blocked', async ({ page }) => {
  const watch = watchPage(page);
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  await openAt(page, WINDOW_START);
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(marker(page, 'winter-palace')).toHaveAttribute('aria-label', /held by the Bolsheviks/);
  await page.waitForLoadState('networkidle');
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the language switch changes the interface and the accessible names', async ({ page }) => {
  await openAt(page, WINDOW_END);
  await page.getByRole('button', { name: 'Переключить на русский язык' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(marker(page, 'winter-palace')).toHaveAttribute('aria-label', `${site('winter-palace').name.ru}, в руках большевиков`);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^четверг, 26 октября 1917, 24:00/);
  await expect(page).toHaveURL(/lang=ru/);
});

test('the map’s zoom buttons are named in the language shown, and renamed when it changes', async ({ page }) => {
  const zoomButtons = async () =>
    page.locator('.leaflet-control-zoom a').evaluateAll((buttons) => buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('title')]));
  await openAt(page, WINDOW_START, '&lang=ru');
  await expect(page.getByRole('button', { name: 'Приблизить' })).toBeVisible();
  expect(await zoomButtons()).toEqual([
    ['Приблизить', 'Приблизить'],
    ['Отдалить', 'Отдалить'],
  ]);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  expect(await zoomButtons()).toEqual([
    ['Zoom in', 'Zoom in'],
    ['Zoom out', 'Zoom out'],
  ]);
  await page.getByRole('button', { name: 'Переключить на русский язык' }).click();
  await expect(page.getByRole('button', { name: 'Отдалить' })).toBeVisible();
});

test('every marker sits on its site (within the offset that keeps targets apart), also after an animated zoom', async ({ page }) => {
  await openAt(page, WINDOW_START);
  const points = Object.fromEntries(storyHistory.sites.map((s) => [s.id, s.point]));
  for (const [zoom, animate] of [
    [13, false],
    [15, false],
    [14, true],
  ] as const) {
    await page.evaluate(
      ([z, a]) =>
        new Promise<void>((resolve) => {
          const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
          if (!map) return resolve();
          map.once('moveend', () => setTimeout(resolve, 50));
          map.setView([59.9398, 30.3146], z, { animate: a });
        }),
      [zoom, animate] as const,
    );
    const misplaced = await page.evaluate(
      ([z, sitePoints]) => {
        const container = document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null;
        const map = container?.leafletMap;
        if (!map || !container) return ['no map'];
        const box = container.getBoundingClientRect();
        const markers = [...document.querySelectorAll<SVGGElement>('.site-marker[data-site-id]')];
        const out: string[] =
          markers.length === Object.keys(sitePoints).length ? [] : [`${markers.length} markers for ${Object.keys(sitePoints).length} sites`];
        for (const element of markers) {
          const [lon, lat] = sitePoints[element.dataset.siteId ?? ''] ?? [0, 0];
          const expected = map.latLngToContainerPoint([lat, lon]);
          const r = element.querySelector('.site-marker__hit')!.getBoundingClientRect();
          const dx = r.left + r.width / 2 - box.left - expected.x;
          const dy = r.top + r.height / 2 - box.top - expected.y;
          if (Math.round(r.width) !== 48) out.push(`${element.dataset.siteId} target ${r.width} px wide at zoom ${z}`);
          if (Math.hypot(dx, dy) > 48 * 2.5) out.push(`${element.dataset.siteId} off by ${Math.round(dx)},${Math.round(dy)} px at zoom ${z}`);
        }
        return out;
      },
      [zoom, points] as const,
    );
    expect(misplaced).toEqual([]);
  }
});

test('a marker is one 48 px target: a tap near its edge opens it, a drag that starts on it pans the map', async ({ page }) => {
  await openAt(page, WINDOW_START);
  const box = (await marker(page, 'smolny').locator('.site-marker__hit').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A drag that begins on the marker moves the map and does not open the card.
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 60, centre.y + 40, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(800); // the pan's inertia
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const moved = (await marker(page, 'smolny').locator('.site-marker__hit').boundingBox())!;
  expect(moved.x - box.x).toBeLessThan(-50);
  expect(moved.y - box.y).toBeGreaterThan(30);
  // A tap 20 px from the centre, inside the 48 px circle, opens it.
  await page.mouse.click(moved.x + moved.width / 2 + 20, moved.y + moved.height / 2);
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(site('smolny').name.en);
});

test('a marker reached with the keyboard shows its focus ring and is brought into view', async ({ page }) => {
  await openAt(page, WINDOW_START);
  await page.evaluate(() => {
    const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
    map?.setView([59.9398, 30.3146], 16, { animate: false });
  });
  const smolny = marker(page, 'smolny');
  const ring = smolny.locator('.site-marker__focus');
  await expect(ring).toHaveCSS('visibility', 'hidden');
  await page.keyboard.press('Tab'); // keyboard modality, so that focus is visible
  await smolny.focus();
  await expect(ring).toHaveCSS('visibility', 'visible');
  const map = (await page.locator('.leaflet-container').boundingBox())!;
  await expect
    .poll(async () => {
      const r = (await smolny.locator('.site-marker__hit').boundingBox())!;
      return r.x >= map.x && r.y >= map.y && r.x + r.width <= map.x + map.width && r.y + r.height <= map.y + map.height;
    })
    .toBe(true);
});

test('an animated zoom carries the markers to where they land (no jump at its end)', async ({ page }) => {
  await openAt(page, WINDOW_START);
  const result = await page.evaluate(
    () =>
      new Promise<{ predicted: { x: number; y: number }; actual: { x: number; y: number } }>((resolve) => {
        const map = (document.querySelector('.leaflet-container') as HTMLElement & { leafletMap: import('leaflet').Map }).leafletMap;
        const hit = document.querySelector<SVGCircleElement>('.site-marker[data-site-id="winter-palace"] .site-marker__hit')!;
        const centre = () => {
          const r = hit.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        };
        let predicted = { x: NaN, y: NaN };
        map.once('zoomanim', () =>
          queueMicrotask(() => {
            // Where the zoom animation ends: the transitions it started on the marker's ancestors, run to their end.
            const ancestors: Element[] = [];
            for (let e: Element | null = hit; e; e = e.parentElement) ancestors.push(e);
            hit.getBoundingClientRect(); // brings the style up to date, which starts the transitions
            for (const element of ancestors) for (const animation of element.getAnimations()) animation.finish();
            predicted = centre();
          }),
        );
        map.once('zoomend', () => setTimeout(() => resolve({ predicted, actual: centre() }), 50));
        map.setZoomAround([59.93, 30.36], map.getZoom() + 1, { animate: true });
      }),
  );
  expect(Math.abs(result.predicted.x - result.actual.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(result.predicted.y - result.actual.y)).toBeLessThanOrEqual(1);
});
