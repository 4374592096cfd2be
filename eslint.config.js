import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries from the house style: map math and scroll math stay pure, data stays in src/content. */
const noReact = {
  patterns: [{ group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'framer-motion'], message: 'src/geo and pure scroll logic must not depend on React.' }],
};
const noData = { group: ['**/data/**', '../../data/*'], message: 'Only src/content reads data/.' };
const noBuild = { group: ['**/build/**'], message: 'App code never imports build scripts.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', '.cache', 'test-results', '*.tmp.mjs', '*.tmp.ts', '.bench', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/**', 'src/build/**', 'src/**/*.test.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noData, noBuild] }],
    },
  },
  {
    files: ['src/geo/**/*.ts', 'src/scroll/pick-active.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noReact] },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    ignores: ['src/content/read-content-files.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBuild] }] },
  },
);
