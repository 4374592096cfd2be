import { defineConfig } from 'vitest/config';
import { quotePassagesModule } from './src/build/quote-passages-plugin.ts';
import { mapStyleModule } from './src/build/map-style-plugin.ts';

export default defineConfig({
  // The server entry's pages are rendered in tests too (the fixture edition): it reads this module.
  plugins: [quotePassagesModule(), mapStyleModule()],
  define: { __SITE_ORIGIN__: JSON.stringify('https://example.org') },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Some tests render every map frame or every social card: on a busy 2-core machine they take
    // longer than vitest's 5 s default, which is a timeout, not a failure.
    testTimeout: 30_000,
  },
});
