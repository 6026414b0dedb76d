/**
 * Accessibility the axe scans alone do not show: foreign-language runs carry `lang`, the track's
 * ticks stand out from it, focus is never left on a marker under a panel at any screen, and the
 * forced-colours rendering has no violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WINDOW_START, momentOf } from '../../src/model/time.ts';
import { openAt } from './helpers.ts';
import { SCREENS } from './screens.ts';

/** Text on screen written in the other language with no `lang` saying so, as "text (lang in force)". */
async function unmarkedForeignText(page: Page, other: 'en' | 'ru') {
  return page.evaluate((other) => {
    // A text mostly in the other language's script (a Russian note may name an English book; that is not a run).
    const letters = (text: string, script: RegExp) => text.match(script)?.length ?? 0;
    const cyrillic = /[А-Яа-яЁё]/g;
    const latin = /[A-Za-z]/g;
    const foreign = {
      test: (text: string) =>
        other === 'ru' ? letters(text, cyrillic) > letters(text, latin) : letters(text, latin) > letters(text, cyrillic) && letters(text, latin) >= 3,
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || !foreign.test(text)) continue;
      // Leaflet's own controls (its zoom buttons' names and the attribution) are left to the map's setup.
      if (element.closest('[aria-hidden="true"], .source__url, .leaflet-control-attribution, script, style')) continue;
      if (element.getClientRects().length === 0 && !element.closest('.visually-hidden')) continue;
      const lang = element.closest('[lang]')?.getAttribute('lang');
      if (lang !== other) out.push(`${text.slice(0, 60)} (${lang})`);
    }
    // Titles (tooltips) cannot carry a language of their own: none may be in the other language.
    for (const element of document.querySelectorAll<HTMLElement>('[title]:not(.leaflet-control-zoom *)')) {
      if (foreign.test(element.title) && element.closest('[lang]')?.getAttribute('lang') !== other) out.push(`title: ${element.title.slice(0, 60)}`);
    }
    return out;
  }, other);
}

for (const [lang, other] of [
  ['en', 'ru'],
  ['ru', 'en'],
] as const) {
  test(`every run of ${other === 'ru' ? 'Russian' : 'English'} text in ${lang} mode carries lang: card, feed and sources`, async ({ page }) => {
    await openAt(page, momentOf('1917-10-26T02:10'), `&site=winter-palace&lang=${lang}`);
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await unmarkedForeignText(page, other)).toEqual([]);
    await page.locator('.sources-button').click();
    await expect(page.locator('.sources-view')).toBeVisible();
    expect(await unmarkedForeignText(page, other)).toEqual([]);
  });
}

/** WCAG relative luminance and contrast of CSS rgb() colours. */
function luminance([r, g, b]: number[]): number {
  const c = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * c(r!) + 0.7152 * c(g!) + 0.0722 * c(b!);
}
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const rgb = (css: string) => [...css.matchAll(/rgba?\(([^)]+)\)/g)].map((m) => m[1]!.split(',').map((v) => Number.parseFloat(v)));
/** A colour of opacity `alpha` over `under`. */
const over = (colour: number[], alpha: number, under: number[]) => colour.slice(0, 3).map((v, i) => alpha * v + (1 - alpha) * under[i]!);

