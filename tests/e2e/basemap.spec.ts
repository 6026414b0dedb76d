import { expect, test, type Page } from '@playwright/test';
import { WINDOW_START } from '../../src/model/time.ts';
import { openAt, watchPage } from './helpers.ts';

/** Visible map labels and their boxes on screen. */
async function visibleLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.map-label')]
      .filter((el) => !el.hidden)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
  );
}

async function setZoom(page: Page, zoom: number) {
  await page.evaluate((z) => {
    const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
    map?.setView([59.9398, 30.3146], z, { animate: false });
  }, zoom);
  await page.waitForTimeout(300);
}

/**
 * The colours of the plan's canvas at these places, once it shows the view at the map's zoom (it
 * is painted off the main thread and arrives a little after the view changes).
 */
async function planPixels(page: Page, places: readonly (readonly [number, number])[]) {
  await page.waitForFunction(() => {
    const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
    const canvas = document.querySelector<HTMLCanvasElement>('.basemap-canvas');
    return !!map && !!canvas && canvas.dataset.zoom === String(map.getZoom()) && !canvas.hasAttribute('data-painting');
  });
  return page.evaluate((at) => {
    const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
    const canvas = document.querySelector<HTMLCanvasElement>('.basemap-canvas');
    if (!map || !canvas) return null;
    const probe = document.createElement('canvas');
    probe.width = canvas.width;
    probe.height = canvas.height;
    const context = probe.getContext('2d');
    context?.drawImage(canvas, 0, 0);
    const mapRect = map.getContainer().getBoundingClientRect();
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    return at.map(([lat, lon]) => {
      const p = map.latLngToContainerPoint([lat, lon]);
      const x = Math.round((p.x + mapRect.left - rect.left) * scale);
      const y = Math.round((p.y + mapRect.top - rect.top) * scale);
      return [...(context?.getImageData(x, y, 1, 1).data ?? [])];
    });
  }, places);
}

test("when the plan's worker fails to load, the page paints the plan itself", async ({ page }) => {
  await page.route('**/assets/plan-worker-*.js', (route) => route.abort('connectionfailed'));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await openAt(page, WINDOW_START);
  await page.evaluate(() => {
    const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
    map?.setView([59.9398, 30.3146], 14, { animate: false });
  });
  const [waterPixel] = (await planPixels(page, [[59.9445, 30.3165]])) ?? [];
  expect(waterPixel).toEqual([167, 191, 195, 255]); // the Neva's colour, painted on the page
  // The page's console reaches the test on its own channel, possibly after the pixel was read.
  await expect.poll(() => warnings.some((text) => text.includes('its worker failed'))).toBe(true);
});

test('with other origins blocked, the 1917 basemap draws: water, streets and labels', async ({ page }) => {
  const watch = watchPage(page);
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  await openAt(page, WINDOW_START);
  await expect(page.locator('.leaflet-basemap-pane canvas')).toHaveCount(1);
  // The plan has water in the middle of the Neva between the palace and the fortress, also after the map is moved.
  for (const centre of [
    [59.9398, 30.3146],
    [59.95, 30.33],
  ] as const) {
    await page.evaluate((c) => {
      const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
      map?.setView([c[0], c[1]], 14, { animate: false });
    }, centre);
    const [waterPixel] = (await planPixels(page, [[59.9445, 30.3165]])) ?? [];
    expect(waterPixel).toEqual([167, 191, 195, 255]); // the water colour #a7bfc3
  }
  // Labels keep clear of the site markers, which crowd the centre: a few show at zoom 14.
  expect((await visibleLabels(page)).length).toBeGreaterThan(2);
  // The water, streets and bridges are derived from OpenStreetMap: the ODbL's attribution shows.
  await expect(page.locator('.leaflet-control-attribution')).toContainText('© OpenStreetMap contributors');
  await expect(page.locator('.leaflet-control-attribution')).toBeVisible();
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

for (const [width, height] of [
  [1280, 800],
  [768, 1024],
  [1920, 1080],
] as const) {
  test(`labels do not pile onto each other at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openAt(page, WINDOW_START);
    await expect(page.locator('.map-label').first()).toBeAttached();
    for (const zoom of [13, 14, 15, 16]) {
      await setZoom(page, zoom);
      const labels = await visibleLabels(page);
      expect(labels.length, `labels at zoom ${zoom}`).toBeGreaterThan(0);
      for (let i = 0; i < labels.length; i += 1) {
        for (let j = i + 1; j < labels.length; j += 1) {
          const a = labels[i]!;
          const b = labels[j]!;
          const overlap = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
          expect(overlap, `zoom ${zoom}: "${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    }
  });
}

test('labels keep clear of the site markers, the legend and the controls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAt(page, WINDOW_START);
  await expect(page.locator('.map-label').first()).toBeAttached();
  for (const zoom of [13, 14, 15, 16]) {
    await setZoom(page, zoom);
    const labels = await visibleLabels(page);
    const obstacles = await page.evaluate(() =>
      [...document.querySelectorAll<Element>('.site-marker, .legend, .leaflet-control')].map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.getAttribute('aria-label') ?? el.className.toString(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(obstacles.length).toBeGreaterThan(10);
    for (const a of labels) {
      for (const b of obstacles) {
        const overlap = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
        expect(overlap, `zoom ${zoom}: "${a.text}" overlaps ${b.what}`).toBe(false);
      }
    }
  }
});

test('beyond its bounds the plan ends in a framed margin, not in a cut', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openAt(page, WINDOW_START);
  await setZoom(page, 12);
  // Just outside the map's west bound (the Gulf runs on beyond it) the plan shows the margin's
  // tone, and well inside it the water's: the water fades into the frame instead of stopping.
  const [outside, inside] =
    (await planPixels(page, [
      [59.92, 30.12],
      [59.92, 30.2],
    ])) ?? [];
  const pixels = { outside, inside };
  expect(pixels?.outside).toEqual([224, 212, 184, 255]); // the margin #e0d4b8
  expect(pixels?.inside).toEqual([167, 191, 195, 255]); // the water #a7bfc3
});

test('a browser without OffscreenCanvas paints the plan on the page, the same', async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript(() => {
    // As on tablets older than Safari 16.4: no worker can paint.
    Reflect.deleteProperty(window, 'OffscreenCanvas');
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openAt(page, WINDOW_START);
  await setZoom(page, 12);
  const [water, margin] =
    (await planPixels(page, [
      [59.92, 30.2],
      [59.92, 30.12],
    ])) ?? [];
  expect(water).toEqual([167, 191, 195, 255]);
  expect(margin).toEqual([224, 212, 184, 255]);
  expect(watch.consoleErrors).toEqual([]);
});

test('labels follow the language', async ({ page }) => {
  await openAt(page, WINDOW_START, '&lang=ru');
  await expect(page.locator('.map-label').first()).toBeAttached();
  await setZoom(page, 14);
  // The labels are placed a little after the view changes.
  await expect.poll(async () => (await visibleLabels(page)).map((l) => l.text).join(' ')).toMatch(/[а-яё]/i);
  const texts = (await visibleLabels(page)).map((l) => l.text).join(' ');
  expect(texts).not.toMatch(/Island|Side|Neva\b/);
});
