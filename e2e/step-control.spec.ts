/**
 * The keyboard's way through the story: from the first step to the last and back with the step
 * control alone, the focus always on a visible control that nothing covers, the map following;
 * and one live region on every page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { editions, onePagePerKind, prefixOf } from './story-content.ts';
import { waitForHydration, waitForScrollRest } from './page-ready.ts';

/**
 * The focused element is on screen and on top: the point at its middle hits it. Polled: a page
 * gliding there (smooth scrolling) can pause a frame or two on a busy machine before it moves.
 */
async function expectVisibleFocus(page: Page, control: Locator) {
  await expect(control).toBeFocused();
  await expect
    .poll(
      () =>
        control.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const inView =
            box.width >= 24 && box.height >= 24 && box.top >= 0 && box.bottom <= window.innerHeight;
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return inView && !!hit && el.contains(hit);
        }),
      { message: 'the focused control is in view and nothing covers it' },
    )
    .toBe(true);
  await waitForScrollRest(page);
}

const control = (page: Page, step: number, go: 'previous' | 'next') =>
  page.locator(`.step[data-step="${step}"] [data-go="${go}"]`);

for (const edition of editions) {
  const count = edition.sections.reduce((n, s) => n + s.steps.length, 0);

  test(`${edition.locale.id}: first step to last and back by the step control alone`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${prefixOf(edition)}/`);
    await waitForHydration(page);

    // From the top of the page, Tab reaches the first step's control before its links.
    const first = control(page, 0, 'previous');
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expectVisibleFocus(page, first);
    await expect(first).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, control(page, 0, 'next'));

    for (let step = 1; step < count; step += 1) {
      await page.keyboard.press('Enter');
      await expectVisibleFocus(page, control(page, step, 'next'));
      await expect(page.locator('.step.is-active')).toHaveAttribute('data-step', String(step));
    }
    // The last step: Next is there, disabled, and keeps the focus.
    const last = control(page, count - 1, 'next');
    await expect(last).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expectVisibleFocus(page, last);

    // Back: Shift+Tab to Previous, then step by step to the first.
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocus(page, control(page, count - 1, 'previous'));
    for (let step = count - 2; step >= 0; step -= 1) {
      await page.keyboard.press('Enter');
      await expectVisibleFocus(page, control(page, step, 'previous'));
    }
    await expect(page.locator('.step.is-active')).toHaveAttribute('data-step', '0');
    // The next Tab goes on into the first step's own words, not back to the top.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('.step[data-step="0"] :focus:not([data-go])')).toHaveCount(1);
  });
}

test('the control glides to the next step, and the map follows it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForHydration(page);
  await control(page, 0, 'next').focus();
  const description = page.locator('.map-description');
  for (const step of [1, 2, 3]) {
    await page.keyboard.press('Enter');
    await expectVisibleFocus(page, control(page, step, 'next'));
    const words = await page
      .locator(`.step[data-step="${step}"] .visually-hidden`)
      .first()
      .textContent();
    await expect(description).toHaveText(words!.trim());
  }
});

test('without scripts there is no control that does nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.step').first()).toBeVisible();
  await expect(page.locator('.step-control')).toHaveCount(0);
  await context.close();
});

test('every page kind has one live region, and it starts silent', async ({ page }) => {
  for (const path of onePagePerKind(3)) {
    await page.goto(path);
    await waitForHydration(page);
    const regions = page.locator('[aria-live], [role="status"], [role="alert"], [role="log"]');
    await expect(regions, path).toHaveCount(1);
    await expect(regions, path).toHaveText('');
  }
});
