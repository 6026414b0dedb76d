/**
 * The offline cache against bad servers and deploys, on a server of the tests' own that sends only
 * Last-Modified (as python's http.server and nginx do by default). No timing is asserted: each step
 * polls for its condition with a generous timeout.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { marker, slider } from './helpers.ts';
import { CAPTIVE_PORTAL_PAGE, md5, nextBuild, startServer, testPort, type TestServer } from './static-server.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** Files dated a month back: the browser's heuristic keeps them fresh for three days without asking. */
const A_MONTH_AGO = new Date(Date.now() - 30 * 24 * 3600 * 1000);
const POLL = { timeout: 60_000 };

async function controlled(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), POLL).toBe('activated');
}
/** Which build the page runs: "A" is dist/ as built, later builds are labelled in their index.html. */
function build(page: Page) {
  return page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="petrograd-test-build"]')?.content ?? 'A');
}
function newBuildWaiting(page: Page) {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}
/** A mark that lives as long as this document: gone after any reload. */
function markDocument(page: Page) {
  return page.evaluate(() => Object.assign(window, { petrogradSameDocument: true }));
}
function sameDocument(page: Page) {
  return page.evaluate(() => 'petrogradSameDocument' in window);
}
async function appShows(page: Page, iso: string) {
  await expect(slider(page)).toHaveAttribute('aria-valuenow', /\d+/, { timeout: 15_000 });
  await expect(page).toHaveURL(new RegExp(`t=${iso.replace(/:/g, '(:|%3A)')}`));
}

