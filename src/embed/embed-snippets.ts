import { EMBED_MAX_HEIGHT } from './embed-size.ts';
import { escapeHtml } from './escape-html.ts';
import { jsString } from './escape-js.ts';

export interface SnippetInput {
  /** Absolute address of the section's embed page. */
  embedUrl: string;
  /** Absolute address of the section in the full story (for WordPress and the fallback link). */
  sectionUrl: string;
  /** Absolute address of the host loader script. */
  loaderUrl: string;
  /** Absolute address of Pym.js as this site serves it (no third-party request for hosts). */
  pymUrl: string;
  title: string;
  slug: string;
}

export interface EmbedSnippets {
  loader: string;
  pym: string;
  iframe: string;
  wordpress: string;
}

/**
 * The embed codes campaigners copy, one per way a host page can take it. Each value is escaped
 * for where it lands: HTML attributes and text, or (Pym's call) a JavaScript string.
 */
export function embedSnippets({
  embedUrl,
  sectionUrl,
  loaderUrl,
  pymUrl,
  title,
  slug,
}: SnippetInput): EmbedSnippets {
  const t = escapeHtml(title);
  const pymId = `defector-route-${slug}`;
  return {
    loader:
      `<div data-defector-route-src="${escapeHtml(embedUrl)}" data-title="${t}">` +
      `<a href="${escapeHtml(sectionUrl)}">${t}</a></div>\n` +
      `<script async src="${escapeHtml(loaderUrl)}"></script>`,
    pym:
      `<div id="${escapeHtml(pymId)}"></div>\n<script src="${escapeHtml(pymUrl)}"></script>\n` +
      `<script>new pym.Parent(${jsString(pymId)}, ${jsString(embedUrl)}, ` +
      `{title: ${jsString(title)}});</script>`,
    iframe:
      `<iframe src="${escapeHtml(embedUrl)}" title="${t}" ` +
      `width="100%" height="${EMBED_MAX_HEIGHT}" ` +
      `style="border:0;max-width:100%" loading="lazy" allow="web-share; clipboard-write"></iframe>`,
    wordpress: sectionUrl,
  };
}
