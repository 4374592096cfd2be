import { EMBED_MAX_HEIGHT, EMBED_WIDTH } from '../embed/embed-size.ts';
import { escapeHtml } from '../embed/escape-html.ts';
import type { PageMeta } from '../routes/page-meta.ts';

/** The head needs what the page's route already knows about it. */
export type HeadInput = Omit<PageMeta, 'status'>;

export interface SiteAddress {
  siteName: string;
  /** Turns a router-relative path into an absolute URL. */
  absolute: (path: string) => string;
}

/**
 * The per-page <head> tags written into each prerendered file. Crawlers and messengers do not
 * run JavaScript, so every preview tag is here, with absolute addresses.
 */
export function pageHead(meta: HeadInput, site: SiteAddress): string {
  const attr = escapeHtml;
  const url = site.absolute(meta.canonicalPath);
  const image = site.absolute(meta.imagePath);
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${attr(meta.description)}" />`,
  ];
  if (meta.kind === 'not-found') {
    tags.push('<meta name="robots" content="noindex" />');
  } else {
    tags.push(
      `<link rel="canonical" href="${attr(url)}" />`,
      `<meta property="og:type" content="article" />`,
      `<meta property="og:locale" content="${attr(meta.ogLocale)}" />`,
      ...meta.alternates
        .filter((a) => a.lang !== meta.lang)
        .map((a) => `<meta property="og:locale:alternate" content="${attr(a.ogLocale)}" />`),
      `<meta property="og:site_name" content="${attr(site.siteName)}" />`,
      `<meta property="og:title" content="${attr(meta.title)}" />`,
      `<meta property="og:description" content="${attr(meta.description)}" />`,
      `<meta property="og:url" content="${attr(url)}" />`,
      `<meta property="og:image" content="${attr(image)}" />`,
      `<meta property="og:image:width" content="1200" />`,
      `<meta property="og:image:height" content="630" />`,
      `<meta property="og:image:alt" content="${attr(meta.imageAlt)}" />`,
      // X reads og:description and og:image:alt where its own tags are missing (its card markup
      // reference lists the fallbacks): the two longest texts are not written twice, which
      // keeps a Korean page's map inside its first 14 KB.
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:title" content="${attr(meta.title)}" />`,
      `<meta name="twitter:image" content="${attr(image)}" />`,
    );
  }
  // The same page in every edition, this one included, and the source edition for anyone else.
  if (meta.alternates.length > 1) {
    for (const a of meta.alternates)
      tags.push(
        `<link rel="alternate" hreflang="${attr(a.lang)}" href="${attr(site.absolute(a.path))}" />`,
      );
    const first = meta.alternates[0];
    if (first)
      tags.push(
        `<link rel="alternate" hreflang="x-default" href="${attr(site.absolute(first.path))}" />`,
      );
  }
  // A player card: consumers that read it (Iframely, Embedly and the like) can show the card
  // itself rather than a link. twitter:card stays summary_large_image: X plays players only
  // for domains it has approved, and shows the large image for the rest.
  if (meta.embedPath) {
    tags.push(
      `<meta name="twitter:player" content="${attr(site.absolute(meta.embedPath))}" />`,
      `<meta name="twitter:player:width" content="${EMBED_WIDTH}" />`,
      `<meta name="twitter:player:height" content="${EMBED_MAX_HEIGHT}" />`,
    );
  }
  if (meta.kind === 'embed') tags.push('<meta name="robots" content="noindex, follow" />');
  if (meta.oembedPath) {
    tags.push(
      `<link rel="alternate" type="application/json+oembed" ` +
        `href="${attr(site.absolute(meta.oembedPath))}" title="${attr(meta.title)}" />`,
    );
  }
  // With JavaScript the app scrolls to the section itself; without it, a same-page fragment
  // refresh (delay 0, so no timing barrier) opens the story at the linked section.
  if (meta.landOn)
    tags.push(
      `<noscript><meta http-equiv="refresh" content="0;url=#${attr(meta.landOn)}" /></noscript>`,
    );
  // Without JavaScript the embed's stepper cannot step: show every step instead.
  if (meta.kind === 'embed')
    tags.push(
      '<noscript><style>.embed-step{display:block!important}' +
        '.embed-stepper,.share-row{display:none!important}</style></noscript>',
    );
  return tags.join('\n    ');
}
