/**
 * The floor: a built page with no JavaScript. Every `<script>` element (module, classic, inline,
 * data) and every link that only fetches script (`rel="modulepreload"`, `rel="preload"
 * as="script"`) is cut; everything else stays byte for byte. Pure, for tests.
 *
 * The input is our own prerender output, so a tag-level scan is enough: an HTML parser also ends
 * a script at the first `</script`, whatever is inside it.
 */

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
/** A start tag with no end tag swallows the rest of the document, as a parser would. */
const UNCLOSED_SCRIPT = /<script\b[\s\S]*$/i;
const LINK_TAG = /<link\b[^>]*>/gi;

/** One attribute's value in a start tag (double, single or no quotes), lower-cased. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase() : undefined;
}

export function isScriptLink(tag: string): boolean {
  const rel = (attribute(tag, 'rel') ?? '').split(/\s+/);
  return (
    rel.includes('modulepreload') || (rel.includes('preload') && attribute(tag, 'as') === 'script')
  );
}

/** The page without its scripts, and how many elements were cut. */
export function floorHtml(input: string): { html: string; cut: number } {
  let cut = 0;
  const html = input
    .replace(SCRIPT_ELEMENT, () => (cut++, ''))
    .replace(UNCLOSED_SCRIPT, () => (cut++, ''))
    .replace(LINK_TAG, (tag) => (isScriptLink(tag) ? (cut++, '') : tag));
  return { html, cut };
}

/**
 * The `#fragment` of a `<noscript><meta http-equiv="refresh" content="0;url=#…">`: where a deep
 * link sends a reader without JavaScript. The floor's browser keeps scripting on, so that refresh
 * stays inert and the bench asks for the fragment itself (ours lands there by CSS).
 */
export function noscriptLanding(html: string): string | undefined {
  for (const block of html.matchAll(/<noscript\b[^>]*>([\s\S]*?)<\/noscript\s*>/gi)) {
    for (const [meta] of (block[1] ?? '').matchAll(/<meta\b[^>]*>/gi)) {
      if (attribute(meta, 'http-equiv') !== 'refresh') continue;
      const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
      const target = /^\s*\d+\s*[;,]\s*url\s*=\s*(#\S+?)\s*$/i.exec(
        content?.[1] ?? content?.[2] ?? '',
      );
      if (target) return target[1];
    }
  }
  return undefined;
}
