/**
 * The pages' schema.org JSON-LD, on the real content of every edition: which pages carry it, what
 * it cites, its quotes, its twins, and that every type, property and value keeps to schema.org's
 * vocabulary (src/build/schema-org-vocabulary.ts; the builder's types come from schema-dts too).
 */
import { describe, expect, it } from 'vitest';
import { realFiles } from '../content/edit-real-content.ts';
import { validateContent } from '../content/validate-content.ts';
import type { Content } from '../content/content-types.ts';
import { loadVocabulary, vocabularyProblems } from '../build/schema-org-vocabulary.ts';
import { jsonLdFor } from './json-ld.ts';
import { scriptSafeJson } from '../content/page-data.ts';
import { prerenderPathsFor, twinPath } from '../address/address.ts';
import { pageMetaFor } from './page-meta.ts';
import { absoluteUrl } from '../address/site-base.ts';
import { parseAddress } from '../address/parse-address.ts';

const { editions } = validateContent(realFiles);
if (!editions) throw new Error('data/ does not validate: run npm run check:content');
const [source] = editions;
if (!source) throw new Error('no source edition');

/** A node of the JSON-LD as the page carries it (JSON: no undefined). */
type Node = Record<string, any>;
/** The JSON-LD of a page, as the page's JSON carries it. */
const pageAt = (content: Content, path: string) =>
  parseAddress(
    path,
    content.locales.map((l) => l.path),
  );
const ldOf = (content: Content, path: string): Node | undefined => {
  const ld = jsonLdFor(content, pageAt(content, path));
  return ld === undefined ? undefined : (JSON.parse(JSON.stringify(ld)) as Node);
};
const list = (value: unknown): Node[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as Node];

/** Every page of an edition that must carry JSON-LD, with the steps it draws on. */
function pagesWithJsonLd(content: Content) {
  const prefix = content.locale.path ? `/${content.locale.path}` : '';
  const whole = [content.story.opening, ...content.sections.flatMap((s) => s.steps)];
  return [
    { kind: 'story', path: `${prefix}/`, steps: whole },
    { kind: 'read', path: `${prefix}/read/`, steps: whole },
    ...content.sections.map((s) => ({
      kind: 'section',
      path: `${prefix}/s/${s.slug}/`,
      steps: s.steps,
    })),
  ];
}
const reportsOf = (
  steps: readonly { sources: { report: string }[]; quotes: { report: string }[] }[],
) =>
  new Set(
    steps.flatMap((st) => [...st.sources.map((s) => s.report), ...st.quotes.map((q) => q.report)]),
  );

