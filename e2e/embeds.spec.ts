import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';

for (const section of content.sections) {
  test(`/embed/${section.slug}/ renders the section with a link to the full story`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(`/embed/${section.slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: section.title })).toBeVisible();
    await expect(page.locator('.embed-step')).toHaveCount(section.steps.length);
    const more = page.getByRole('link', { name: content.ui.fullStory });
    await expect(more).toHaveAttribute('href', `/s/${section.slug}/`);
    await expect(more).toHaveAttribute('target', '_blank');
    // No site navigation in an embed: minimal chrome.
    await expect(page.locator('.site-nav')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(problems).toEqual([]);
  });
}
