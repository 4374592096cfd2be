import type { Content } from '../content/content-types.ts';
import { fillMessage } from '../content/fill-message.ts';
import { pathsFor, sectionElementId } from '../address/paths.ts';
import { formatAddress, prerenderPathsFor, type Address } from '../address/address.ts';
import { type PageKind } from '../address/page-kinds.ts';

export interface PageMeta {
  kind: PageKind;
  title: string;
  description: string;
  /** Router-relative path of the page's canonical address. */
  canonicalPath: string;
  /** HTTP status a static host should send for this page. */
  status: 200 | 404;
  /** For deep links: the element id a reader without JavaScript is sent to. */
  landOn?: string;
  /** Router-relative path of the link-preview image. */
  imagePath: string;
  imageAlt: string;
  /** Router-relative path of the section's oEmbed document. */
  oembedPath?: string;
  /** Router-relative path of the section's embed (for player cards). */
  embedPath?: string;
  /** The page's language tag (html lang) and link-preview locale. */
  lang: string;
  ogLocale: string;
  /** The same page in every edition, this one included (hreflang); none for a 404. */
  alternates: { lang: string; ogLocale: string; path: string }[];
}

/**
 * A page's title, "Sources · No papers, no vaccine": the order and the mark are the edition's
 * (ui.json). Apart from pageMetaFor, so the story's script, which retitles the page as the reader
 * moves through sections, carries nothing else of this module.
 */
export const pageTitle = (content: Pick<Content, 'ui' | 'story'>, page: string): string =>
  fillMessage(content.ui.pageTitle, { page, story: content.story.title }).join('');

/**
 * Title, description and addresses of a page (as parse-address.ts reads it on the server, or as
 * the story names the section the reader is in). Pure: prerender and client share it.
 */
export function pageMetaFor(page: Address, content: Content): PageMeta {
  const { story, ui, locale } = content;
  const titled = (name: string) => pageTitle(content, name);
  const paths = pathsFor(locale);
  const language = {
    lang: locale.lang,
    ogLocale: locale.ogLocale,
    alternates: content.locales.map((l) => ({
      lang: l.lang,
      ogLocale: l.ogLocale,
      path: formatAddress({ kind: page.kind, slug: page.slug, locale: l.path }),
    })),
  };
  const storyImage = {
    imagePath: paths.socialImage(),
    imageAlt: fillMessage(ui.fieldLabel, { label: story.title }).join('') + story.kicker,
    ...language,
  };
  if (page.kind === 'story') {
    return {
      kind: 'story',
      title: story.title,
      description: story.description,
      canonicalPath: paths.story(),
      status: 200,
      ...storyImage,
    };
  }
  if (page.kind === 'read') {
    return {
      kind: 'read',
      title: titled(ui.readTitle),
      description: story.description,
      canonicalPath: paths.read(),
      status: 200,
      ...storyImage,
    };
  }
  if (page.kind === 'sources') {
    return {
      kind: 'sources',
      title: titled(ui.sourcesTitle),
      description: ui.sourcesIntro,
      canonicalPath: paths.sources(),
      status: 200,
      ...storyImage,
    };
  }
  const section =
    page.slug === undefined ? undefined : content.sections.find((s) => s.slug === page.slug);
  if ((page.kind !== 'section' && page.kind !== 'embed') || !section) {
    return {
      kind: 'not-found',
      title: titled(ui.notFoundTitle),
      description: story.description,
      canonicalPath: paths.notFound(),
      status: 404,
      ...storyImage,
      alternates: [],
    };
  }
  const meta = {
    title: titled(section.title),
    description: section.description,
    canonicalPath: paths.section(section.slug),
    status: 200 as const,
    imagePath: paths.socialImage(section.slug),
    imageAlt: (
      fillMessage(ui.fieldLabel, { label: section.title }).join('') +
      (section.steps[0]?.map.description ?? '')
    ).trim(),
    oembedPath: paths.oembed(section.slug),
    embedPath: paths.embed(section.slug),
    ...language,
  };
  return page.kind === 'section'
    ? { ...meta, kind: 'section', landOn: sectionElementId(section.slug) }
    : { ...meta, kind: 'embed' };
}

/** Every path the build writes as HTML for this edition (its 404 page is written separately). */
export function prerenderPaths(content: Content): string[] {
  return prerenderPathsFor(
    content.sections.map((s) => s.slug),
    [content.locale.path],
  );
}
