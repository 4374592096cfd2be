/**
 * The single-file article (/download/<id>.html, one per edition): opened from a disk, as a
 * reader who saved it, carried it on a USB stick or got it in a message would, it loads nothing,
 * holds the whole article with every map, names where it lives online, and passes axe. The site's
 * /read/ and /sources/ pages link to it. Its byte budget is in budgets.spec.ts.
 */
import { axeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pathsFor } from '../src/address/paths.ts';
import { collectProblems } from './page-errors.ts';
import { editions, prefixOf } from './story-content.ts';

/** A built page's canonical address, as its <link rel="canonical"> gives it. */
const canonicalOf = (path: string): string => {
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`dist${path} names no canonical address`);
  return href;
};
/** Where the build says the site lives (origin and base folder): the story's canonical address. */
const siteRoot = canonicalOf('/');

/** The file as a reader opens it from disk: every request the page makes, and its problems. */
async function openFile(page: Page, file: string) {
  const url = pathToFileURL(join(process.cwd(), 'dist', file)).href;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const problems = collectProblems(page);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return { url, requests, problems };
}

for (const edition of editions) {
  const paths = pathsFor(edition.locale);
  const file = paths.download();
  const { ui } = edition;

  test(`${file} opens from disk with no request but itself, the whole article in it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { url, requests, problems } = await openFile(page, file);
    expect(requests).toEqual([url]);
    // A blocked load would be a console error (the file's policy forbids every request).
    expect(problems).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.locale.lang);
    await expect(page.locator('script, link, img, iframe, object, embed')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: edition.story.title })).toBeVisible();
    for (const section of edition.sections)
      await expect(
        page.getByRole('heading', { level: 2, name: section.title, exact: true }),
      ).toBeAttached();
    await expect(
      page.getByRole('heading', { level: 2, name: edition.story.closing.title, exact: true }),
    ).toBeAttached();
    await expect(
      page.getByRole('heading', { level: 2, name: ui.notesTitle, exact: true }),
    ).toBeAttached();
    // Every map of /read/, drawn: a still SVG per step, with its shapes.
    const read = readFileSync(join('dist', paths.read(), 'index.html'), 'utf8');
    const readMaps = (read.match(/<svg\b[^>]*\brole="img"/g) ?? []).length;
    expect(readMaps).toBe(edition.sections.reduce((n, s) => n + s.steps.length, 0));
    await expect(page.locator('svg[role="img"]')).toHaveCount(readMaps);
    expect(await page.locator('svg[role="img"] path').count()).toBeGreaterThan(readMaps * 5);
    const firstMap = await page.locator('svg[role="img"]').first().boundingBox();
    expect(firstMap?.width).toBeGreaterThan(300);
  });

  test(`${file} names its build day and its addresses; its links work away from the site`, async ({
    page,
  }) => {
    await openFile(page, file);
    const note = page.locator('.file-copy');
    await expect(note).toBeVisible();
    // "Built on <the day>", the day as the edition writes dates, and machine-readable.
    const day = await note.locator('time').getAttribute('datetime');
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shown = new Intl.DateTimeFormat(edition.locale.intl, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`));
    await expect(note.locator('p').first()).toHaveText(ui.fileBuilt.replace('{date}', shown));
    // The article's canonical address (where corrections land) and the sources page's, whole.
    for (const path of [paths.read(), paths.sources()]) {
      const address = canonicalOf(path);
      await expect(note.getByRole('link', { name: address, exact: true })).toHaveAttribute(
        'href',
        address,
      );
    }
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
    const reportUrls = Object.values(edition.reports).map((r) => r.url);
    const lost = hrefs.filter((href) => {
      // In the file: the target is in the file.
      if (href.startsWith('#')) return !ids.has(decodeURIComponent(href.slice(1)));
      // The live site: absolute, from the build's origin, to a page or file it wrote.
      if (href.startsWith(siteRoot)) {
        const rest = new URL(href).pathname.slice(new URL(siteRoot).pathname.length);
        return !existsSync(
          join('dist', rest, rest === '' || rest.endsWith('/') ? 'index.html' : ''),
        );
      }
      // A report's page, as the notes cite it (a capture link opens it at the passage).
      return !reportUrls.some((u) => href === u || href.startsWith(`${u}#:~:text=`));
    });
    expect(hrefs.length).toBeGreaterThan(50);
    expect(hrefs.filter((h) => h.startsWith(siteRoot)).length).toBeGreaterThan(3);
    expect(lost).toEqual([]);
  });

  test(`${file} prints like /read/: the handout rules are in the file`, async ({ page }) => {
    await openFile(page, file);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.read-switch')).toBeHidden();
    await expect(page.locator('.file-copy')).toBeVisible();
    await expect(page.locator('svg[role="img"]').first()).toBeVisible();
  });

  // At a phone's width, where a file passed on in a messaging app is opened; one edition's file.
  // Every edition's file is the one template around its /read/ article, and axe reads each
  // edition's /read/ (a11y.spec.ts): over the article it takes 15–20 s an edition.
  if (edition === editions[0])
    test(`axe finds nothing in ${file} at 390px`, async ({ page }) => {
      // The article and its evidence notes are a large page: axe takes about 17 s over it on an
      // idle machine, and past a minute on a busy one.
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await openFile(page, file);
      expect(await axeViolations(page)).toEqual([]);
    });

  for (const from of [paths.read(), paths.sources()])
    test(`${from} links to ${file}, which the site serves`, async ({ page, request }) => {
      await page.goto(from);
      const link = page.getByRole('link', { name: ui.downloadArticle, exact: true });
      await expect(link).toHaveAttribute('href', file);
      await expect(link).toHaveAttribute('download', '');
      const response = await request.get(file);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      expect(await response.text()).toBe(readFileSync(join('dist', file), 'utf8'));
    });
}

test('each edition has its own file, in its folder, named by its id', () => {
  expect(editions.map((e) => pathsFor(e.locale).download())).toEqual(
    editions.map((e) => `${prefixOf(e)}/download/${e.locale.id}.html`),
  );
});
