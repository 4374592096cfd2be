import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';

/**
 * The page the reader opens hydrates without a router; the first in-app link hands the
 * page over to react-router (fetched on demand), whose pages adopt their words from the
 * prerendered HTML. Back and Forward then work as in any app.
 */
test.use({ viewport: { width: 390, height: 844 } });

test('the first page’s scripts carry no router', () => {
  const html = readFileSync('dist/s/south-korea/index.html', 'utf8');
  const scripts = [
    ...html.matchAll(
      /<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+)"/g,
    ),
  ].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts)
    expect(readFileSync(`dist/${src.replace(/^.*?\/assets\//, 'assets/')}`, 'utf8')).not.toContain(
      'useNavigate() may be used only in the context',
    );
});

test('links move between pages in the same document, with their words, and Back returns', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('/s/south-korea/');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.locator('.site-nav a', { hasText: content.ui.navSources }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.locator('main h1')).toHaveText(content.ui.sourcesTitle);
  await expect(page.locator('.travel-list > li')).toHaveCount(
    Object.keys(content.reports).length + content.travel.upstream.length,
  );
  await expect(page.locator('main')).toBeFocused();

  const section = content.sections[2]!;
  await page.locator('.report-used-in a', { hasText: section.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/s/${section.slug}/$`));
  await expect(page.locator(`#section-${section.slug} .step-text`).first()).toHaveText(
    section.steps[0]!.text,
  );
  await expect(page.locator(`#section-${section.slug}`)).toBeInViewport();

  await page.goBack();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.locator('main h1')).toHaveText(content.ui.sourcesTitle);
  await page.goForward();
  await expect(page.locator(`#section-${section.slug} .step-text`).first()).toHaveText(
    section.steps[0]!.text,
  );
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  expect(problems).toEqual([]);
});
