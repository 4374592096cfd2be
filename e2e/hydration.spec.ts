import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { onePagePerKind, slugs } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';

const pages = onePagePerKind(3);

for (const path of pages) {
  test(`${path} hydrates without mismatch warnings or errors`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(path);
    await waitForHydration(page);
    // Hydrated: React has attached and the router handles in-app links.
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

test('in-app navigation sets the title, starts at the top or #fragment, focuses main', async ({
  page,
}) => {
  await page.goto(`/s/${slugs[5]}/`);
  await waitForHydration(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page).toHaveTitle(/^Sources/);
  await expect(page.locator('main')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await page.locator('.step-sources a').first().click();
  await expect(page).toHaveURL(/\/sources\/#report-/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('arriving at the story by in-app navigation draws the map (geometry loads on demand)', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('/sources/');
  await waitForHydration(page);
  await page.locator('.site-name').click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => page.locator('.story-map svg path').count()).toBeGreaterThan(40);
  expect(problems).toEqual([]);
});
