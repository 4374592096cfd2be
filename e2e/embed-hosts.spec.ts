import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { Server } from 'node:http';
import { hostPages, startHost, stopHost, wordpressFiles } from './host-pages.ts';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import { wordpressEmbedFor, wordpressPostPage } from './wordpress.ts';

const section = content.sections.find((s) => s.steps.length >= 3)!;
let pagesHost: { server: Server; origin: string } | undefined;

test.beforeAll(async ({ baseURL }) => {
  const wordpress = wordpressPostPage({
    embedHtml: await wordpressEmbedFor(baseURL!, section.slug, 'Ab12Cd34Ef'),
    wpEmbed: 'head',
  });
  pagesHost = await startHost({
    ...hostPages(`${baseURL}/embed/${section.slug}/`, `${baseURL}/embed.js`),
    ...wordpressFiles(),
    '/wordpress.html': wordpress,
  });
});
test.afterAll(() => stopHost(pagesHost));

test.use({ viewport: { width: 700, height: 900 } });

/**
 * Notices Chromium itself prints about the host's iframe policy, not errors of the embed:
 * desktop Chromium has no Web Share (so `allow="web-share"` is "unrecognized"). A sandbox
 * without clipboard permission is not one: the embed asks before it copies (copy-text.ts).
 */
const BROWSER_NOTICES = [/Unrecognized feature: 'web-share'/];

async function expectSizedToContent(iframe: Locator, frame: FrameLocator) {
  await expect(frame.getByRole('heading', { level: 1, name: section.title })).toBeAttached();
  // The iframe grows to the embed's own height, and the embed has no inner scrollbar.
  await expect
    .poll(
      async () => {
        const outer = (await iframe.boundingBox())?.height ?? 0;
        const inner = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
        return Math.abs(outer - inner);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);
  const overflow = await frame
    .locator('html')
    .evaluate((html) => html.scrollHeight - html.clientHeight);
  expect(overflow).toBeLessThanOrEqual(1);
}

async function expectStepperWorks(page: Page, frame: FrameLocator) {
  const current = frame.locator('.embed-step.is-current .step-text');
  await expect(current).toHaveText(section.steps[0]!.text);
  await frame.getByRole('button', { name: /next/i }).click(); // tap
  await expect(current).toHaveText(section.steps[1]!.text);
  await frame.getByRole('button', { name: /next/i }).focus();
  await page.keyboard.press('ArrowRight'); // keyboard
  await expect(current).toHaveText(section.steps[2]!.text);
  await page.keyboard.press('Home');
  await expect(current).toHaveText(section.steps[0]!.text);
  await expect(frame.locator('.embed-dot').first()).toHaveAttribute('aria-current', 'step');
}

for (const [name, path] of [
  ['our loader (embed.js)', '/loader.html'],
  ['Pym.js', '/pym.html'],
  ['WordPress (its own wp-embed.js)', '/wordpress.html'],
] as const) {
  test(`embedded via ${name}: sizes itself and steps by tap and keyboard`, async ({ page }) => {
    const problems = collectProblems(page, BROWSER_NOTICES);
    await page.goto(`${pagesHost!.origin}${path}`);
    const iframe = page.locator('iframe').first();
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe');
    await expectSizedToContent(iframe, frame);
    await expectStepperWorks(page, frame);
    await expectSizedToContent(iframe, frame);
    expect(problems).toEqual([]);
  });
}

test('in sandbox="allow-scripts" (no same origin): renders and steps with no page errors', async ({
  page,
}) => {
  const problems = collectProblems(page, BROWSER_NOTICES);
  await page.goto(`${pagesHost!.origin}/sandboxed.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.story-map svg path').first()).toBeVisible();
  await expectStepperWorks(page, frame);
  await frame.getByRole('button', { name: content.ui.share }).click();
  await expect(frame.getByRole('textbox')).toHaveValue(new RegExp(`/s/${section.slug}/`));
  expect(problems).toEqual([]);
});

test('the loader refuses addresses that are not this site’s embeds', async ({
  page,
  baseURL,
  host,
}) => {
  const withOptions = `${baseURL}/embed/${section.slug}/?theme=dark&onload=alert(1)`;
  const pages = {
    '/bad.html': `<!doctype html><html lang="en"><head><title>x</title></head><body>
      <div data-defector-route-src="javascript:alert(1)"></div>
      <div data-defector-route-src="https://evil.example/embed/x/"></div>
      <div data-defector-route-src="${baseURL}/s/${section.slug}/"></div>
      <div data-defector-route-src="${withOptions}"></div>
      <script async src="${baseURL}/embed.js"></script></body></html>`,
  };
  await page.goto(`${await host(pages)}/bad.html`);
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect(page.locator('iframe')).toHaveAttribute(
    'src',
    `${baseURL}/embed/${section.slug}/?theme=dark`,
  );
});
