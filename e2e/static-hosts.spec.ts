import { expect, test } from './fixtures.ts';
import type { Server } from 'node:http';
import { stopHost, wordpressFiles } from './host-pages.ts';
import { collectProblems } from './page-errors.ts';
import { expectMapDrawnByBrowser } from './page-ready.ts';
import { createSiteServer } from '../src/build/site-server.ts';
import { content, slugs } from './story-content.ts';
import { expectShownAtContentHeight, wordpressEmbedFor, wordpressPostPage } from './wordpress.ts';

/**
 * The built site on a static host that sends no special headers (S3, GitHub Pages, plain
 * nginx): no CSP or CORS headers, no _headers file. Embeds in a sandboxed iframe (an opaque
 * origin, so module scripts would need CORS) must still render and step.
 */
const section = content.sections.find((s) => s.steps.length >= 2)!;
let plain: { server: Server; origin: string } | undefined;

test.beforeAll(async () => {
  const server = createSiteServer({ dist: 'dist', base: '/', plain: true });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  plain = { server, origin: `http://127.0.0.1:${typeof address === 'object' && address?.port}` };
});
test.afterAll(() => stopHost(plain));

test('the server sends no special headers', async ({ request }) => {
  const html = await request.get(`${plain!.origin}/embed/${section.slug}/`);
  const page = await html.text();
  const script = /<script defer="" src="([^"]+)"/.exec(page)?.[1];
  const geometry = /<meta name="explainer-geometry" content="([^"]+)"/.exec(page)?.[1];
  expect(script).toMatch(/^\/assets\/embed-[\w-]+\.js$/);
  expect(geometry).toMatch(/^\/assets\/embed-geo-[\w-]+\.js$/);
  for (const response of [
    html,
    await request.get(`${plain!.origin}${script}`),
    await request.get(`${plain!.origin}${geometry}`),
  ]) {
    expect(response.status()).toBe(200);
    expect(
      Object.keys(response.headers()).filter((h) =>
        /^(access-control-|content-security-policy)/.test(h),
      ),
    ).toEqual([]);
  }
});

test('a sandboxed embed (allow-scripts only) renders and steps, with no page errors', async ({
  page,
  host,
}) => {
  const problems = collectProblems(page);
  const origin = await host({
    '/sandboxed.html':
      `<!doctype html><html lang="en"><head><meta ` +
      `charset="utf-8"><title>Host</title></head><body><iframe sandbox="allow-scripts" ` +
      `src="${plain!.origin}/embed/${section.slug}/" width="600" height="1000" title="Embedded ` +
      `section"></iframe></body></html>`,
    '/favicon.ico': '',
  });
  await page.goto(`${origin}/sandboxed.html`);
  const frame = page.frameLocator('iframe');
  const current = frame.locator('.embed-step.is-current .step-text');
  await expect(current).toHaveText(section.steps[0]!.text);
  await frame.getByRole('button', { name: content.ui.nextStep }).click();
  await expect(current).toHaveText(section.steps[1]!.text);
  // The browser drew the map itself (the prerendered frame is clipped to its view).
  await expectMapDrawnByBrowser(page, `${plain!.origin}/embed/${section.slug}/`, frame);
  expect(problems).toEqual([]);
});

test('a WordPress embed from it shows and sizes itself through wp-embed.js', async ({
  page,
  host,
}) => {
  const problems = collectProblems(page);
  const embedHtml = await wordpressEmbedFor(plain!.origin, section.slug, 'Ab12Cd34Ef');
  const origin = await host({
    ...wordpressFiles(),
    '/post.html': wordpressPostPage({ embedHtml, wpEmbed: 'head' }),
    '/favicon.ico': '',
  });
  await page.goto(`${origin}/post.html`);
  await expect(
    page.frameLocator('iframe').getByRole('heading', { level: 1, name: section.title }),
  ).toBeVisible();
  await expectShownAtContentHeight(page);
  expect(problems).toEqual([]);
});

test('the story works from it: hydrates, draws the map, and unknown paths get 404.html', async ({
  page,
  request,
}) => {
  const problems = collectProblems(page);
  await page.goto(`${plain!.origin}/s/${slugs[1]}/`);
  await expectMapDrawnByBrowser(page, `${plain!.origin}/s/${slugs[1]}/`);
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')),
      ),
    )
    .toBe(true);
  expect(problems).toEqual([]);
  const missing = await request.get(`${plain!.origin}/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain(`href="/s/${slugs[0]}/"`);
});
