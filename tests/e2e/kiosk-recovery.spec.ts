/**
 * Recovery, as a kiosk and a student meet it: a chunk that keeps failing, an error outside React, a
 * render error. Reload pauses run on Playwright's clock, which keeps its time across reloads.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { momentOf } from '../../src/model/time.ts';
import { marker, slider, sliderValue } from './helpers.ts';
import { serveKioskJson } from './kiosk-helpers.ts';

test.use({ hasTouch: true, viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 120_000 });
// A route's handler may still be fetching when its test ends (the page closes under it): its error
// is dropped here rather than reported against the next test in the same worker.
test.afterEach(async ({ page }) => {
  await page.context().unrouteAll({ behavior: 'ignoreErrors' });
});
const expect = baseExpect.configure({ timeout: 15_000 });
const MARGIN_MS = 20_000;

const unavailable = (page: Page) => page.locator('.unavailable-screen');

/**
 * Counts the page's decisions to reload (each logs a warning with its pause): a pause is
 * fast-forwarded only once it has begun, after the chunk's own retries on the real network.
 */
function countRecoveries(page: Page) {
  const recoveries = { count: 0 };
  page.on('console', (message) => {
    if (message.type() === 'warning' && /Petrograd 1917 (reloads in|is unavailable after)/.test(message.text())) recoveries.count += 1;
  });
  return recoveries;
}

/** Counts the page's loads (a reload is a load). */
function countLoads(page: Page) {
  const loads = { count: 0 };
  page.on('load', () => (loads.count += 1));
  return loads;
}

async function expectUnavailableScreen(page: Page) {
  await expect(unavailable(page)).toBeVisible();
  await expect(unavailable(page)).toContainText('Temporarily unavailable');
  await expect(unavailable(page)).toContainText('Временно недоступно');
  await expect(unavailable(page)).toHaveAttribute('role', 'alert');
}

