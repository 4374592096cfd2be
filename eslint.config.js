import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries from the house style: map math and scroll math stay pure, data stays in
 * src/content.
 */
const noReact = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'framer-motion'],
      message: 'Pure files (map math, scroll math, the address codec) must not depend on React.',
    },
  ],
};
/**
 * Reading addresses is the server's job (react-router's matching, src/address/parse-address.ts):
 * react-router ships as one module, about 14 KB gzipped, and a page carries its own address.
 */
const serverOnly = {
  group: ['react-router', '**/parse-address.ts', './parse-address.ts'],
  message: 'Browser code never parses an address: read the page from usePageLocation().page.',
};
const noData = { group: ['**/data/**', '../../data/*'], message: 'Only src/content reads data/.' };
const noBuild = { group: ['**/build/**'], message: 'App code never imports build scripts.' };

/**
 * The app's layers, top to bottom: a folder imports only from folders in lower layers (and from
 * itself). Entry files (src/*.tsx) sit above all; src/build is apart (it may read any of these,
 * and none of them reads it).
 */
const LAYERS = [
  ['routes'],
  ['components'],
  ['provenance'],
  ['content', 'embed', 'offline'],
  ['geo', 'scroll', 'address'],
];
/** Files that are pure functions: no React, so node scripts and workers can run them. */
const PURE = [
  'src/geo/**/*.ts',
  'src/address/*.ts',
  'src/scroll/pick-active.ts',
  'src/offline/*.ts',
];
const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
/** The one app file that imports react-router: server side only (see serverOnly). */
const SERVER_PARSER = 'src/address/parse-address.ts';

const layerRule = (folder, rank, pure, browser = true) => {
  const above = LAYERS.slice(0, rank + 1)
    .flat()
    .filter((f) => f !== folder);
  const below = `src/${folder} is below ${above.map((f) => `src/${f}`).join(', ') || 'nothing'}`;
  return [
    'error',
    {
      patterns: [
        ...(folder === 'content' ? [noBuild] : [noData, noBuild]),
        ...(browser ? [serverOnly] : []),
        ...(pure ? noReact.patterns : []),
        {
          group: [...above.map((f) => `**/${f}/**`), '**/src/*.tsx', '../*.tsx', '../../*.tsx'],
          message: `${below} and the entry files: import downhill only.`,
        },
      ],
    },
  ];
};
const layerRules = LAYERS.flatMap((layer, rank) =>
  layer.flatMap((folder) => [
    {
      files: [`src/${folder}/**/*.{ts,tsx}`],
      ignores: [...TESTS, SERVER_PARSER],
      rules: { 'no-restricted-imports': layerRule(folder, rank, false) },
    },
    {
      files: PURE.filter((glob) => glob.startsWith(`src/${folder}/`)),
      ignores: [...TESTS, SERVER_PARSER],
      rules: { 'no-restricted-imports': layerRule(folder, rank, true) },
    },
  ]),
).filter((block) => block.files.length > 0);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'node_modules',
      '.cache',
      'test-results',
      '*.tmp.mjs',
      '*.tmp.ts',
      '.bench',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Prettier wraps code at 100 columns; this holds the strings and comments it cannot wrap.
      'max-len': ['error', { code: 100, tabWidth: 2 }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/**', 'src/build/**', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noData, noBuild, serverOnly] }],
    },
  },
  {
    files: ['src/entry-server.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noData, noBuild] }] },
  },
  ...layerRules,
  {
    // Its own layer rule, less the ban on react-router it exists to hold.
    files: [SERVER_PARSER],
    rules: {
      'no-restricted-imports': layerRule('address', LAYERS.length - 1, false, false),
    },
  },
  {
    files: ['src/content/read-content-files.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // No import cycles among the app's and the build's files.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
