import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';

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

  // Headless touch gestures do not scroll: use the mouse wheel.
  await page.mouse.move(195, 600);
  const seen = new Set<string>();
  for (let i = 0; i < 200 && seen.size < views.length; i++) {
    await page.mouse.wheel(0, 350);
    await page.waitForTimeout(60);
    seen.add((await description.textContent()) ?? '');
  }
  const seenViews = views.filter((v) => [...seen].some((t) => t.includes(v)));
  // Every step's view became active on the way down (distinct descriptions only).
  expect(new Set(seenViews).size).toBe(new Set(views).size);
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
