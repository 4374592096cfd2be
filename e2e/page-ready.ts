import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

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

/** The paths of the first map drawing in a page's HTML. */
const pathsIn = (html: string) => {
  const at = html.indexOf('class="map-drawing"');
  return at < 0 ? 0 : html.slice(at, html.indexOf('</svg>', at)).split('<path').length - 1;
};

/**
 * Waits until the browser has drawn the map at `url` itself (in `scope`, the page or an embed's
 * frame): more paths than the server drew there. The server's frame is clipped to its view; the
 * runtime draws all the land, for the camera to move over. (A fixed count would not do: the
 * server's frame of `/` has 45 paths, the runtime's 76.)
 */
export async function expectMapDrawnByBrowser(
  page: Page,
  url: string,
  scope: Page | FrameLocator = page,
): Promise<void> {
  const prerendered = pathsIn(await (await page.request.get(url)).text());
  expect(prerendered, `the server drew a map at ${url}`).toBeGreaterThan(0);
  await expect
    .poll(() => scope.locator('.story-map .map-drawing path').count())
    .toBeGreaterThan(prerendered);
}

/**
 * Brings in the map's runtime as a reader's first move does (a key press that scrolls nothing)
 * and waits until it has drawn the map. From then on the drawing and its caption are the
 * runtime's: before, the runtime may arrive at any moment (after a quiet spell) and replace the
 * server's caption under a test that reads it.
 */
export async function waitForMapRuntime(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  const url = new URL(page.url());
  url.hash = '';
  await expectMapDrawnByBrowser(page, url.href);
}
