import { escapeHtml } from './escape-html.ts';

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

/** Height an iframe starts at before the embed reports its own. */
export const INITIAL_EMBED_HEIGHT = 720;

/** The embed codes campaigners copy, one per way a host page can take it. */
export function embedSnippets({ embedUrl, sectionUrl, loaderUrl, pymUrl, title, slug }: SnippetInput): EmbedSnippets {
  const t = escapeHtml(title);
  const pymId = `defector-route-${slug}`;
  return {
    loader: `<div data-defector-route-src="${escapeHtml(embedUrl)}" data-title="${t}"><a href="${escapeHtml(sectionUrl)}">${t}</a></div>\n<script async src="${escapeHtml(loaderUrl)}"></script>`,
    pym: `<div id="${pymId}"></div>\n<script src="${escapeHtml(pymUrl)}"></script>\n<script>new pym.Parent('${pymId}', '${escapeHtml(embedUrl)}', {title: '${t.replace(/'/g, '&#39;')}'});</script>`,
    iframe: `<iframe src="${escapeHtml(embedUrl)}" title="${t}" width="100%" height="${INITIAL_EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy" allow="web-share; clipboard-write"></iframe>`,
    wordpress: sectionUrl,
  };
}
