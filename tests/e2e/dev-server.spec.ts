/**
 * `npm start` runs the Vite dev server, not the built app: check that it serves a working app
 * too (virtual data modules resolve, the map and the sites appear), with no console error.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { watchPage } from './helpers.ts';

const PORT = 5199;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the dev server did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
});

test('npm start serves a working app', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`http://127.0.0.1:${PORT}/?t=1917-10-26T03:00`);
  await expect(page.locator('.site-marker[data-site-id="winter-palace"]')).toHaveAttribute('aria-label', /held by the Bolsheviks/, { timeout: 20_000 });
  await expect(page.locator('.leaflet-basemap-pane canvas')).toHaveCount(1);
  expect(watch.consoleErrors).toEqual([]);
});