describe('JSON-LD on every page kind of every edition', () => {
  it('is on the story, every section and the article, in every edition, and nowhere else', () => {
    expect(editions.map((e) => e.locale.lang)).toEqual(['en', 'ko', 'zh-Hans']);
    for (const content of editions) {
      const carrying = pagesWithJsonLd(content).map((p) => p.path);
      expect(carrying).toHaveLength(2 + content.sections.length);
      for (const path of prerenderPathsFor(
        content.sections.map((s) => s.slug),
        [content.locale.path],
      )) {
        expect(ldOf(content, path) !== undefined, path).toBe(carrying.includes(path));
      }
      const prefix = content.locale.path ? `/${content.locale.path}` : '';
      expect(ldOf(content, `${prefix}/404/`)).toBeUndefined();
      expect(ldOf(content, `${prefix}/s/no-such-section/`)).toBeUndefined();
    }
  });

  for (const content of editions) {
    for (const page of pagesWithJsonLd(content)) {
      it(`${page.path}: an Article in ${content.locale.lang}, at its canonical address`, () => {
        const ld = ldOf(content, page.path)!;
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld['@type']).toBe('Article');
        expect(ld.inLanguage).toBe(content.locale.lang);
        expect(ld.url).toBe(
          absoluteUrl(pageMetaFor(pageAt(content, page.path), content).canonicalPath),
        );
        expect(ld['@id']).toBe(ld.url);
        expect(ld.isAccessibleForFree).toBe(true);
        expect(ld.description).toBe(pageMetaFor(pageAt(content, page.path), content).description);
        // The site, by the one name the data gives it: no organisation, person or logo made up.
        expect(ld.publisher).toEqual({
          '@type': 'Organization',
          '@id': `${absoluteUrl(content.locale.path ? `/${content.locale.path}/` : '/')}#site`,
          name: content.ui.siteName,
          url: absoluteUrl(content.locale.path ? `/${content.locale.path}/` : '/'),
        });
        expect(ld.author).toEqual({ '@id': ld.publisher['@id'] });
        expect(ld.datePublished).toBeUndefined();
      });

      it(`${page.path}: cites each report it draws on once, dated only when printed whole`, () => {
        const ld = ldOf(content, page.path)!;
        const expected = reportsOf(page.steps);
        const citations = list(ld.citation);
        expect(citations).toHaveLength(expected.size);
        // The story and the article draw on every report.
        expect(
          page.kind === 'section' || citations.length === Object.keys(content.reports).length,
        ).toBe(true);
        expect(citations.map((c) => c.url).sort()).toEqual(
          [...expected].map((id) => content.reports[id]!.url).sort(),
        );
        for (const citation of citations) {
          const report = Object.values(content.reports).find((r) => r.url === citation.url)!;
          expect(citation['@type']).toBe(report.kind === 'advocacy' ? 'Article' : 'NewsArticle');
          expect(citation.publisher).toEqual({
            '@type': 'Organization',
            name: content.outlets[report.outlet]!.name,
          });
          expect(citation.datePublished).toBe(
            report.date.precision === 'day' ? report.date.value : undefined,
          );
          // A headline the text prints is its headline; one only the capture carried, its name.
          expect([citation.headline, citation.name]).toEqual(
            report.headlineFrom === 'text'
              ? [report.headline, undefined]
              : [undefined, report.headline],
          );
          // The edition's own words say what the record's headline and address are.
          expect(citation.description).toBe(
            report.headlineFrom === 'text'
              ? content.ui.citationHeadlineText
              : content.ui.citationHeadlineCapture,
          );
          expect(citation.author).toEqual(
            report.author === null ? undefined : { '@type': 'Person', name: report.author },
          );
        }
      });

      it(`${page.path}: one Quotation per quote on the page, based on its report`, () => {
        const ld = ldOf(content, page.path)!;
        const quotes = page.steps.flatMap((st) => st.quotes);
        const parts = list(ld.hasPart);
        expect(parts).toHaveLength(quotes.length);
        expect(parts.map((p) => p['@type'])).toEqual(quotes.map(() => 'Quotation'));
        expect(parts.map((p) => p.text)).toEqual(quotes.map((q) => q.text));
        // The speaker as the data describes them, as text: never a Person or a name.
        expect(parts.map((p) => p.creditText)).toEqual(quotes.map((q) => q.speaker));
        expect(parts.filter((p) => 'spokenByCharacter' in p || 'creator' in p)).toEqual([]);
        const citedAt = new Map(list(ld.citation).map((c) => [c['@id'], c.url]));
        expect(parts.map((p) => citedAt.get(p.isBasedOn['@id']))).toEqual(
          quotes.map((q) => content.reports[q.report]!.url),
        );
      });

      it(`${page.path}: keeps to schema.org's vocabulary`, () => {
        expect(vocabularyProblems(vocabulary, ldOf(content, page.path))).toEqual([]);
      });
    }
  }
});

const vocabulary = loadVocabulary();

