/**
 * schema.org JSON-LD, as the built pages carry it: the story, every section and the article, in
 * every edition, have one `<script type="application/ld+json">`, valid JSON in the page's
 * language at the page's canonical address, in the body after the page's words and data (so the
 * first screen's bytes stay as they were); no other kind of page has one. It is a data block:
 * the CSP, which allows no inline script, raises nothing while the page loads and hydrates.
 * (What it says is tested on the content in src/routes/json-ld.test.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { formatAddress } from '../src/address/address.ts';
import { pageKinds, type PageKind } from '../src/address/page-kinds.ts';
import { collectProblems } from './page-errors.ts';
import { waitForHydration } from './page-ready.ts';
import { editions, slugs } from './story-content.ts';
import { escapeRegExp } from './escape-regexp.ts';

const CARRIERS: readonly PageKind[] = ['story', 'section', 'read'];

/** The page's JSON-LD blocks as written, and its canonical address. */
async function structuredData(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').evaluateAll((els) =>
    els.map((el) => {
      const root = document.getElementById('root');
      // In the body, after the page's words (#root) and the edition's data.
      const after = (other: Element | null) =>
        other !== null &&
        (other.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
        !other.contains(el);
      return {
        afterWords:
          el.parentElement === document.body &&
          after(root) &&
          after(document.getElementById('page-data')),
        text: el.textContent ?? '',
      };
    }),
  );
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  return { blocks, canonical };
}

for (const edition of editions) {
  for (const kind of pageKinds.filter((k) => k.kind !== 'not-found')) {
    const path = formatAddress({ kind: kind.kind, locale: edition.locale.path, slug: slugs[0] });
    const carries = CARRIERS.includes(kind.kind);
    test(
      `${path} (${kind.kind}, ${edition.locale.lang}) ` +
        `${carries ? 'carries its JSON-LD' : 'carries no JSON-LD'}`,
      async ({ page }) => {
        const problems = collectProblems(page);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await waitForHydration(page);
        const { blocks, canonical } = await structuredData(page);
        expect(blocks).toHaveLength(carries ? 1 : 0);
        for (const block of blocks) {
          expect(block.afterWords).toBe(true);
          const ld = JSON.parse(block.text) as Record<string, unknown>;
          expect(ld['@context']).toBe('https://schema.org');
          expect(ld['@type']).toBe('Article');
          expect(ld.inLanguage).toBe(edition.locale.lang);
          expect(ld.url).toBe(canonical);
        }
        // A data block is never run: the CSP (no inline script) has nothing to report.
        expect(problems).toEqual([]);
      },
    );
  }
}

test(
  'every section page in every edition carries JSON-LD at its canonical address, in its ' +
    'language',
  async ({ request }) => {
    for (const edition of editions) {
      for (const slug of slugs) {
        const path = formatAddress({ kind: 'section', locale: edition.locale.path, slug });
        const html = await (await request.get(path)).text();
        const blocks = [
          ...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g),
        ].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
        const canonical = /<link rel="canonical" href="([^"]+)"\/>/.exec(html)?.[1];
        expect(
          blocks.map((ld) => [ld['@context'], ld.inLanguage, ld.url]),
          path,
        ).toEqual([['https://schema.org', edition.locale.lang, canonical]]);
        expect(canonical, path).toMatch(new RegExp(`${escapeRegExp(path)}$`));
      }
    }
  },
);