test('a data chunk that always fails ends on the unavailable screen, with reloads 5 s, 30 s and 2 min apart, then quiet retries', async ({ page }) => {
  await page.clock.install();
  await serveKioskJson(page, { lang: 'ru' });
  await page.context().route('**/assets/_virtual_geo-*.js', (route) => route.abort('connectionfailed'));
  const loads = countLoads(page);
  const recoveries = countRecoveries(page);
  await page.goto('/?kiosk=1&idle=60');
  // Never a blank screen: the bilingual screen as soon as the retries are spent.
  await expectUnavailableScreen(page);
  expect(loads.count).toBe(1);
  for (const [pause, load] of [
    [5_000, 2],
    [30_000, 3],
    [120_000, 4],
  ] as const) {
    await expect.poll(() => recoveries.count).toBe(load - 1);
    await page.clock.fastForward(pause - Math.min(MARGIN_MS, pause / 2));
    expect(loads.count, `no reload before ${pause / 1000} s`).toBe(load - 1);
    await page.clock.fastForward(Math.min(MARGIN_MS, pause / 2));
    await expect.poll(() => loads.count).toBe(load);
    await expectUnavailableScreen(page);
    expect(new URL(page.url()).search).toBe('?kiosk=1&idle=60');
  }
  // The backoff is spent: the screen stays, and only every 2 min a quiet retry.
  await expect.poll(() => recoveries.count).toBe(4);
  await page.clock.fastForward(120_000 - MARGIN_MS);
  expect(loads.count).toBe(4);
  await expect(unavailable(page)).toBeVisible();
  await page.clock.fastForward(MARGIN_MS);
  await expect.poll(() => loads.count).toBe(5);
  await expectUnavailableScreen(page);
  // The network is back once this page's own retries are spent (before that, a retry would start
  // the app without a reload): the next quiet retry starts the app.
  await expect.poll(() => recoveries.count).toBe(5);
  await page.context().unroute('**/assets/_virtual_geo-*.js');
  await page.clock.fastForward(120_000);
  await expect.poll(() => loads.count).toBe(6);
  await expect(slider(page)).toBeVisible();
  await expect(unavailable(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('a basemap chunk that always fails shows the unavailable screen, not a half-drawn map', async ({ page }) => {
  await page.clock.install();
  await page.context().route('**/assets/_virtual_basemap-*.js', (route) => route.abort('connectionfailed'));
  const loads = countLoads(page);
  await page.goto('/?t=1917-10-25T12:00&lang=en');
  await expectUnavailableScreen(page);
  // A student's first reload keeps the moment.
  await page.clock.fastForward(5_000);
  await expect.poll(() => loads.count).toBe(2);
  expect(new URL(page.url()).search).toBe('?t=1917-10-25T12:00&lang=en');
  await expectUnavailableScreen(page);
});

test("an error outside React reloads to the kiosk's configuration: its language and its idle time, not the visitor's", async ({ page }) => {
  await page.clock.install();
  await serveKioskJson(page, { lang: 'ru' });
  const loads = countLoads(page);
  await page.goto('/?kiosk=1&idle=60');
  await expect(slider(page)).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).tap();
  await marker(page, 'smolny').tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate(() => window.setTimeout(() => Promise.reject(new Error('a fault in a timer'))));
  await expectUnavailableScreen(page);
  await page.clock.fastForward(5_000);
  await expect.poll(() => loads.count).toBe(2);
  await expect(slider(page)).toBeVisible();
  await expect(unavailable(page)).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?kiosk=1&idle=60');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The kiosk's idle time (nobody has touched the restarted screen: the replay comes without a countdown).
  await page.clock.fastForward(60_000 - MARGIN_MS);
  await expect(page.locator('.attract-banner')).toHaveCount(0);
  await page.clock.fastForward(MARGIN_MS);
  await expect(page.locator('.attract-banner')).toBeVisible();
});

/** Makes Smolny's card fail to render: its description is taken out of the data chunk. */
async function breakSmolnysCard(page: Page) {
  await page.context().route('**/assets/_virtual_geo-*.js', async (route) => {
    const body = await (await route.fetch()).text();
    const broken = body.replace(/(id:`smolny`[\s\S]*?)description:\{en:`[^`]*`,ru:`[^`]*`\}/, '$1description:null');
    if (broken === body) throw new Error("Smolny's description was not found in the data chunk");
    await route.fulfill({ contentType: 'text/javascript', body: broken });
  });
}

test("a render error restarts the screen in place, without a reload, keeping a student's moment", async ({ page }) => {
  await breakSmolnysCard(page);
  const loads = countLoads(page);
  await page.goto('/?t=1917-10-25T12:00&lang=ru');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(momentOf('1917-10-25T12:00')));
  await marker(page, 'smolny').tap();
  await expect(page.locator('.error-screen')).toBeVisible();
  await expect(page.locator('.error-screen')).toContainText('Карта перезапускается');
  // The first restart opens the card again (it is in the address) and fails; the second closes it.
  await expect(slider(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await sliderValue(page)).toBe(momentOf('1917-10-25T12:00'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(loads.count).toBe(1);
  await expect(unavailable(page)).toHaveCount(0);
});

test('a render error on a kiosk restarts it in its own language, and its idle time follows', async ({ page }) => {
  await page.clock.install();
  await breakSmolnysCard(page);
  await serveKioskJson(page, { lang: 'ru', idle: 60 });
  const loads = countLoads(page);
  await page.goto('/?kiosk=1');
  await expect(slider(page)).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).tap();
  await marker(page, 'smolny').tap();
  await expect(page.locator('.error-screen')).toBeVisible();
  await page.clock.fastForward(3_000);
  await expect(slider(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.fastForward(60_000 - MARGIN_MS);
  await expect(page.locator('.attract-banner')).toHaveCount(0);
  await page.clock.fastForward(MARGIN_MS);
  await expect(page.locator('.attract-banner')).toBeVisible();
  expect(loads.count).toBe(1);
});