test.describe('the offline cache', () => {
  const cleanup: (() => unknown)[] = [];
  test.afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  async function serve(offset: number): Promise<TestServer> {
    const server = await startServer(testPort(offset), DIST, A_MONTH_AGO);
    cleanup.push(() => server.close());
    return server;
  }
  function deployable(label: string): string {
    const folder = nextBuild(DIST, label);
    cleanup.push(() => rmSync(folder, { recursive: true, force: true }));
    return folder;
  }

  test('after one visit a 503, a 404 or a captive portal page still gives the app', async ({ page }) => {
    const server = await serve(1);
    await page.goto(`${server.url}/?t=1917-10-24T12:00&lang=en`);
    await controlled(page);

    server.behave('503');
    expect((await fetch(`${server.url}/`)).status).toBe(503);
    const response = await page.goto(`${server.url}/?t=1917-10-26T03:00&lang=en`);
    expect(response?.status()).toBe(200);
    await appShows(page, '1917-10-26T03:00');
    await expect(marker(page, 'winter-palace')).toHaveAttribute('aria-label', /held by the Bolsheviks/);

    // A server that lost the app (a wrong folder after a deploy) answers 404 for every page.
    server.behave('404');
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await page.goto(`${server.url}/?t=1917-10-25T12:00&lang=en`))?.status()).toBe(200);
    await appShows(page, '1917-10-25T12:00');

    server.behave('captive');
    expect(await (await fetch(`${server.url}/?t=1917-10-25T02:10`)).text()).toBe(CAPTIVE_PORTAL_PAGE);
    await page.goto(`${server.url}/?t=1917-10-25T02:10&lang=ru`);
    await appShows(page, '1917-10-25T02:10');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    expect(await page.content()).not.toContain('Accept the terms');
  });

  test('a server that never answers still gives the app within seconds', async ({ page }) => {
    const server = await serve(2);
    await page.goto(`${server.url}/?t=1917-10-24T12:00`);
    await controlled(page);

    // The same navigation with the server answering, for comparison on this (possibly loaded) machine.
    let started = Date.now();
    await page.goto(`${server.url}/?t=1917-10-25T03:00&lang=en`);
    await appShows(page, '1917-10-25T03:00');
    const answering = Date.now() - started;

    server.behave('hang');
    started = Date.now();
    // Far below the browser's own patience (a navigation to a silent server waits a minute or more).
    await page.goto(`${server.url}/?t=1917-10-26T03:00&lang=en`, { timeout: 10_000 });
    await appShows(page, '1917-10-26T03:00');
    const silent = Date.now() - started;
    const figure = `app on screen ${silent} ms after a navigation to a server that never answers (${answering} ms with the server answering)`;
    test.info().annotations.push({ type: 'figure', description: figure });
    console.log(`offline cache: ${figure}`);
  });

  test('a kiosk takes a deploy at its next idle reset, never under a visitor, and keeps it offline', async ({ page, context }) => {
    test.setTimeout(240_000);
    const server = await serve(3);
    const kioskUrl = `${server.url}/?kiosk=1&idle=3&lang=en`;
    await page.goto(kioskUrl);
    await controlled(page);
    await page.reload(); // the kiosk restarted: index.html is now in the HTTP cache too, fresh for days
    await controlled(page);
    expect(await build(page)).toBe('A');

    // Deploy B over a slow link (as with any real download, installing it takes a moment).
    server.deploy(deployable('B'));
    server.delay(2500);
    await markDocument(page);
    // The screen resets (this starts the update check), and a visitor arrives at once and stays.
    await expect(page.locator('.attract-banner')).toBeVisible(POLL);
    const header = page.locator('header').first();
    await expect
      .poll(
        async () => {
          await header.click({ position: { x: 5, y: 5 } });
          return newBuildWaiting(page);
        },
        { ...POLL, intervals: [1000] },
      )
      .toBe(true);
    // B is installed but the visitor's page was left alone.
    expect(await sameDocument(page)).toBe(true);
    expect(await build(page)).toBe('A');

    // The visitor leaves: at the next idle reset the kiosk reloads into B.
    server.delay(0);
    await expect.poll(() => build(page).catch(() => 'reloading'), { timeout: 60_000 }).toBe('B');
    expect(await sameDocument(page)).toBe(false);
    await expect(page).toHaveURL(/kiosk=1/);
    await expect(page).toHaveURL(/idle=3/);

    // And B is what the kiosk starts with the network off.
    await context.setOffline(true);
    await page.reload();
    await expect(slider(page)).toBeVisible();
    expect(await build(page)).toBe('B');
    await context.setOffline(false);
  });

  test('a kiosk whose server stops answering during an update check still takes a later deploy', async ({ page }) => {
    test.setTimeout(240_000);
    const server = await serve(5);
    await page.goto(`${server.url}/?kiosk=1&idle=3&lang=en`);
    await controlled(page);
    expect(await build(page)).toBe('A');

    // The server stops answering; the next idle reset asks it for sw.js and gets nothing, ever.
    server.behave('hang');
    const asked = server.requests.length;
    await expect.poll(() => server.requests.slice(asked).some((path) => path.startsWith('/sw.js')), POLL).toBe(true);
    await expect(slider(page)).toBeVisible();
    expect(await build(page)).toBe('A');

    // It comes back with build B. A visitor comes and goes: the reset after the visit takes B
    // (the check that never got an answer does not hold up the next one).
    server.deploy(deployable('B'));
    server.behave('ok');
    await page
      .locator('header')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await expect.poll(() => build(page).catch(() => 'reloading'), { timeout: 150_000 }).toBe('B');
    await expect(page).toHaveURL(/kiosk=1/);
  });

  test('a tablet takes a deploy at its next load, not during a visit, and keeps it offline', async ({ page, context }) => {
    test.setTimeout(180_000);
    const server = await serve(4);
    await page.goto(`${server.url}/?t=1917-10-24T12:00&lang=en`);
    await controlled(page);
    expect(await build(page)).toBe('A');

    // Deploy B; the worker script arrives late, so the page has started before B is installed.
    server.deploy(deployable('B'));
    server.delay(3000);
    await page.reload();
    await expect(slider(page)).toBeVisible();
    await markDocument(page);
    await slider(page).focus();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect.poll(() => newBuildWaiting(page), POLL).toBe(true);
    expect(await sameDocument(page)).toBe(true);
    expect(await build(page)).toBe('A');

    // The next load is B (one quick reload at its start), at the moment the student had reached.
    server.delay(0);
    await page.reload();
    await expect.poll(() => build(page).catch(() => 'reloading'), POLL).toBe('B');
    await expect(page).toHaveURL(/t=1917-10-24T14:00/);

    await context.setOffline(true);
    await page.reload();
    await expect(slider(page)).toHaveAttribute('aria-valuenow', /\d+/);
    expect(await build(page)).toBe('B');
    await context.setOffline(false);
  });
});

/** Font files the app's browsers never fetch: each takes the .woff2 first, and no text is Vietnamese. */
const NEVER_FETCHED = /\.woff$|-vietnamese-/;

test('every file of the build is precached under a content revision or a hashed name', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:(null|"([0-9a-f]+)")\}/g)].map(([, url, , revision]) => ({ url, revision }));
  const files = (function walk(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(DIST, path).split('\\').join('/')];
    });
  })(DIST).filter((file) => file !== 'sw.js' && !/^workbox-[0-9a-f]+\.js$/.test(file) && !NEVER_FETCHED.test(file));

  expect(entries.map((entry) => entry.url).sort()).toEqual(files.sort());
  for (const { url, revision } of entries) {
    if (revision === undefined) expect(url, `${url} has no revision, so its name must carry a hash`).toMatch(/^assets\/.+-[\w-]{8}\.\w+$/);
    // A file without a hash in its name (index.html, public/) is listed with the MD5 of its content,
    // so any change to it changes sw.js, and the browser installs the new build.
    else expect(revision, url).toBe(md5(readFileSync(join(DIST, url ?? ''))));
  }
  expect(entries.find((entry) => entry.url === 'index.html')?.revision).toBeDefined();
});
