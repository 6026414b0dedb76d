import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WINDOW_START, momentOf } from '../../src/model/time.ts';
import { marker, openAt, slider } from './helpers.ts';

async function axe(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility (axe-core)', () => {
  // axe walks every element of the page (the map's markers, names and labels): 20 s a screen on a busy machine.
  test.describe.configure({ timeout: 90_000 });
  test('the main screen has no violations, in English and in Russian', async ({ page }) => {
    await openAt(page, momentOf('1917-10-25T12:00'));
    await page.waitForLoadState('networkidle');
    expect(await axe(page)).toEqual([]);
    await openAt(page, momentOf('1917-10-25T12:00'), '&lang=ru');
    expect(await axe(page)).toEqual([]);
  });
  test('an upright tablet (768×1024) has no violations, with a card open', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await openAt(page, momentOf('1917-10-25T21:40'), '&site=aurora');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
  test('an open card has no violations', async ({ page }) => {
    await openAt(page, momentOf('1917-10-26T03:00'), '&site=winter-palace');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
  test('the sources view has no violations', async ({ page }) => {
    await openAt(page, WINDOW_START);
    await page.getByRole('button', { name: 'Sources' }).click();
    expect(await axe(page)).toEqual([]);
  });
  test('touch targets are at least 44 px', async ({ page }) => {
    await openAt(page, WINDOW_START);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, [role="slider"], [role="button"], a[href], summary')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.className, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
  });
});

test('after one visit the app works with the network off', async ({ page, context }) => {
  await openAt(page, WINDOW_START);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await page.reload();
  await expect(slider(page)).toBeVisible();
  await context.setOffline(true);
  await page.goto('/?t=1917-10-26T03:00&lang=en');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(momentOf('1917-10-26T03:00')));
  await expect(marker(page, 'winter-palace')).toHaveAttribute('aria-label', /held by the Bolsheviks/);
  await context.setOffline(false);
});
