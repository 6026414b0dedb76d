/**
 * The built app runs under its Content Security Policy with no violation: every part a visitor
 * touches (slider, playback, card, language, sources, map zoom, the offline worker) is exercised
 * while the page listens for `securitypolicyviolation`.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marker, openAt, slider, watchPage } from './helpers.ts';
import { momentOf } from '../../src/model/time.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Records every violation from the first byte of the page on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { petrogradViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`.trim());
    });
  });
  return () => page.evaluate(() => (window as unknown as { petrogradViolations: string[] }).petrogradViolations);
}

test('the built app carries a strict policy in a meta element', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBeTruthy();
  const directives = new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('worker-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-|\*|https?:/);
  // The meta comes before every script and stylesheet, so it governs them all.
  const order = await page.evaluate(() => [...document.head.children].map((el) => el.getAttribute('http-equiv') ?? el.tagName.toLowerCase()));
  expect(order.indexOf('Content-Security-Policy')).toBeLessThan(order.indexOf('script'));
  // docs/deploy.md gives museum IT the same policy as a header.
  expect(readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8')).toContain(policy);
});

test('a visitor uses every part of the app with no policy violation and no console error', async ({ page }) => {
  const violations = await watchViolations(page);
  const watch = watchPage(page);
  await openAt(page, momentOf('1917-10-25T12:00'));
  await page.evaluate(() => navigator.serviceWorker.ready);

  await slider(page).focus();
  for (const key of ['ArrowRight', 'PageUp', 'PageUp', 'End', 'Home', 'PageDown']) await page.keyboard.press(key);
  const box = await slider(page).boundingBox();
  if (box) await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Next event' }).click();

  // Reached from the keyboard, a marker is panned clear of the panels (the last jump moved the map).
  await marker(page, 'winter-palace').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Close the card' }).click();
  await page.getByRole('button', { name: 'Переключить на русский язык' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await marker(page, 'smolny').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('dialog', { name: 'Bibliography' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.mouse.wheel(0, 400);
  await page.waitForLoadState('networkidle');

  expect(await violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);

  // The listener does hear a violation when there is one: an inline script is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.petrogradInline = true';
    document.head.append(script);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  expect(await page.evaluate(() => 'petrogradInline' in window)).toBe(false);
});
