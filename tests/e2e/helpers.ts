/** Shared helpers for the end-to-end tests: the real data, compiled by the same model as the app. */
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { checkGeo } from '../../scripts/geo-files.ts';
import { compileHistory, type Site } from '../../src/model/history.ts';
import { formatIso, type Moment } from '../../src/model/time.ts';

const root = process.env.GEO_ROOT ?? join(import.meta.dirname, '..', '..');
const { history: data } = checkGeo(root);
if (!data) throw new Error('geo/ is invalid: run npm run check:geo');
export const history = compileHistory(data);

export function site(id: string): Site {
  const found = history.sitesById.get(id);
  if (!found) throw new Error(`no site ${id} in geo/sites.geojson`);
  return found;
}

/** The first change of a site, which the tests move the slider across. */
export function firstChange(id: string) {
  const change = site(id).changes[0];
  if (!change) throw new Error(`site ${id} never changes hands`);
  return change;
}

export const slider = (page: Page) => page.getByRole('slider');
export const marker = (page: Page, id: string) => page.locator(`.site-marker[data-site-id="${id}"]`);

export async function sliderValue(page: Page): Promise<Moment> {
  return Number(await slider(page).getAttribute('aria-valuenow'));
}

export async function openAt(page: Page, moment: Moment, extra = '') {
  await page.goto(`/?t=${formatIso(moment)}${extra}`);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(moment));
  await mapReady(page);
}

/** Waits until the map has all its layers (they are added one per task after the panels show). */
export async function mapReady(page: Page) {
  await expect(page.locator('.leaflet-container[aria-busy="false"]')).toBeAttached();
}

/** Collects console errors and requests to other origins for the whole test. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}
