import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import { waitForHydration, waitForScrollRest } from './page-ready.ts';

test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
});

test('on a phone the page fits the width; scrolling moves the graphic through the steps', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  await page.goto('/');
  await waitForHydration(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);

  const description = page.locator('.map-description');
  const views = content.sections.flatMap((s) => s.steps.map((st) => st.map.description));
  await expect(description).toContainText(views[0] ?? '');
  await expect(page.locator('.story-map svg path').first()).toBeVisible();

  // Headless touch gestures do not scroll: use the mouse wheel, a notch at a time, pausing
  // where the page comes to rest, until each step in turn is the active one; its map follows.
  await page.mouse.move(195, 600);
  for (const [i, view] of views.entries()) {
    const step = page.locator(`.step[data-step="${i}"]`);
    for (let n = 0; n < 60 && !(await step.evaluate((el) => el.matches('.is-active'))); n++) {
      await page.mouse.wheel(0, 120);
      await waitForScrollRest(page);
    }
    await expect(step).toHaveClass(/is-active/);
    await expect(description).toContainText(view);
  }
  await expect(page.locator('.step.is-active')).toHaveCount(1);
  expect(problems).toEqual([]);
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`no step is hidden for an entrance animation (reduced motion: ${reducedMotion})`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await page.goto('/');
    await waitForHydration(page);
    // Every step, down to the last far below the fold: no text waits for a scroll to show.
    const hidden = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('.step')).filter(
          (el) => getComputedStyle(el).opacity !== '1' || getComputedStyle(el).transform !== 'none',
        ).length,
    );
    expect(hidden).toBe(0);
  });
}
