import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { geoPlugin } from './scripts/vite-plugin-geo.ts';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';

// The geo plugin validates every file in geo/ before anything is bundled: invalid data stops
// `vite build` and `vite` (dev) with the same messages `npm run check:geo` prints.
export default defineConfig({
  plugins: [geoPlugin(), react(), offlinePlugin()],
  base: './',
  build: {
    target: 'es2020',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1' },
});
