/**
 * A model of what WordPress does to the html of an oEmbed it discovered on a site it does not
 * trust (wp_filter_oembed_result in wp-includes/embed.php, WordPress 4.4 to 6.x), so that the
 * html this site serves (oembed.ts) can be checked against it. Not shipped to browsers: the
 * oEmbed unit test and the WordPress host pages in e2e/ use it, and the e2e checks the
 * allow-list against the embed.php of Debian's wordpress package.
 */

/** The attributes wp_filter_oembed_result lets through (its $allowed_html), tag by tag. */
export const OEMBED_ALLOWED: Record<string, readonly string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: [
    'src',
    'width',
    'height',
    'frameborder',
    'marginwidth',
    'marginheight',
    'scrolling',
    'title',
  ],
};

/**
 * wp_kses, reduced to what matters here: unknown tags go (their text stays), unknown attributes go.
 */
function kses(html: string, allowed: Record<string, readonly string[]>): string {
  return html.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g,
    (_tag, close: string, rawName: string, attrs: string) => {
      const name = rawName.toLowerCase();
      const keep = allowed[name];
      if (!keep) return '';
      if (close) return `</${name}>`;
      const kept = [...attrs.matchAll(/([a-zA-Z][\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)]
        .filter((m) => keep.includes(m[1]!.toLowerCase()))
        .map((m) => ` ${m[1]!.toLowerCase()}="${m[2] ?? m[3] ?? ''}"`);
      return `<${name}${kept.join('')}>`;
    },
  );
}

/**
 * The html as WordPress prints it in a post: filtered, the blockquote and iframe kept, the
 * secret added, the iframe hidden behind the blockquote until its first message, and
 * sandboxed. `null` when no iframe survives (WordPress then shows a plain link).
 */
export function wordpressOembedHtml(html: string, secret: string): string | null {
  const filtered = kses(html, OEMBED_ALLOWED);
  const parts = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(filtered);
  if (!parts?.[2]) return null;
  const blockquote = parts[1] ?? '';
  let out = blockquote + parts[2];
  const src = / src=(['"])(.*?)\1/.exec(out);
  if (src) {
    const q = src[1]!;
    out = out.replace(
      src[0],
      ` src=${q}${src[2]}#?secret=${secret}${q} data-secret=${q}${secret}${q}`,
    );
    out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  out = kses(out, {
    ...OEMBED_ALLOWED,
    blockquote: ['data-secret'],
    iframe: [...(OEMBED_ALLOWED.iframe ?? []), 'data-secret'],
  });
  if (blockquote) {
    out = out.replace(
      '<iframe',
      '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"',
    );
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace(
    '<iframe',
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  );
}
