import { expect, test, type Page } from '@playwright/test';
import { site } from './helpers.ts';

/** Found at a glance at the kiosk's start view: the palace, Smolny, the fortress and the stations. */
const NAMED_AT_START = [
  'winter-palace',
  'smolny',
  'peter-paul-fortress',
  'finland-station',
  'nikolaevsky-station',
  'baltic-station',
  'warsaw-station',
  'tsarskoselsky-station',
];

/** Every name shown that overlaps another name or a marker's drawing (frame, its shadow, badge), or lies outside the map. */
function collisions(page: Page) {
  return page.evaluate(() => {
    type R = { id: string; left: number; top: number; right: number; bottom: number };
    const rect = (id: string, element: Element): R => {
      const r = element.getBoundingClientRect();
      return { id, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const over = (a: R, b: R) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const map = rect('map', document.querySelector('.leaflet-container')!);
    const names = [...document.querySelectorAll<HTMLElement>('.site-name')]
      .filter((n) => getComputedStyle(n).visibility === 'visible')
      .map((n) => rect(n.dataset.siteId!, n));
    const drawn = [...document.querySelectorAll<SVGElement>('.site-marker[data-site-id] :is(.site-marker__frame, .site-marker__badge)')]
      .filter((part) => getComputedStyle(part).visibility === 'visible')
      .map((part) => rect(part.closest<SVGElement>('.site-marker')!.dataset.siteId!, part));
    const out: string[] = [];
    names.forEach((a, i) => {
      for (const b of names.slice(i + 1)) if (over(a, b)) out.push(`name ${a.id} over name ${b.id}`);
      for (const d of drawn) if (over(a, d)) out.push(`name ${a.id} over the marker of ${d.id}`);
    });
    const onScreen = names.filter((n) => n.left >= map.left && n.right <= map.right && n.top >= map.top && n.bottom <= map.bottom).map((n) => n.id);
    return { out, shown: names.map((n) => n.id), onScreen };
  });
}

async function zoomTo(page: Page, zoom: number) {
  await page.evaluate(
    (z) =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('.leaflet-container') as (HTMLElement & { leafletMap?: import('leaflet').Map }) | null)?.leafletMap;
        if (!map) return resolve();
        map.once('moveend', () => setTimeout(resolve, 50));
        map.setView([59.9398, 30.3146], z, { animate: false });
      }),
    zoom,
  );
}

test.use({ viewport: { width: 1920, height: 1080 } });

for (const lang of ['en', 'ru'] as const) {
  test(`at the start view the key sites are named in ${lang}, clear of one another and of the markers`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    for (const id of NAMED_AT_START) {
      const name = page.locator(`.site-name[data-site-id="${id}"]`);
      await expect(name, id).toBeVisible();
      await expect(name, id).toHaveText(site(id).name[lang]);
      await expect(name, id).toHaveAttribute('aria-hidden', 'true');
    }
    const start = await collisions(page);
    expect(start.out).toEqual([]);
    expect(start.onScreen).toEqual(expect.arrayContaining(NAMED_AT_START));
    // Other sites are named only closer in, still without collisions.
    await expect(page.locator('.site-name[data-site-id="general-staff"]')).toBeHidden();
    await zoomTo(page, 15);
    const close = await collisions(page);
    expect(close.out).toEqual([]);
    expect(close.shown.length).toBeGreaterThan(start.shown.length);
    expect(close.shown).toContain('general-staff');
  });
}

test('a change of language writes the names again and places them anew', async ({ page }) => {
  await page.goto('/?lang=en');
  const name = page.locator('.site-name[data-site-id="peter-paul-fortress"]');
  await expect(name).toHaveText('Peter and Paul Fortress');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(name).toHaveText('Петропавловская крепость');
  expect((await collisions(page)).out).toEqual([]);
});
