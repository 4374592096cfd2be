import { expect, type Page } from '@playwright/test';

/** Waits until the page is live: the app sets data-hydrated on <html> once it has hydrated. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 15_000 });
}
