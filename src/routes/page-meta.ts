import type { Content } from '../content/content-types.ts';
import { paths, sectionElementId } from './paths.ts';
import { matchPageKind, prerenderPathsFor, type PageKind } from './page-kinds.ts';

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
}

/** Title, description and addresses for a router-relative path. Pure: prerender and client share it. */
export function pageMetaFor(pathname: string, content: Content): PageMeta {
  const { story, ui } = content;
  const storyImage = { imagePath: paths.socialImage(), imageAlt: `${story.title}: ${story.kicker}` };
  const page = matchPageKind(pathname);
  if (page.kind === 'story') {
    return { kind: 'story', title: story.title, description: story.description, canonicalPath: '/', status: 200, ...storyImage };
  }
  if (page.kind === 'read') {
    return { kind: 'read', title: `${ui.readTitle} · ${story.title}`, description: story.description, canonicalPath: '/read/', status: 200, ...storyImage };
  }
  if (page.kind === 'sources') {
    return { kind: 'sources', title: `${ui.sourcesTitle} · ${story.title}`, description: ui.sourcesIntro, canonicalPath: '/sources/', status: 200, ...storyImage };
  }
  const section = page.slug === undefined ? undefined : content.sections.find((s) => s.slug === page.slug);
  if ((page.kind !== 'section' && page.kind !== 'embed') || !section) {
    return { kind: 'not-found', title: `${ui.notFoundTitle} · ${story.title}`, description: story.description, canonicalPath: '/404.html', status: 404, ...storyImage };
  }
  const meta = {
    title: `${section.title} · ${story.title}`,
    description: section.description,
    canonicalPath: paths.section(section.slug),
    status: 200 as const,
    imagePath: paths.socialImage(section.slug),
    imageAlt: `${section.title}: ${section.steps[0]?.map.description ?? ''}`.trim(),
    oembedPath: paths.oembed(section.slug),
    embedPath: paths.embed(section.slug),
  };
  return page.kind === 'section'
    ? { ...meta, kind: 'section', landOn: sectionElementId(section.slug) }
    : { ...meta, kind: 'embed' };
}

/** Every path the build writes as HTML (the 404 page is written separately). */
export function prerenderPaths(content: Content): string[] {
  return prerenderPathsFor(content.sections.map((s) => s.slug));
}
