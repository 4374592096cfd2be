/**
 * Playwright fixtures every spec may use. `host`: starts a host page server on a free port with
 * the given pages (host-pages.ts) and returns its origin; every server a test started is stopped
 * after it, pass or fail.
 */
import { test as base } from '@playwright/test';
import { startHost, stopHost, type HostFile } from './host-pages.ts';

export const test = base.extend<{ host: (pages: Record<string, HostFile>) => Promise<string> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright's signature: no other fixture needed.
  host: async ({}, use) => {
    const started: Awaited<ReturnType<typeof startHost>>[] = [];
    await use(async (pages) => {
      const server = await startHost(pages);
      started.push(server);
      return server.origin;
    });
    await Promise.all(started.map((server) => stopHost(server)));
  },
});

export { expect } from '@playwright/test';
