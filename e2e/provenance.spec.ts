import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';

/** Where each claim and quote comes from, and the story as a printable article. */

test.use({ viewport: { width: 390, height: 844 } });

test('a step says whom each report credits, and shows the words one tap away', async ({ page }) => {
  await page.goto('/s/no-papers-no-vaccine/?step=2');
  const step = page.locator('.step.is-active');
  await expect(step.locator('.step-claim')).toHaveText(
    'Where this comes from: Mint, CTN News and Voices Against Autocracy, crediting NK news; ' +
      'ANI, crediting Daily NK; Daily NK, undated (its source spoke to Daily NK on 17 ' +
      'September; no year printed).',
  );
  const words = step.locator('.step-evidence');
  await expect(words.locator('.step-evidence-list')).toBeHidden();
  await words.locator('summary').click();
  await expect(words.locator('li')).toHaveCount(5);
  await expect(words.locator('li').first()).toContainText(
    'Mint, crediting NK news: Since the COVID outbreak began',
  );
  // An unsourced sentence says so, and nowhere does the story say its reports confirm one another.
  await page.goto('/s/crossing-the-river/');
  await expect(page.locator('.step[data-step]').first().locator('.step-claim')).toHaveText(
    'Where this comes from: Mint, CTN News and Voices Against Autocracy, citing no source.',
  );
  await expect(page.locator('main')).not.toContainText(/\d+ (sources|reports) confirm/i);
});

test('from a quote in the story, the reader reaches its passage highlighted in the report', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('/s/left-to-the-provinces/');
  const quote = page
    .locator('.step .quote')
    .filter({ hasText: 'There are many Chinese who have received three shots' });
  await quote.getByRole('link', { name: content.ui.quoteInContext }).click();
  await expect(page).toHaveURL(/\/sources\/#passage-left-to-the-provinces-3-1$/);
  const passage = page.locator('#passage-left-to-the-provinces-3-1');
  await expect(passage).toBeInViewport();
  await expect(passage.locator('mark')).toHaveText(
    /^There are many Chinese who have received three shots/,
  );
  // The paragraph is the report's own words, with nothing added around the highlight.
  await expect(passage.locator('p').first()).toContainText(
    'the source said. “There are many Chinese',
  );
  // In context: words of the report around the quote, not just the quote.
  expect(((await passage.locator('p').first().textContent()) ?? '').length).toBeGreaterThan(
    ((await passage.locator('mark').textContent()) ?? '').length,
  );
  expect(problems).toEqual([]);
});

test('from a quote on the sources page, the reader reaches that step in the story', async ({
  page,
}) => {
  await page.goto('/sources/#passage-left-to-the-provinces-3-1');
  await page
    .locator('#passage-left-to-the-provinces-3-1')
    .getByRole('link', { name: /Left to the provinces/ })
    .click();
  await expect(page).toHaveURL(/\/s\/left-to-the-provinces\/\?step=3$/);
  const step = page.locator('.step.is-active');
  await expect(step).toContainText('But in Heilongjiang, Liaoning and Jilin');
  await expect(step).toBeInViewport();
});

test('the travel graph is also a list, and every report on it links to its entry', async ({
  page,
}) => {
  await page.goto('/sources/');
  await expect(page.locator('.travel-list > li')).toHaveCount(
    Object.keys(content.reports).length + content.travel.upstream.length,
  );
  await expect(page.locator('.travel-graph svg .travel-link')).toHaveCount(
    content.travel.links.length,
  );
  // Every link carries the citing report's words, one tap away.
  const mint = page.locator('#travel-mint');
  await expect(mint).toContainText('Mint, 21 January 2023: credits:');
  await mint.locator('summary', { hasText: 'Voice of America' }).click();
  await expect(mint.locator('details[open] q')).toHaveText(
    /according to the US-based Radio Network Voice of America \(VOA\)\.$/,
  );
  // The September report credits no one, and nothing is said to have drawn on it.
  await expect(page.locator('#travel-daily-nk')).toContainText('credits no one: its own reporting');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/read/ and /sources/ are complete', async ({ page }) => {
    await page.goto('/read/');
    const steps = content.sections.reduce((n, s) => n + s.steps.length, 0);
    await expect(page.locator('.read-section h2')).toHaveCount(content.sections.length);
    await expect(page.locator('.read-step svg[role="img"] path').first()).toBeVisible();
    await expect(page.locator('.read-step .story-map')).toHaveCount(steps);
    await expect(page.locator('.read-notes .report-notes > li')).toHaveCount(
      Object.keys(content.reports).length,
    );
    await page.goto('/sources/');
    await expect(page.locator('.passage mark')).toHaveCount(
      content.story.opening.quotes.length +
        content.sections.reduce(
          (n, s) => n + s.steps.reduce((m, st) => m + st.quotes.length, 0),
          0,
        ),
    );
    await expect(page.locator('.travel-list')).toBeVisible();
  });
});

test(
  'printing /read/ gives a handout: every section on its own page, every map, every note, no ' +
    'site chrome',
  async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'PDF printing is Chromium-only');
    await page.goto('/read/');
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    const breaks = await page
      .locator('.read-section')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['page']));
    const sticky = await page
      .locator('main *')
      .evaluateAll(
        (els) =>
          els.filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position)).length,
      );
    expect(sticky).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Title page + one or more pages per section + notes.
    expect(pages).toBeGreaterThanOrEqual(content.sections.length + 2);
    expect(pages).toBeLessThan(60);
  },
);
