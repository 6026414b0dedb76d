/**
 * Installable on tablets: the page links a valid web manifest whose icons exist at the sizes it
 * claims, with maskable icons whose drawing stays inside the safe zone, and an apple-touch-icon.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), alpha: bytes[25] === 4 || bytes[25] === 6 };
}

async function fetchPng(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toContain('image/png');
  return pngHeader(await response.body());
}

/**
 * Reads the icon's pixels in the page: the share of pixels outside the safe zone (a centred circle
 * of 80 % of the width) that differ from the corner's colour, and whether any pixel is transparent.
 */
function drawingOutsideSafeZone(page: Page, url: string) {
  return page.evaluate(async (src) => {
    const image = await createImageBitmap(await (await fetch(src)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const background = [data[0], data[1], data[2]];
    let outside = 0;
    let differing = 0;
    let inside = 0;
    let transparent = false;
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const i = (y * width + x) * 4;
        if ((data[i + 3] ?? 0) < 255) transparent = true;
        const differs = [0, 1, 2].some((c) => Math.abs((data[i + c] ?? 0) - (background[c] ?? 0)) > 8);
        const r = Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2);
        if (r > 0.4 * width) {
          outside += 1;
          if (differs) differing += 1;
        } else if (differs) inside += 1;
      }
    }
    return { outsideShare: differing / outside, drawnInside: inside, transparent };
  }, url);
}

test('the page links a valid manifest for a full-screen, bilingual app with maskable icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href ?? '', page.url()).href;
  const response = await request.get(manifestUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/application\/(manifest\+)?json/);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };

  // Chromium's own parser finds no error in it.
  const cdp = await page.context().newCDPSession(page);
  const parsed = await cdp.send('Page.getAppManifest');
  expect(parsed.url).toBe(manifestUrl);
  expect(parsed.errors).toEqual([]);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // And Chromium would offer to install it (a test browser context is always incognito).
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  expect(manifest.display).toBe('fullscreen');
  for (const field of ['name', 'short_name']) expect(typeof manifest[field], field).toBe('string');
  expect(manifest.name).toMatch(/Petrograd/);
  expect(manifest.name).toMatch(/Петроград/);
  expect(String(manifest.short_name).length).toBeLessThanOrEqual(15);
  expect(manifest.description).toMatch(/[а-я]/);
  // Each language's own texts, for browsers that pick by the user's language (*_localized).
  for (const field of ['name_localized', 'short_name_localized', 'description_localized']) {
    const texts = manifest[field] as Record<string, string>;
    expect(Object.keys(texts).sort(), field).toEqual(['en', 'ru']);
    expect(texts.en, field).toMatch(/Petrograd/);
    expect(texts.ru, field).toMatch(/Петроград/);
  }
  expect(String((manifest.short_name_localized as Record<string, string>).ru).length).toBeLessThanOrEqual(15);
  // The app's start and scope are the app's own folder, on its own origin.
  const origin = new URL(page.url()).origin;
  for (const field of ['start_url', 'scope', 'id']) expect(new URL(String(manifest[field]), manifestUrl).origin, field).toBe(origin);
  // Colours from the app's palette, the same as the page's theme-color.
  const themeMeta = await page.locator('meta[name="theme-color"]').getAttribute('content');
  expect(manifest.theme_color).toBe(themeMeta);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);

  for (const icon of manifest.icons) {
    const url = new URL(icon.src, manifestUrl).href;
    expect(icon.type).toBe('image/png');
    const png = await fetchPng(request, url);
    expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
  }
  const sizesFor = (purpose: string) => manifest.icons.filter((icon) => (icon.purpose ?? 'any').split(' ').includes(purpose)).map((icon) => icon.sizes);
  expect(sizesFor('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(sizesFor('maskable')).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // A maskable icon fills its square and keeps its drawing inside the safe zone, whatever shape the launcher cuts.
  for (const icon of manifest.icons.filter((i) => i.purpose?.includes('maskable'))) {
    const pixels = await drawingOutsideSafeZone(page, new URL(icon.src, manifestUrl).href);
    expect(pixels.transparent, icon.src).toBe(false);
    expect(pixels.outsideShare, icon.src).toBe(0);
    expect(pixels.drawnInside, icon.src).toBeGreaterThan(0);
  }
});

test('iOS gets an opaque 180 × 180 apple-touch-icon', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const url = new URL(href ?? '', page.url()).href;
  const png = await fetchPng(request, url);
  expect(png).toMatchObject({ width: 180, height: 180 });
  expect((await drawingOutsideSafeZone(page, url)).transparent).toBe(false);
});
