// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports flow one way: shared → features → app. Features do not reach into each other. */
const features = ['overview', 'map', 'charts', 'ledger', 'entry', 'presentation', 'import'];
const boundaryZones = [
  ...['components', 'api', 'i18n', 'config', 'filters', 'lib'].map((shared) => ({
    target: `./src/${shared}`,
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app shell.',
  })),
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature must not import another feature; move the shared piece to src/.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not import the app shell.',
  },
  {
    target: './mocks',
    from: ['./src/features', './src/app', './src/components'],
    message: 'The embedded backend depends on the contract only.',
  },
  {
    target: './src',
    from: './mocks',
    except: ['./embedded-backend.ts'],
    message: 'The app reaches the embedded backend only through HTTP (and main.tsx starts it).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-tiles',
      'coverage',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'docs/screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { maxDepth: 8 }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML strings: names and notes come from users.',
        },
      ],
    },
  },
  {
    // Only main.tsx may start the embedded backend.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@mocks/*', '../**/mocks/*'], message: 'Talk to the API over HTTP.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'tests/e2e/**/*.ts', 'tests/bench/**/*'],
    languageOptions: { globals: { ...globals.node } },
  },
);
