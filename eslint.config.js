// ESLint flat config. Syntax-only (no type information) so `npm run lint` stays fast;
// `tsc --noEmit` does the type checking. Formatting is Prettier's job, so
// eslint-config-prettier comes last and turns off any rule that would fight it.

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layering from './tools/eslint/layering.js';

const root = import.meta.dirname;

const LAYERS = ['core', 'db', 'cli', 'server', 'bench', 'electron', 'renderer', 'e2e', 'tools'];
const SOURCES = `{${LAYERS.join(',')}}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`;

/** DOM globals that must not appear in the Node-only layers (core/, db/). */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'customElements',
  'requestAnimationFrame',
  'alert',
  'confirm',
].map((name) => ({
  name,
  message: `${name} is a DOM global; core/ and db/ run under Node only (see docs/architecture.md).`,
}));

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'out/',
    'build/',
    'coverage/',
    '.vite/',
    'test-results/',
    'playwright-report/',
    'db/schema.sql',
  ]),

  {
    name: 'parallax/files',
    files: [SOURCES, '*.{ts,mts,cts,js,mjs,cjs}'],
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'parallax/defaults',
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  {
    name: 'parallax/layering',
    plugins: { layering },
    rules: { 'layering/imports': ['error', { root }] },
  },

  {
    name: 'parallax/node-only-layers',
    files: ['core/**', 'db/**'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  },

  {
    name: 'parallax/renderer',
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    // Build configuration beside the renderer (vite.config.ts, …) runs in Node, not in the page.
    name: 'parallax/renderer-build-config',
    files: ['renderer/*.config.{ts,mts,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'layering/imports': 'off' },
  },

  {
    // Playwright specs run in Node but pass callbacks that run in the page.
    name: 'parallax/e2e',
    files: ['e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  prettier,
]);
