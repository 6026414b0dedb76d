import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { geoPlugin } from './scripts/vite-plugin-geo.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';

/** The palette of src/styles/app.css: the manifest's colours are the app's paper. */
const PAPER = '#efe6d2';

/**
 * The manifest's texts per language (the `*_localized` members of the W3C manifest). Browsers that
 * do not read them yet show `name` and `description`, which carry both languages; `short_name`, the
 * label under the home-screen icon, is too short for two.
 */
const LOCALIZED = {
  name_localized: { en: 'Petrograd 1917', ru: 'Петроград 1917' },
  short_name_localized: { en: 'Petrograd 1917', ru: 'Петроград 1917' },
  description_localized: {
    en: 'Interactive map of the Bolshevik seizure of Petrograd, 24–26 October 1917',
    ru: 'Интерактивная карта захвата власти большевиками в Петрограде 24–26 октября 1917 года',
  },
};

// The geo plugin validates every file in geo/ before anything is bundled: invalid data stops
// `vite build` and `vite` (dev) with the same messages `npm run check:geo` prints.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      geoPlugin(),
      react(),
      cspPlugin(env.VITE_TILE_URL || undefined),
      // The offline cache (Workbox, generated at build time; never in dev). Every file of the build
      // is precached: hashed assets under their hashed names, the others with a revision (a hash of
      // their content), so any change — code, data, a file in public/ — changes sw.js. Workbox
      // fetches revisioned files with cache: 'reload', past the HTTP cache. A navigation is always
      // answered with the precached index.html, so a server that fails, answers with a foreign page
      // or never answers cannot replace the app. A new worker waits until src/offline/updates.ts
      // lets it take over (a kiosk at its idle reset, a tablet at the next load).
      VitePWA({
        strategies: 'generateSW',
        registerType: 'prompt',
        injectRegister: false,
        filename: 'sw.js',
        manifestFilename: 'manifest.webmanifest',
        includeManifestIcons: false,
        workbox: {
          globPatterns: ['**/*'],
          // The plugin lists the manifest itself. The font files no browser of the app's fetches are
          // left out (every one takes the .woff2 before the .woff; no text of the app is Vietnamese).
          globIgnores: ['manifest.webmanifest', '**/*.woff', '**/*-vietnamese-*'],
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          sourcemap: false,
          runtimeCaching: [
            {
              // Staff set-up that lives beside index.html: fresh when the server answers within
              // 3 s, the last copy otherwise, so an offline kiosk keeps its settings.
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/kiosk.json'),
              handler: 'NetworkFirst',
              options: { cacheName: 'petrograd-kiosk-config', networkTimeoutSeconds: 3 },
            },
          ],
        },
        manifest: {
          id: './',
          name: `${LOCALIZED.name_localized.en} · ${LOCALIZED.name_localized.ru}`,
          short_name: 'Petrograd 1917',
          description: `${LOCALIZED.description_localized.en} · ${LOCALIZED.description_localized.ru}`,
          lang: 'en',
          dir: 'ltr',
          start_url: './',
          scope: './',
          display: 'fullscreen',
          orientation: 'any',
          theme_color: PAPER,
          background_color: PAPER,
          categories: ['education'],
          ...LOCALIZED,
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
            { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
      }),
    ],
    base: './',
    // The basemap's painter (src/map/plan-worker.ts) is a module worker, bundled as an ES module.
    worker: { format: 'es' },
    build: {
      target: 'es2020',
      sourcemap: false,
      chunkSizeWarningLimit: 600,
    },
    server: { host: '127.0.0.1' },
  };
});
