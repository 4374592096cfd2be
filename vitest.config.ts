import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SITE_ORIGIN__: JSON.stringify('https://example.org') },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
