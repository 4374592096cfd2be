/**
 * The floor: the same prerendered page with no JavaScript at all. Every `<script>` element
 * (module, classic `defer`, inline, data) and every link that only fetches script
 * (`rel="modulepreload"`, `rel="preload" as="script"`) is cut out of the HTML; everything else —
 * inline CSS, stylesheets, images, `<noscript>` — stays byte for byte. Pure, for tests.
 *
 * Built HTML is the input (our own prerender output, attributes quoted), so a tag-level scan is
 * enough: an HTML parser also ends a script at the first `</script`, whatever is inside it.
 */

export interface FloorHtml {
  html: string;
  /** `<script>` elements removed. */
  scripts: number;
  /** Script-only `<link>` elements removed (modulepreload, preload as=script). */
  preloads: number;
}

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
/**
 * A `<script …>` start tag with no end tag: cut to the end of the document, as a parser would
 * swallow it.
 */
const UNCLOSED_SCRIPT = /<script\b[\s\S]*$/i;
const LINK_TAG = /<link\b[^>]*>/gi;

/** The value of one attribute in a start tag (double, single or no quotes), lower-cased. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
}

/** Whether a `<link>` tag only serves scripts. */
export function isScriptLink(tag: string): boolean {
  const rel = (attribute(tag, 'rel') ?? '').split(/\s+/);
  if (rel.includes('modulepreload')) return true;
  if (rel.includes('preload')) {
    const as = attribute(tag, 'as');
    return as === 'script' || as === 'worker' || as === 'sharedworker' || as === 'serviceworker';
  }
  return false;
}

/** Removes every script and script-only preload from an HTML document. */
export function floorHtml(input: string): FloorHtml {
  let scripts = 0;
  let preloads = 0;
  let html = input.replace(SCRIPT_ELEMENT, () => {
    scripts++;
    return '';
  });
  html = html.replace(UNCLOSED_SCRIPT, () => {
    scripts++;
    return '';
  });
  html = html.replace(LINK_TAG, (tag) => {
    if (!isScriptLink(tag)) return tag;
    preloads++;
    return '';
  });
  return { html, scripts, preloads };
}

/**
 * Where a page sends a reader without JavaScript: the `#fragment` of a
 * `<noscript><meta http-equiv="refresh" content="0;url=#…"></noscript>` (a section's deep link
 * lands there; ours lands by script). The floor keeps scripting on in the browser, so its
 * `<noscript>` stays inert and the bench asks for that fragment itself, for the same first view.
 */
export function noscriptLanding(html: string): string | undefined {
  for (const block of html.matchAll(/<noscript\b[^>]*>([\s\S]*?)<\/noscript\s*>/gi)) {
    for (const meta of (block[1] as string).matchAll(/<meta\b[^>]*>/gi)) {
      if (attribute(meta[0], 'http-equiv') !== 'refresh') continue;
      const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
      const target = /^\s*\d+\s*[;,]\s*url\s*=\s*(#\S+?)\s*$/i.exec(
        content?.[1] ?? content?.[2] ?? '',
      );
      if (target) return target[1];
    }
  }
  return undefined;
}
