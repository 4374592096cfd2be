import { axeViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { onePagePerKind } from './story-content.ts';
import { activateStep, waitForHydration } from './page-ready.ts';

const pages = onePagePerKind(2);

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  for (const path of pages) {
    test(`axe finds nothing on ${path} at ${viewport.width}px`, async ({ page }) => {
      // The article carries every sentence's evidence note: axe takes about 17 s over it alone.
      test.slow(path.endsWith('/read/'), 'the article and its evidence notes are a large page');
      await page.setViewportSize(viewport);
      await page.goto(path);
      await waitForHydration(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('keyboard: the skip link is first and moves focus to the story', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to the story/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#story$/);
});

test('keyboard: tabbing through a step moves the graphic to that step', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForHydration(page);
  await activateStep(page, 5);
});
