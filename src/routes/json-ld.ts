/**
 * schema.org JSON-LD for the story (`/`), each section (`/s/<slug>/`) and the article (`/read/`),
 * in every edition. Pure: the server entry builds it for the prerenderer, which writes it as a
 * `<script type="application/ld+json">` (a data block, never run, so the CSP's "no inline
 * script" holds) last in the page's body: crawlers read it anywhere, and in <head> it would push
 * the first map frame out of the first 14 KB. Only the server imports this file: no page script
 * carries these words.
 *
 * What it says, and what it leaves out:
 * - The page is an `Article`, not a `NewsArticle`: it is an explainer that retells five news
 *   reports, with no newsroom, reporting or publication date of its own, and a NewsArticle
 *   (BackgroundNewsArticle included) tells consumers to expect all three. The reports it cites
 *   are the news.
 * - The publisher and author are the site, by the only name the data gives it (`ui.siteName`)
 *   and its address: no organisation name, person, logo or date is made up.
 * - `citation`: one entry per report the page draws on (the story and the article: every report
 *   they cite; a section page: the reports its steps cite), typed `NewsArticle` (`Article` for
 *   advocacy) and published by its outlet. `datePublished` only for a date the report's text
 *   prints whole (`precision: 'day'`): a day and month with no year, or an undated text, has
 *   none, since a year the text does not print must never appear, machine-readable or not.
 *   A headline the report's text prints is its `headline`; one only the captured page carried
 *   (`headlineFrom: 'capture'`) is given as its `name` instead, so it is not asserted as words
 *   the report prints. `url` is the address the text was captured from. The citation's
 *   `description` says both, in the edition's words (ui.json: citationHeadlineText and
 *   citationHeadlineCapture). Its `@id` is the report's entry on this site's /sources/ page, so the
 *   quotes can point at it.
 * - Quotes are `hasPart` of the page: the page prints them, so they are parts of it (`mentions`
 *   says less: a reference to a concept). Each is a `Quotation` whose source is its report
 *   through `isBasedOn`, as schema.org's Quotation asks. The speaker is `creditText`, the data's
 *   description as written: `spokenByCharacter` (and `creator`) take a Person or an
 *   Organization, and a speaker in the data may be neither (a photo caption, an order as a source
 *   described it), or a person the report leaves unnamed: typing them would claim more than the
 *   data says, and a Person wants a name that must never be made up.
 *   In a translated edition the quote's `text` is this site's translation: it says so
 *   (`translator` is the site, `description` the edition's own "translated by this site"), and
 *   its `translationOfWork` is a Quotation with the English original, word for word.
 * - A translated page is a `translationOfWork` of the source edition's twin (by its canonical
 *   address as `@id`); a source-edition page lists its twins as `workTranslation`.
 * - `correction`: one `CorrectionComment` per entry of data/corrections.json, dated with its
 *   build date (the site's own date), on every page that carries JSON-LD.
 *
 * Types come from `schema-dts`, so every property is checked against schema.org's vocabulary
 * when the project type-checks; json-ld.test.ts checks the output against the vocabulary too.
 */
import type {
  Article,
  CorrectionComment,
  IdReference,
  NewsArticle,
  Organization,
  Quotation,
  WithContext,
} from 'schema-dts';
import type { Content, Quote, Report } from '../content/content-types.ts';
import { stepReports } from '../content/claim-line.ts';
import { machineReadableDate } from '../content/format-report-date.ts';
import { reportLang } from '../content/report-language.ts';
import type { Address } from '../address/address.ts';
import { pageMetaFor } from './page-meta.ts';
import { absoluteUrl } from '../address/site-base.ts';
import { pathsFor } from '../address/paths.ts';

/** The page's JSON-LD: the top-level node, with its context. */
export type PageJsonLd = WithContext<Article>;

/**
 * The steps (with their sources and quotes) a page draws on, or undefined for a page without
 * JSON-LD.
 */
function pageScope(content: Content, page: Address) {
  const whole = {
    steps: [content.story.opening, ...content.sections.flatMap((s) => s.steps)],
    headline: content.story.title,
    section: undefined,
  };
  if (page.kind === 'story' || page.kind === 'read') return whole;
  if (page.kind !== 'section') return undefined;
  const section = content.sections.find((s) => s.slug === page.slug);
  return section ? { steps: section.steps, headline: section.title, section } : undefined;
}

