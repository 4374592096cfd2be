import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { formatAddress } from '../src/address/address.ts';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';
import { escapeRegExp } from './escape-regexp.ts';

for (const section of content.sections) {
  test(`/embed/${section.slug}/ renders the section with a link to the full story`, async ({
    page,
  }) => {
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
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(problems).toEqual([]);
  });
}

/** The step with the longest quote: the first to be cut short when room runs out. */
const longest = content.sections
  .flatMap((section) =>
    section.steps.flatMap((step, index) => step.quotes.map((quote) => ({ section, index, quote }))),
  )
  .sort((a, b) => b.quote.text.length - a.quote.text.length)[0]!;

test('out of room, a long quote is cut short, with a disclosure that works by keyboard', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(
    formatAddress({ kind: 'embed', slug: longest.section.slug, stepIndex: longest.index }),
  );
  const quote = page.locator('.embed-step.is-current .quote', { hasText: longest.quote.text });
  await expect(page.locator('.embed-step.is-current .step-text')).toHaveText(
    longest.section.steps[longest.index]!.text,
  );
  // A reader's larger text leaves less room: the card measures itself again, shrinks the map
  // and cuts the quote.
  await page.addStyleTag({ content: 'html { font-size: 130%; }' });
  await expect(quote).toHaveClass(/is-clamped/);
  const text = quote.locator('blockquote p');
  const cut = () => text.evaluate((p) => p.scrollHeight - p.clientHeight);
  expect(await cut()).toBeGreaterThan(0);
  const height = () => page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const clamped = await height();
  // The whole quote is in the page for screen readers either way.
  await expect(text).toHaveText(longest.quote.text);
  const axe = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const button = quote.getByRole('button', { name: content.ui.quoteMore });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toHaveAttribute(
    'aria-controls',
    (await quote.locator('blockquote').getAttribute('id'))!,
  );
  await button.focus();
  await page.keyboard.press('Enter');
  const less = quote.getByRole('button', { name: content.ui.showLess });
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  await expect(less).toBeFocused();
  await expect.poll(cut).toBeLessThanOrEqual(0);
  expect(await height()).toBeGreaterThan(clamped);
  await page.keyboard.press(' ');
  await expect(quote.getByRole('button', { name: content.ui.quoteMore })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect.poll(cut).toBeGreaterThan(0);
  expect(await height()).toBe(clamped);
  expect(problems).toEqual([]);
});

test('the stepper keeps keyboard focus at either end of the steps', async ({ page }) => {
  const section = content.sections.find((s) => s.steps.length >= 2)!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/embed/${section.slug}/`);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  const stepper = page.getByRole('navigation', { name: content.ui.stepsLabel });
  const next = stepper.getByRole('button', { name: content.ui.nextStep });
  const previous = stepper.getByRole('button', { name: content.ui.prevStep });
  await next.focus();
  for (let i = 1; i < section.steps.length; i++) await page.keyboard.press('Enter');
  await expect(page.locator('.embed-step.is-current')).toHaveCount(1);
  await expect(page.locator('.embed-step').last()).toHaveClass(/is-current/);
  // At the end: still focused, announced as unavailable, and pressing it changes nothing.
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator('.embed-step').last()).toHaveClass(/is-current/);
  await expect(next).toBeFocused();
  // Back to Previous from the keyboard alone (past one dot per step), then the other end.
  for (let i = 0; i <= section.steps.length; i++) await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < section.steps.length; i++) {
    await expect(previous).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.embed-step').first()).toHaveClass(/is-current/);
  await expect(previous).toBeFocused();
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
});

test('the embed codes: copy buttons, and a preview fetched only on opening', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const section = content.sections[0]!;
  await page.goto(`/s/${section.slug}/`);
  await waitForHydration(page);
  const details = page.locator(`#section-${section.slug} details.embed-code`);
  // Nothing is fetched for the preview until the reader opens the codes.
  await expect(details.locator('iframe')).toHaveCount(0);
  await details.locator('summary').click();
  const preview = details.locator('iframe.embed-code-preview');
  await expect(preview).toHaveAttribute('src', `/embed/${section.slug}/`);
  await expect(preview).toHaveAttribute('title', new RegExp(escapeRegExp(section.title)));
  const iframeCode = details.locator('textarea').nth(2);
  const copy = details.locator('.snippet').nth(2).getByRole('button', { name: content.ui.copy });
  await copy.click();
  await expect(details.locator('.snippet').nth(2).getByRole('button')).toHaveText(
    content.ui.copied,
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await iframeCode.inputValue(),
  );
  await expect(page.getByRole('status')).toHaveText(content.ui.copied);
  // Closing and opening again keeps the one preview.
  await details.locator('summary').click();
  await details.locator('summary').click();
  await expect(details.locator('iframe')).toHaveCount(1);
});

test('without scripts the embed codes are there to select, with no copy button', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/s/${content.sections[0]!.slug}/`);
  const details = page.locator('details.embed-code').first();
  await details.locator('summary').click();
  await expect(details.locator('textarea').first()).toHaveValue(/<div data-defector-route-src=/);
  await expect(details.getByRole('button')).toHaveCount(0);
  await context.close();
});
