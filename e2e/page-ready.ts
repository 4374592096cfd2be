import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the page is live: the app sets data-hydrated on <html> once it has hydrated. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 15_000 });
}

/**
 * Makes story step `index` (0-based, in reading order) the active one as a keyboard reader does,
 * by focusing its first link, and waits until the page says so.
 */
export async function activateStep(page: Page, index: number): Promise<Locator> {
  const step = page.locator('.step').nth(index);
  await step.getByRole('link').first().focus();
  await expect(step).toHaveClass(/is-active/);
  return step;
}

/** Waits until the page has stopped scrolling (two frames alike), as a reader pausing would. */
export async function waitForScrollRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const frame = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 2) resolve(true);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * Brings in the map's runtime as a reader's first move does (a key press that scrolls nothing)
 * and waits until it has drawn the whole map. From then on the drawing and its caption are the
 * runtime's: before, the runtime may arrive at any moment (after a quiet spell) and replace the
 * server's caption under a test that reads it.
 */
export async function waitForMapRuntime(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  await expect.poll(() => page.locator('.story-map svg path').count()).toBeGreaterThan(40);
}
