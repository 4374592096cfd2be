import { axeViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import type { PageKind } from '../src/address/page-kinds.ts';
import { pagesOfEveryKind } from './story-content.ts';
import { activateStep, waitForHydration } from './page-ready.ts';

/**
 * Each kind of page at the widths where its layout differs: the story and a section at a phone's
 * and a desktop's (the wide breakpoint, 56rem in global.css, puts steps and map side by side);
 * an embed in a 320 px column (embed.css narrows it under 22.25rem) and a 600 px one; the
 * sources page, the article and the 404 page, one column at every width, at a phone's. Each axe
 * run over the article takes 15 s on an idle machine.
 */
const WIDTHS: Record<PageKind, readonly number[]> = {
  story: [390, 1280],
  section: [390, 1280],
  embed: [320, 600],
  sources: [390],
  read: [390],
  'not-found': [390],
};

for (const { kind, path } of pagesOfEveryKind(2)) {
  for (const width of WIDTHS[kind]) {
    const viewport = { width, height: width > 1000 ? 800 : 844 };
    test(`axe finds nothing on ${path} at ${viewport.width}px`, async ({ page }) => {
      // The article carries every sentence's evidence note: axe takes about 17 s over it alone.
      test.slow(kind === 'read', 'the article and its evidence notes are a large page');
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
