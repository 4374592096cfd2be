import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { slugs } from './story-content.ts';

const pages = ['/', `/s/${slugs[3]}/`, `/embed/${slugs[1]}/`, '/sources/', '/no-such-page/'];

for (const path of pages) {
  test(`${path} hydrates without mismatch warnings or errors`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Hydrated: React has attached and the router handles in-app links.
    await expect.poll(() => page.evaluate(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')))).toBe(true);
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  });
}
