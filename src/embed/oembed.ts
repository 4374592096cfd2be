import { EMBED_MAX_HEIGHT, EMBED_WIDTH } from './embed-size.ts';
import { escapeHtml } from './escape-html.ts';

export interface OEmbedInput {
  title: string;
  providerName: string;
  providerUrl: string;
  sectionUrl: string;
  embedUrl: string;
  thumbnailUrl: string;
}

/**
 * A section's oEmbed document (type "rich", version 1.0). The html uses only what WordPress
 * keeps when it filters a discovered embed (wp_filter_oembed_result): a bare blockquote with a
 * link, first (WordPress shows it until the iframe speaks, and loads wp-embed.js only when it
 * is there), then an iframe with src, width, height, title and the frame attributes. Styles,
 * classes, `loading` and `allow` would be stripped, so nothing relies on them: frameborder="0"
 * is what removes the default inset border that made the iframe 4 px wider than its column.
 * WordPress adds the sandbox and the #?secret= it sizes the iframe through.
 *
 * Width "100%": the iframe takes its column's width, whatever the theme. A pixel width (the
 * JSON's `width`, which the spec requires to be a number) would be printed as is by WordPress
 * for a pasted address, and a 600 px iframe in a phone's 342 px column pushed the host page
 * sideways. The height is the card's budget (EMBED_MAX_HEIGHT): one number in a static file
 * cannot follow a card whose height changes with its column's width, and the card is laid out
 * so that its first step (every step) fits this at any width; consumers that resize (WordPress's
 * wp-embed.js, Pym, our loader) then take the card's own height. No scrolling="no": a quote the
 * reader opens may make the card taller than WordPress allows, and then it must scroll.
 */
export function oembedFor(input: OEmbedInput) {
  const title = escapeHtml(input.title);
  const html =
    `<blockquote><a href="${escapeHtml(input.sectionUrl)}">${title}</a></blockquote>` +
    `<iframe src="${escapeHtml(input.embedUrl)}" width="100%" height="${EMBED_MAX_HEIGHT}" ` +
    `title="${title}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
  return {
    type: 'rich' as const,
    version: '1.0' as const,
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html,
    width: EMBED_WIDTH,
    height: EMBED_MAX_HEIGHT,
    thumbnail_url: input.thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
}