describe('JSON-LD across editions', () => {
  const [english, korean] = editions;
  it('a translated page is a translation of its English twin, which names every one back', () => {
    const translations = editions.slice(1);
    expect(translations.length).toBeGreaterThan(1);
    for (const translated of translations)
      for (const page of pagesWithJsonLd(translated)) {
        const ld = ldOf(translated, page.path)!;
        const twin = twinPath(page.path, translated.locale.path, english!.locale.path);
        const englishLd = ldOf(english!, twin)!;
        expect(ld.inLanguage).toBe(translated.locale.lang);
        expect(ld.translationOfWork).toEqual({
          '@type': 'Article',
          '@id': englishLd.url,
          url: englishLd.url,
          inLanguage: 'en',
        });
        expect(englishLd.url).toBe(
          absoluteUrl(pageMetaFor(pageAt(english!, twin), english!).canonicalPath),
        );
        expect(list(englishLd.workTranslation)).toContainEqual({
          '@type': 'Article',
          '@id': ld.url,
          url: ld.url,
          inLanguage: translated.locale.lang,
        });
        expect(list(englishLd.workTranslation)).toHaveLength(translations.length);
        expect(englishLd.translationOfWork).toBeUndefined();
        expect(ld.workTranslation).toBeUndefined();
      }
  });

  it("a Korean quote is the site's translation, with the English original word for word", () => {
    const page = pagesWithJsonLd(korean!).find((p) => p.kind === 'story')!;
    const quotes = page.steps.flatMap((st) => st.quotes);
    const parts = list(ldOf(korean!, page.path)!.hasPart);
    expect(quotes.length).toBeGreaterThan(0);
    expect(parts.map((p) => p.translationOfWork)).toEqual(
      quotes.map((q) => ({
        '@type': 'Quotation',
        text: q.original,
        inLanguage: 'en',
        isBasedOn: { '@id': absoluteUrl(`/ko/sources/#report-${q.report}`) },
      })),
    );
    expect(parts.map((p) => [p.inLanguage, p.description, p.translator])).toEqual(
      quotes.map(() => ['ko', korean!.ui.quoteTranslated, { '@id': absoluteUrl('/ko/#site') }]),
    );
    // The English edition's quotes are the reports' own words: no translation claimed.
    expect(
      list(ldOf(english!, '/')!.hasPart).filter(
        (p) => p.translationOfWork !== undefined || p.translator !== undefined,
      ),
    ).toEqual([]);
  });

  it('no report date carries a year its text does not print', () => {
    const undatedUrls = Object.values(source.reports)
      .filter((r) => r.date.precision !== 'day')
      .map((r) => r.url);
    expect(undatedUrls.length).toBeGreaterThan(0);
    for (const content of editions) {
      for (const page of pagesWithJsonLd(content)) {
        const dated = list(ldOf(content, page.path)!.citation).filter(
          (c) => undatedUrls.includes(c.url) && 'datePublished' in c,
        );
        expect(dated, page.path).toEqual([]);
      }
    }
  });
});

describe('corrections', () => {
  const corrections = [
    {
      id: 'first',
      date: '2026-12-01',
      what: "A headline was given as the report's.",
      why: 'Only the captured page carried it.',
    },
    { id: 'second', date: '2026-12-05', what: 'A year was shown.', why: 'The text prints none.' },
  ];
  it('one CorrectionComment per entry of the corrections log, with its date, on every page', () => {
    for (const content of editions) {
      for (const page of pagesWithJsonLd(content)) {
        expect(list(ldOf(content, page.path)!.correction)).toHaveLength(content.corrections.length);
        const ld = ldOf({ ...content, corrections }, page.path)!;
        expect(ld.correction).toEqual([
          {
            '@type': 'CorrectionComment',
            text: "A headline was given as the report's. Only the captured page carried it.",
            datePublished: '2026-12-01',
          },
          {
            '@type': 'CorrectionComment',
            text: 'A year was shown. The text prints none.',
            datePublished: '2026-12-05',
          },
        ]);
        expect(vocabularyProblems(vocabulary, ld)).toEqual([]);
      }
    }
  });
});

describe('the JSON-LD as written into the page (scriptSafeJson)', () => {
  it('is JSON that no "</script>" in the words can end early', () => {
    const ld = jsonLdFor(
      {
        ...source,
        story: { ...source.story, title: 'A </script><script>alert(1)</script> title' },
      },
      { kind: 'story', locale: '' },
    )!;
    const json = scriptSafeJson(ld);
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(ld)));
    expect((JSON.parse(json) as Node).headline).toBe('A </script><script>alert(1)</script> title');
  });
});