test('every tick stands out at least 3:1 from the track under it, elapsed or not', async ({ page }) => {
  // Half way through, so that ticks sit on both parts of the track.
  await openAt(page, momentOf('1917-10-25T12:00'));
  const styles = await page.evaluate(() => {
    const fill = document.querySelector('.time-slider__fill')!;
    const rail = document.querySelector('.time-slider__rail')!;
    const fillBox = fill.getBoundingClientRect();
    return {
      rail: getComputedStyle(rail).backgroundColor,
      fill: getComputedStyle(fill).backgroundImage + ' ' + getComputedStyle(fill).backgroundColor,
      fillOpacity: Number(getComputedStyle(fill).opacity),
      ticks: [...document.querySelectorAll<HTMLElement>('.track-marks__tick')].map((tick) => {
        const style = getComputedStyle(tick);
        const r = tick.getBoundingClientRect();
        return { key: tick.classList.contains('is-key'), core: style.backgroundColor, edge: style.boxShadow, elapsed: r.left + r.width / 2 < fillBox.right };
      }),
    };
  });
  const railColour = rgb(styles.rail)[0]!;
  // The fill's stripes, each as it shows over the rail; a transparent background-color is left out.
  const fillColours = rgb(styles.fill)
    .filter((c) => c.length < 4 || c[3]! > 0)
    .map((c) => over(c, styles.fillOpacity * (c[3] ?? 1), railColour));
  expect(fillColours.length).toBeGreaterThan(0);
  expect(styles.ticks.filter((t) => t.elapsed).length).toBeGreaterThan(0);
  expect(styles.ticks.filter((t) => !t.elapsed).length).toBeGreaterThan(0);
  const worst: Record<string, number> = {};
  for (const tick of styles.ticks) {
    // The tick's own colours: its core and the edge around it (box-shadow); the better one against each colour under it counts.
    const own = [rgb(tick.core)[0]!, ...rgb(tick.edge)];
    for (const under of tick.elapsed ? fillColours : [railColour]) {
      const best = Math.max(...own.map((c) => contrast(c, under)));
      const name = `${tick.key ? 'key' : 'other'} ${tick.elapsed ? 'elapsed' : 'ahead'}`;
      worst[name] = Math.min(worst[name] ?? Infinity, best);
    }
  }
  console.log(
    'least tick contrast:',
    Object.entries(worst)
      .map(([k, v]) => `${k} ${v.toFixed(2)}:1`)
      .join(', '),
  );
  for (const value of Object.values(worst)) expect(value).toBeGreaterThanOrEqual(3);
});

test.describe('forced colours', () => {
  test.describe.configure({ timeout: 90_000 });
  test('axe finds no violations in forced colours, with a card open and with the sources', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openAt(page, momentOf('1917-10-26T02:10'), '&site=winter-palace');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const scan = async () =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await scan()).toEqual([]);
    await page.locator('.sources-button').click();
    expect(await scan()).toEqual([]);
  });
});

/** The focused marker's target, if it is under a panel (more than a tenth) or off the map: a line saying so. */
async function focusedMarkerHidden(page: Page) {
  return page.evaluate(() => {
    const marker = document.activeElement?.closest<SVGElement>('.site-marker[data-site-id]');
    if (!marker) return undefined;
    const r = marker.querySelector('.site-marker__hit')!.getBoundingClientRect();
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const id = marker.dataset.siteId;
    if (r.left < map.left - 1 || r.right > map.right + 1 || r.top < map.top - 1 || r.bottom > map.bottom + 1) return `${id} off the map`;
    for (const panel of document.querySelectorAll('[data-map-overlay], [role="dialog"], .leaflet-control-zoom, .leaflet-control-attribution')) {
      if (panel.getClientRects().length === 0) continue;
      const p = panel.getBoundingClientRect();
      const w = Math.min(r.right, p.right) - Math.max(r.left, p.left);
      const h = Math.min(r.bottom, p.bottom) - Math.max(r.top, p.top);
      if (w > 0 && h > 0 && (w * h) / (r.width * r.height) > 0.1) return `${id} under ${panel.className}`;
    }
    return '';
  });
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
    test('with a card open, focus never lands on a marker under a panel or off the map', async ({ page }) => {
      test.setTimeout(120_000);
      await openAt(page, WINDOW_START, '&site=winter-palace');
      await expect(page.getByRole('dialog')).toBeVisible();
      const count = await page.locator('.site-marker[data-site-id]').count();
      // Keyboard from the skip link to the map, then Tab through every marker.
      await page.keyboard.press('Tab');
      await page.locator('.site-marker[data-site-id]').first().focus();
      const hidden: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < count + 5 && seen.size < count; i += 1) {
        const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<SVGElement>('[data-site-id]')?.dataset.siteId);
        if (!id) break;
        seen.add(id);
        // The pan that clears it runs in the frame after the focus.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const where = await focusedMarkerHidden(page);
        if (where) hidden.push(where);
        await page.keyboard.press('Tab');
      }
      expect(seen.size).toBe(count);
      expect(hidden).toEqual([]);
    });
  });
}
