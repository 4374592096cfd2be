/**
 * `wordpress`: a real WordPress (wordpress-site.ts) for each Playwright worker, started the first
 * time a test of the worker asks for it and stopped when the worker ends; `site`: the origin the
 * build is served at (built-origin.ts), where WordPress discovers its embeds.
 */
import { test as base } from '@playwright/test';
import { builtOrigin } from './built-origin.ts';
import { startWordPress, type WordPressSites } from './wordpress-site.ts';

export const test = base.extend<{ site: string }, { wordpress: WordPressSites }>({
  wordpress: [
    // eslint-disable-next-line no-empty-pattern -- Playwright's signature: no other fixture needed.
    async ({}, use) => {
      const wordpress = await startWordPress();
      await use(wordpress);
      await wordpress.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above.
  site: async ({}, use) => use(builtOrigin()),
});

export { expect } from '@playwright/test';
