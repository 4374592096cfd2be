import type { Content } from '../content/content-types.ts';
import { sectionElementId } from './paths.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Router-relative path of the page's canonical address. */
  canonicalPath: string;
  /** HTTP status a static host should send for this page. */
  status: 200 | 404;
  /** For deep links: the element id a reader without JavaScript is sent to. */
  landOn?: string;
}

const SECTION = /^\/(s|embed)\/([^/]+)\/?$/;

/** Title, description and address for a router-relative path. Pure: used by prerender and client. */
export function pageMetaFor(pathname: string, content: Content): PageMeta {
  const { story, ui } = content;
  const notFound: PageMeta = { title: `${ui.notFoundTitle} · ${story.title}`, description: story.description, canonicalPath: '/404.html', status: 404 };
  if (pathname === '/' || pathname === '') return { title: story.title, description: story.description, canonicalPath: '/', status: 200 };
  if (/^\/sources\/?$/.test(pathname)) return { title: `${ui.sourcesTitle} · ${story.title}`, description: ui.sourcesIntro, canonicalPath: '/sources/', status: 200 };
  const match = SECTION.exec(pathname);
  const section = match ? content.sections.find((s) => s.slug === match[2]) : undefined;
  if (!match || !section) return notFound;
  const canonicalPath = `/s/${section.slug}/`;
  const meta: PageMeta = { title: `${section.title} · ${story.title}`, description: section.description, canonicalPath, status: 200 };
  return match[1] === 's' ? { ...meta, landOn: sectionElementId(section.slug) } : meta;
}

/** Every path the build writes as HTML (the 404 page is written separately). */
export function prerenderPaths(content: Content): string[] {
  return [
    '/',
    '/sources/',
    ...content.sections.map((s) => `/s/${s.slug}/`),
    ...content.sections.map((s) => `/embed/${s.slug}/`),
  ];
}