/** The schema.org JSON-LD of a page in `content`'s edition; undefined for pages that carry none. */
export function jsonLdFor(content: Content, page: Address): PageJsonLd | undefined {
  const scope = pageScope(content, page);
  if (!scope) return undefined;
  const { locale, locales, ui, reports, outlets } = content;
  const meta = pageMetaFor(page, content);
  const paths = pathsFor(locale);
  const url = absoluteUrl(meta.canonicalPath);
  const storyUrl = absoluteUrl(paths.story());
  const site: IdReference = { '@id': `${storyUrl}#site` };
  const publisher: Organization = {
    '@type': 'Organization',
    '@id': site['@id'],
    name: ui.siteName,
    url: storyUrl,
  };
  const reportId = (id: string) => absoluteUrl(paths.report(id));
  const sourceLocale = locales[0] ?? locale;
  const translated = locale.lang !== sourceLocale.lang;
  const twin = (path: string, lang: string): Article => ({
    '@type': 'Article',
    '@id': absoluteUrl(path),
    url: absoluteUrl(path),
    inLanguage: lang,
  });

  // The page's reports in the order it first cites them (as /read/ numbers its notes).
  const reportIds = [...new Set(scope.steps.flatMap((step) => stepReports(step)))];
  const citation = reportIds.flatMap((id) => {
    const report = reports[id];
    return report
      ? [
          reportCitation(
            report,
            reportId(id),
            outlets[report.outlet]?.name ?? report.outlet,
            reportLang(content),
            content.ui,
          ),
        ]
      : [];
  });

  const quotes = scope.steps.flatMap((step) => step.quotes);
  const hasPart = quotes.map((quote): Quotation => {
    const source: IdReference = { '@id': reportId(quote.report) };
    if (!translated || quote.original === undefined) {
      return {
        '@type': 'Quotation',
        text: quote.text,
        inLanguage: locale.lang,
        creditText: quote.speaker,
        isBasedOn: source,
      };
    }
    return translatedQuotation(quote, quote.original, {
      lang: locale.lang,
      sourceLang: reportLang(content),
      note: ui.quoteTranslated,
      translator: site,
      source,
    });
  });

  const correction = content.corrections.map((c): CorrectionComment => ({
    '@type': 'CorrectionComment',
    text: `${c.what} ${c.why}`,
    datePublished: c.date,
  }));
  const source = meta.alternates.find((a) => a.lang === sourceLocale.lang);
  const translations = meta.alternates.filter((a) => a.lang !== locale.lang);

  // Every property is written out (undefined where it does not apply, which JSON leaves out), so
  // the type checks each one against schema.org: a spread would escape that check.
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    headline: scope.headline,
    description: meta.description,
    inLanguage: locale.lang,
    isAccessibleForFree: true,
    image: absoluteUrl(meta.imagePath),
    publisher,
    author: site,
    // A section page is a part of the whole story, in the same edition.
    isPartOf: scope.section
      ? {
          '@type': 'Article',
          '@id': storyUrl,
          url: storyUrl,
          headline: content.story.title,
          inLanguage: locale.lang,
        }
      : undefined,
    translationOfWork: translated && source ? twin(source.path, source.lang) : undefined,
    workTranslation:
      !translated && translations.length > 0
        ? translations.map((a) => twin(a.path, a.lang))
        : undefined,
    citation,
    hasPart: hasPart.length > 0 ? hasPart : undefined,
    correction: correction.length > 0 ? correction : undefined,
  };
}

/**
 * A report as a citation: its outlet, its headline as its record gives it, a date only when printed
 * whole.
 */
function reportCitation(
  report: Report,
  id: string,
  outletName: string,
  lang: string,
  ui: Content['ui'],
): NewsArticle | Article {
  const fromText = report.headlineFrom === 'text';
  const citation: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': id,
    headline: fromText ? report.headline : undefined,
    name: fromText ? undefined : report.headline,
    description: fromText ? ui.citationHeadlineText : ui.citationHeadlineCapture,
    url: report.url,
    inLanguage: lang,
    publisher: { '@type': 'Organization', name: outletName },
    author: report.author ? { '@type': 'Person', name: report.author } : undefined,
    datePublished: machineReadableDate(report.date),
  };
  return report.kind === 'advocacy' ? { ...citation, '@type': 'Article' } : citation;
}

/** A quote in translation: this site's words, and the report's original, which they translate. */
function translatedQuotation(
  quote: Quote,
  original: string,
  o: {
    lang: string;
    sourceLang: string;
    note: string;
    translator: IdReference;
    source: IdReference;
  },
): Quotation {
  return {
    '@type': 'Quotation',
    text: quote.text,
    inLanguage: o.lang,
    creditText: quote.speaker,
    description: o.note,
    translator: o.translator,
    isBasedOn: o.source,
    translationOfWork: {
      '@type': 'Quotation',
      text: original,
      inLanguage: o.sourceLang,
      isBasedOn: o.source,
    },
  };
}
