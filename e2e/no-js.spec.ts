import { expect, test } from '@playwright/test';
import { allQuotes, content } from './story-content.ts';

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

test('without JavaScript every step and quote is visible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: content.story.title })).toBeVisible();
  for (const quote of allQuotes) {
    const block = page.locator('blockquote', { hasText: quote.text.slice(0, 60) }).first();
    await block.scrollIntoViewIfNeeded();
    await expect(block).toBeVisible();
    const opacity = await block.evaluate(
      (el) => getComputedStyle(el.closest('.step') ?? el).opacity,
    );
    expect(opacity).toBe('1');
  }
});

test('without JavaScript a deep link opens the story at its section', async ({ page }) => {
  const section = content.sections[4];
  if (!section) throw new Error('need five sections');
  await page.goto(`/s/${section.slug}/`);
  const heading = page.getByRole('heading', { level: 2, name: section.title });
  await expect(heading).toBeInViewport();
  await expect(
    page.getByRole('heading', { level: 1, name: content.story.title }),
  ).not.toBeInViewport();
});
