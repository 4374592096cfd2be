import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';

test.use({ viewport: { width: 390, height: 844 } });

for (const section of content.sections) {
  test(`/s/${section.slug}/ lands on its section with its map view`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(`/s/${section.slug}/`);
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeInViewport();
    await expect(page).toHaveTitle(
      new RegExp(`^${section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    const firstView = section.steps[0]?.map.description ?? '';
    await expect(page.locator('.map-description')).toContainText(firstView);
    // Still on the right view once scripts have settled (no jump back to the story's start).
    await waitForHydration(page);
    await expect(page.locator('.map-description')).toContainText(firstView);
    expect(problems).toEqual([]);
  });
}
