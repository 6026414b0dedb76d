import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Folders of helpers shared by the map, the timeline and the panels. */
const SHARED = ['i18n', 'clock', 'dom', 'recovery', 'a11y', 'symbols', 'offline', 'kiosk', 'placement'];
/** The features: each may use the model and the shared helpers, not one another or the app. */
const FEATURES = ['map', 'timeline', 'panels'];
const FRAMEWORKS = [
  { group: ['react', 'react-*', 'leaflet', 'react-leaflet', 'node:*'], message: 'The model is plain TypeScript: no React, Leaflet or Node.' },
];
const NODE = [{ group: ['node:*'], message: 'The app runs in the browser.' }];
const forbid = (folders, who) => [
  {
    group: folders.map((f) => `**/${f}/*`),
    message: `${who} may not import from ${folders.join(', ')} (imports point model ← shared ← map/timeline/panels ← app).`,
  },
];
const outside = (folder) => [{ group: ['../*', `!../${folder}/*`], message: `src/${folder} imports only from itself.` }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'screenshots/', 'reports/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Imports point one way: model ← shared helpers ← map / timeline / panels ← app.
  {
    files: ['src/model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...FRAMEWORKS, ...outside('model')] }] },
  },
  {
    files: SHARED.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
    rules: { 'no-restricted-imports': ['error', { patterns: [...NODE, ...forbid(['map', 'timeline', 'panels', 'app'], 'a shared helper')] }] },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NODE, ...forbid([...FEATURES.filter((f) => f !== feature), 'app'], `src/${feature}`)] }],
    },
  })),
);
