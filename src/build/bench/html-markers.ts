/**
 * Finds the elements that make the first screen of a prerendered page in its HTML bytes: the
 * headline, the lede and the first map frame. Offsets are BYTE offsets into the UTF-8 file (the
 * HTML is read as latin1 so that one character is one byte; the markers are plain ASCII).
 */

/** Where an element starts (its "<") and ends (just after its closing tag), in bytes. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface FirstViewMarkers {
  /** The first `<h1>…</h1>`. */
  headline?: ByteRange;
  /** The element carrying `class="lede"` (the whole element, up to its closing tag). */
  lede?: ByteRange;
  /**
   * The map's first `<svg>…</svg>` (inside the map figure when there is one, else the page's first
   * svg).
   */
  mapSvg?: ByteRange;
}

/** Tags that never have a closing tag. */
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The end (exclusive) of the element whose start tag begins at `start`, counting nested elements
 * of the same name. Undefined if the tag is never closed.
 */
export function elementEnd(html: string, start: number): number | undefined {
  const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, start + 64));
  if (!nameMatch) return undefined;
  const name = (nameMatch[1] as string).toLowerCase();
  const startTagEnd = html.indexOf('>', start);
  if (startTagEnd < 0) return undefined;
  if (VOID_TAGS.has(name) || html[startTagEnd - 1] === '/') return startTagEnd + 1;
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = startTagEnd + 1;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const selfClosing = m[0].endsWith('/>');
    if (m[1] === '/') depth--;
    else if (!selfClosing) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

/** The start of the tag that contains position `inside` (the last "<" before it). */
function enclosingTagStart(html: string, inside: number): number {
  return html.lastIndexOf('<', inside);
}

function rangeFrom(html: string, start: number): ByteRange | undefined {
  if (start < 0) return undefined;
  const end = elementEnd(html, start);
  return end === undefined ? undefined : { start, end };
}

/** The headline, lede and first map frame of a page, whichever are present. */
export function findFirstViewMarkers(htmlBytes: Uint8Array): FirstViewMarkers {
  const html = Buffer.from(htmlBytes.buffer, htmlBytes.byteOffset, htmlBytes.byteLength).toString(
    'latin1',
  );
  const markers: FirstViewMarkers = {};

  const headline = rangeFrom(html, html.search(/<h1[\s>]/i));
  if (headline) markers.headline = headline;

  const ledeAttr = html.search(/class="(?:[^"]*\s)?lede(?:\s[^"]*)?"/);
  const lede = ledeAttr < 0 ? undefined : rangeFrom(html, enclosingTagStart(html, ledeAttr));
  if (lede) markers.lede = lede;

  const mapFigure = html.search(/class="(?:[^"]*\s)?(?:story-map|map-canvas)(?:\s[^"]*)?"/);
  const svgAfterFigure = mapFigure < 0 ? -1 : html.slice(mapFigure).search(/<svg[\s>]/i);
  const svgStart = svgAfterFigure >= 0 ? mapFigure + svgAfterFigure : html.search(/<svg[\s>]/i);
  const mapSvg = rangeFrom(html, svgStart);
  if (mapSvg) markers.mapSvg = mapSvg;

  return markers;
}
