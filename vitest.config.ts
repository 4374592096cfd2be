import { defineConfig } from 'vitest/config';
import { quotePassagesModule } from './src/build/quote-passages-plugin.ts';

export default defineConfig({
  // The server entry's pages are rendered in tests too (the fixture edition): it reads this module.
  plugins: [quotePassagesModule()],
  define: { __SITE_ORIGIN__: JSON.stringify('https://example.org') },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
