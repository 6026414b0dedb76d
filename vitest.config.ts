import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { geoPlugin } from './scripts/vite-plugin-geo.ts';

export default defineConfig({
  plugins: [geoPlugin(), react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
