import { escapeHtml } from './escape-html.ts';
import { INITIAL_EMBED_HEIGHT } from './embed-snippets.ts';

export interface OEmbedInput {
  title: string;
  providerName: string;
  providerUrl: string;
  sectionUrl: string;
  embedUrl: string;
  thumbnailUrl: string;
}

/**
 * A section's oEmbed document (type "rich", version 1.0). The HTML is the shape WordPress
 * keeps when it filters a discovered embed: a blockquote with a link (the fallback) and an
 * iframe, which WordPress then sandboxes and sizes through its #?secret= messages.
 */
export function oembedFor(input: OEmbedInput) {
  const title = escapeHtml(input.title);
  const html =
    `<blockquote class="defector-route-embed"><a href="${escapeHtml(input.sectionUrl)}">${title}</a></blockquote>` +
    `<iframe src="${escapeHtml(input.embedUrl)}" title="${title}" width="600" height="${INITIAL_EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy" allow="web-share; clipboard-write"></iframe>`;
  return {
    type: 'rich' as const,
    version: '1.0' as const,
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html,
    width: 600,
    height: INITIAL_EMBED_HEIGHT,
    thumbnail_url: input.thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
}
