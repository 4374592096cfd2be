import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { onePagePerKind } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';

const pages = onePagePerKind(3);

for (const path of pages) {
  test(`${path} hydrates without mismatch warnings or errors`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(path);
    await waitForHydration(page);
    // Hydrated: React has attached to the prerendered page.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')),
        ),
      )
      .toBe(true);
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  });
}
