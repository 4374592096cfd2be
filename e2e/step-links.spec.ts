import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';

test.use({ viewport: { width: 390, height: 844 } });
const section = content.sections.find((s) => s.steps.length >= 4)!;
const first = content.sections
  .slice(0, content.sections.indexOf(section))
  .reduce((n, s) => n + s.steps.length, 0);

test('?step=n opens that step directly, with its view', async ({ page }) => {
  await page.goto(`/s/${section.slug}/?step=3`);
  const step = page.locator(`[data-step="${first + 2}"]`);
  await expect(step).toHaveClass(/is-active/);
  await expect(step).toBeInViewport();
  await expect(page.locator('.map-description')).toContainText(section.steps[2]!.map.description);
});

test('out-of-range and malformed step numbers land on the nearest step', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto(`/s/${section.slug}/?step=99`);
  await expect(page.locator(`[data-step="${first + section.steps.length - 1}"]`)).toHaveClass(
    /is-active/,
  );
  for (const bad of ['0', '-2', 'abc', '%3Cscript%3E', '1e3']) {
    await page.goto(`/s/${section.slug}/?step=${bad}`);
    await expect(page.locator(`[data-step="${first}"]`)).toHaveClass(/is-active/);
  }
  expect(problems).toEqual([]);
});

test('the address follows the reader without adding history entries', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const historyLength = await page.evaluate(() => history.length);
  await page.mouse.move(195, 600);
  // Forty notches, each taken before the next: the page has moved, or has reached its end.
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 350);
    await page.waitForFunction(
      (before) =>
        scrollY !== before || scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
      y,
    );
  }
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/s\/[a-z0-9-]+\/$/);
  const active = page.locator('.step.is-active');
  const activeIndex = Number(await active.getAttribute('data-step'));
  const steps = content.sections.flatMap((s) => s.steps.map((_, i) => ({ slug: s.slug, i })));
  const expected = steps[activeIndex]!;
  await expect
    .poll(() => {
      const u = new URL(page.url());
      return u.pathname + u.search;
    })
    .toBe(`/s/${expected.slug}/${expected.i > 0 ? `?step=${expected.i + 1}` : ''}`);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  // The copied address opens where the reader was.
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator(`[data-step="${activeIndex}"]`)).toHaveClass(/is-active/);
});

test('the embed opens the step a host asks for', async ({ page }) => {
  await page.goto(`/embed/${section.slug}/?step=2`);
  await expect(page.locator('.embed-step.is-current .step-text')).toHaveText(
    section.steps[1]!.text,
  );
});
