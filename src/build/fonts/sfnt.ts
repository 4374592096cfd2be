/**
 * Node-only, build time: just enough of the TrueType (glyf) format to measure text with a
 * font's own advance widths and to cut a font down to the characters a build draws.
 *
 * Reading: the table directory, `cmap` (formats 4 and 12), `hmtx`/`hhea`, `head` and `maxp`.
 * Subsetting keeps glyph 0 (.notdef), the glyphs of the requested characters (and any
 * composite's components), their outlines and metrics, and writes a fresh `cmap` (format 4),
 * `name` (a new family name, the copyright and licence records kept), `loca` (long), `post`
 * (version 3, no glyph names) and checksums. Layout tables (GSUB, GPOS, GDEF, BASE), vertical
 * metrics and hinting are dropped: a renderer then sets each glyph at its hmtx advance, which
 * is exactly what `advance` measures. Pure and deterministic: same input, same bytes.
 */

/** A TrueType font's tables, by tag. */
export type SfntTables = ReadonlyMap<string, Uint8Array>;

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The table directory of an sfnt with TrueType outlines (version 0x00010000 or 'true'). */
export function readTables(data: Uint8Array): SfntTables {
  const v = view(data);
  if (data.length < 12) throw new Error('font: too short for an sfnt header');
  const version = v.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565)
    throw new Error(`font: not a TrueType font (sfnt version 0x${version.toString(16)})`);
  const count = v.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...data.subarray(record, record + 4));
    const offset = v.getUint32(record + 8);
    const length = v.getUint32(record + 12);
    if (offset + length > data.length)
      throw new Error(`font: table ${tag} runs past the end of the file`);
    tables.set(tag, data.subarray(offset, offset + length));
  }
  for (const tag of ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']) {
    if (!tables.has(tag))
      throw new Error(`font: no ${tag} table (only TrueType outlines are supported)`);
  }
  return tables;
}

function table(tables: SfntTables, tag: string): Uint8Array {
  const t = tables.get(tag);
  if (!t) throw new Error(`font: no ${tag} table`);
  return t;
}

/**
 * Maps code points to glyph ids with the font's Unicode cmap (3,10 format 12, else 3,1 / 0,x format
 * 4).
 */
function readCmap(cmap: Uint8Array): (codePoint: number) => number {
  const v = view(cmap);
  const count = v.getUint16(2);
  const subtables: { platform: number; encoding: number; format: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const offset = v.getUint32(4 + i * 8 + 4);
    subtables.push({
      platform: v.getUint16(4 + i * 8),
      encoding: v.getUint16(4 + i * 8 + 2),
      format: v.getUint16(offset),
      offset,
    });
  }
  const full = subtables.find(
    (s) => s.format === 12 && ((s.platform === 3 && s.encoding === 10) || s.platform === 0),
  );
  if (full) {
    const groups = v.getUint32(full.offset + 12);
    const starts = new Uint32Array(groups);
    const ends = new Uint32Array(groups);
    const gids = new Uint32Array(groups);
    for (let g = 0; g < groups; g++) {
      const at = full.offset + 16 + g * 12;
      starts[g] = v.getUint32(at);
      ends[g] = v.getUint32(at + 4);
      gids[g] = v.getUint32(at + 8);
    }
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < starts[mid]!) hi = mid - 1;
        else if (cp > ends[mid]!) lo = mid + 1;
        else return gids[mid]! + (cp - starts[mid]!);
      }
      return 0;
    };
  }
  const bmp = subtables.find(
    (s) => s.format === 4 && ((s.platform === 3 && s.encoding === 1) || s.platform === 0),
  );
  if (!bmp) throw new Error('font: no Unicode cmap (format 4 or 12)');
  const o = bmp.offset;
  const segments = v.getUint16(o + 6) / 2;
  const endAt = o + 14;
  const startAt = endAt + segments * 2 + 2;
  const deltaAt = startAt + segments * 2;
  const rangeAt = deltaAt + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (cp > v.getUint16(endAt + s * 2)) continue;
      const start = v.getUint16(startAt + s * 2);
      if (cp < start) return 0;
      const delta = v.getInt16(deltaAt + s * 2);
      const range = v.getUint16(rangeAt + s * 2);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = v.getUint16(rangeAt + s * 2 + range + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** A TrueType font, read for measuring: glyph ids, advance widths and units per em. */
export class TrueTypeFont {
  readonly tables: SfntTables;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  private readonly cmap: (codePoint: number) => number;
  private readonly hmtx: DataView;
  private readonly numberOfHMetrics: number;

  constructor(readonly data: Uint8Array) {
    this.tables = readTables(data);
    this.unitsPerEm = view(table(this.tables, 'head')).getUint16(18);
    this.numGlyphs = view(table(this.tables, 'maxp')).getUint16(4);
    this.numberOfHMetrics = view(table(this.tables, 'hhea')).getUint16(34);
    this.hmtx = view(table(this.tables, 'hmtx'));
    this.cmap = readCmap(table(this.tables, 'cmap'));
  }

  /** The glyph id of a code point, 0 (.notdef) when the font lacks it. */
  glyphId(codePoint: number): number {
    return this.cmap(codePoint);
  }

  /** Advance width of a glyph, in font units. */
  advance(glyphId: number): number {
    const i = Math.min(glyphId, this.numberOfHMetrics - 1);
    return this.hmtx.getUint16(i * 4);
  }

  /** Left side bearing of a glyph, in font units. */
  leftSideBearing(glyphId: number): number {
    if (glyphId < this.numberOfHMetrics) return this.hmtx.getInt16(glyphId * 4 + 2);
    return this.hmtx.getInt16(this.numberOfHMetrics * 4 + (glyphId - this.numberOfHMetrics) * 2);
  }

  /** The bytes of a glyph's outline in `glyf` (empty for a blank glyph such as a space). */
  glyphData(glyphId: number): Uint8Array {
    const loca = view(table(this.tables, 'loca'));
    const long = view(table(this.tables, 'head')).getInt16(50) === 1;
    const at = (i: number) => (long ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2);
    return table(this.tables, 'glyf').subarray(at(glyphId), at(glyphId + 1));
  }
}

// ---- Subsetting -----------------------------------------------------------------------------

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Offsets (within the glyph) of each component's glyph index in a composite glyph. */
function componentOffsets(glyph: Uint8Array): number[] {
  if (glyph.length < 10 || view(glyph).getInt16(0) >= 0) return [];
  const v = view(glyph);
  const offsets: number[] = [];
  let at = 10;
  for (;;) {
    const flags = v.getUint16(at);
    offsets.push(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return offsets;
  }
}

/** What the subset calls itself (name table). */
export interface SubsetNames {
  /** The family name (name ID 1): pick one no installed font uses, so a renderer finds this one. */
  family: string;
}

/**
 * Name IDs copied as they are: copyright, version, trademark, manufacturer, designer, description,
 * vendor and designer URLs, licence and its URL.
 */
const KEPT_NAME_IDS = [0, 5, 7, 8, 9, 10, 11, 12, 13, 14];

/** The font's Windows English (3,1,0x409) names, by name ID. */
export function readNames(tables: SfntTables): Map<number, string> {
  const name = table(tables, 'name');
  const v = view(name);
  const count = v.getUint16(2);
  const strings = v.getUint16(4);
  const names = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    if (v.getUint16(r) !== 3 || v.getUint16(r + 2) !== 1 || v.getUint16(r + 4) !== 0x409) continue;
    const length = v.getUint16(r + 8);
    const offset = strings + v.getUint16(r + 10);
    let text = '';
    for (let k = 0; k + 1 < length; k += 2) text += String.fromCharCode(v.getUint16(offset + k));
    names.set(v.getUint16(r + 6), text);
  }
  return names;
}

function nameTable(names: ReadonlyMap<number, string>): Uint8Array {
  const ids = [...names.keys()].sort((a, b) => a - b);
  const encoded = ids.map((id) => {
    const text = names.get(id) ?? '';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) >> 8;
      bytes[i * 2 + 1] = text.charCodeAt(i) & 0xff;
    }
    return bytes;
  });
  const header = 6 + ids.length * 12;
  const out = new Uint8Array(header + encoded.reduce((sum, b) => sum + b.length, 0));
  const v = view(out);
  v.setUint16(2, ids.length);
  v.setUint16(4, header);
  let offset = 0;
  ids.forEach((id, i) => {
    const r = 6 + i * 12;
    v.setUint16(r, 3);
    v.setUint16(r + 2, 1);
    v.setUint16(r + 4, 0x409);
    v.setUint16(r + 6, id);
    v.setUint16(r + 8, encoded[i]!.length);
    v.setUint16(r + 10, offset);
    out.set(encoded[i]!, header + offset);
    offset += encoded[i]!.length;
  });
  return out;
}

/**
 * A format 4 cmap under (0,3) and (3,1): one segment per run of consecutive code points and glyph
 * ids.
 */
function cmapTable(mapping: readonly [number, number][]): Uint8Array {
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [cp, gid] of mapping) {
    const last = segments[segments.length - 1];
    if (last && cp === last.end + 1 && gid - cp === last.delta) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: gid - cp });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const count = segments.length;
  const subtableLength = 16 + count * 8;
  const out = new Uint8Array(4 + 2 * 8 + subtableLength);
  const v = view(out);
  v.setUint16(2, 2);
  const sub = 4 + 2 * 8;
  for (const [i, [platform, encoding]] of [
    [0, 3],
    [3, 1],
  ].entries()) {
    v.setUint16(4 + i * 8, platform!);
    v.setUint16(4 + i * 8 + 2, encoding!);
    v.setUint32(4 + i * 8 + 4, sub);
  }
  const searchRange = 2 * 2 ** Math.floor(Math.log2(count));
  v.setUint16(sub, 4);
  v.setUint16(sub + 2, subtableLength);
  v.setUint16(sub + 6, count * 2);
  v.setUint16(sub + 8, searchRange);
  v.setUint16(sub + 10, Math.log2(searchRange / 2));
  v.setUint16(sub + 12, count * 2 - searchRange);
  const ends = sub + 14;
  const starts = ends + count * 2 + 2;
  const deltas = starts + count * 2;
  segments.forEach((s, i) => {
    v.setUint16(ends + i * 2, s.end);
    v.setUint16(starts + i * 2, s.start);
    v.setUint16(deltas + i * 2, s.delta & 0xffff);
    // idRangeOffset stays 0: glyph = code point + delta.
  });
  return out;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
  padded.set(data);
  const v = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

function sfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const header = 12 + tags.length * 16;
  let size = header;
  for (const tag of tags) size += Math.ceil(tables.get(tag)!.length / 4) * 4;
  const out = new Uint8Array(size);
  const v = view(out);
  const entrySelector = Math.floor(Math.log2(tags.length));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, tags.length);
  v.setUint16(6, 16 * 2 ** entrySelector);
  v.setUint16(8, entrySelector);
  v.setUint16(10, tags.length * 16 - 16 * 2 ** entrySelector);
  let offset = header;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const r = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[r + k] = tag.charCodeAt(k);
    v.setUint32(r + 4, checksum(data));
    v.setUint32(r + 8, offset);
    v.setUint32(r + 12, data.length);
    out.set(data, offset);
    if (tag === 'head') headAt = offset;
    offset += Math.ceil(data.length / 4) * 4;
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * A TrueType font cut down to `codePoints` (BMP only): the glyphs, their outlines and
 * horizontal metrics, a new family name, no layout tables. Code points the font lacks are
 * left out (check with `TrueTypeFont.glyphId` first to fail loudly instead).
 */
export function subsetTrueType(
  data: Uint8Array,
  codePoints: Iterable<number>,
  names: SubsetNames,
): Uint8Array {
  const font = new TrueTypeFont(data);
  const wanted = [...new Set(codePoints)].sort((a, b) => a - b);
  const big = wanted.find((cp) => cp > 0xffff);
  if (big !== undefined)
    throw new Error(
      `font subset: U+${big.toString(16).toUpperCase()} is outside the BMP (not supported)`,
    );

  // New glyph order: .notdef, then glyphs in code point order, then components they pull in.
  const order: number[] = [0];
  const newId = new Map<number, number>([[0, 0]]);
  const add = (gid: number) => {
    if (newId.has(gid)) return;
    newId.set(gid, order.length);
    order.push(gid);
  };
  const mapping: [number, number][] = [];
  for (const cp of wanted) {
    const gid = font.glyphId(cp);
    if (gid === 0) continue;
    add(gid);
    mapping.push([cp, newId.get(gid)!]);
  }
  for (let i = 0; i < order.length; i++) {
    const glyph = font.glyphData(order[i]!);
    for (const at of componentOffsets(glyph)) add(view(glyph).getUint16(at));
  }

  // glyf and loca (long offsets), components renumbered.
  const outlines = order.map((gid) => {
    const source = font.glyphData(gid);
    const glyph = new Uint8Array(Math.ceil(source.length / 4) * 4);
    glyph.set(source);
    for (const at of componentOffsets(source))
      view(glyph).setUint16(at, newId.get(view(source).getUint16(at))!);
    return glyph;
  });
  const glyf = new Uint8Array(outlines.reduce((sum, g) => sum + g.length, 0));
  const loca = new Uint8Array((order.length + 1) * 4);
  let offset = 0;
  outlines.forEach((g, i) => {
    view(loca).setUint32(i * 4, offset);
    glyf.set(g, offset);
    offset += g.length;
  });
  view(loca).setUint32(order.length * 4, offset);

  const hmtx = new Uint8Array(order.length * 4);
  order.forEach((gid, i) => {
    view(hmtx).setUint16(i * 4, font.advance(gid));
    view(hmtx).setInt16(i * 4 + 2, font.leftSideBearing(gid));
  });

  const head = table(font.tables, 'head').slice();
  view(head).setUint32(8, 0); // checkSumAdjustment, set once the file is assembled
  view(head).setInt16(50, 1); // long loca
  const hhea = table(font.tables, 'hhea').slice();
  const advanceWidthMax = Math.max(0, ...order.map((gid) => font.advance(gid)));
  view(hhea).setUint16(10, advanceWidthMax);
  view(hhea).setUint16(34, order.length);
  const maxp = table(font.tables, 'maxp').slice();
  view(maxp).setUint16(4, order.length);
  const post = new Uint8Array(32);
  const sourcePost = font.tables.get('post');
  if (sourcePost) post.set(sourcePost.subarray(0, 32));
  view(post).setUint32(0, 0x00030000); // no glyph names

  const sourceNames = font.tables.has('name') ? readNames(font.tables) : new Map<number, string>();
  const style = sourceNames.get(2) ?? 'Regular';
  const alnum = (text: string) => text.replace(/[^A-Za-z0-9]/g, '');
  const psName = `${alnum(names.family)}-${alnum(style)}`;
  const subsetNames = new Map<number, string>();
  for (const id of KEPT_NAME_IDS) {
    const text = sourceNames.get(id);
    if (text !== undefined) subsetNames.set(id, text);
  }
  subsetNames.set(1, names.family);
  subsetNames.set(2, style);
  subsetNames.set(3, `${psName};subset`);
  subsetNames.set(4, `${names.family} ${style}`);
  subsetNames.set(6, psName);

  const tables = new Map<string, Uint8Array>([
    ['cmap', cmapTable(mapping)],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['name', nameTable(subsetNames)],
    ['post', post],
  ]);
  const os2 = font.tables.get('OS/2');
  if (os2) {
    const copy = os2.slice();
    if (mapping.length > 0) {
      view(copy).setUint16(64, mapping[0]![0]); // usFirstCharIndex
      view(copy).setUint16(66, mapping[mapping.length - 1]![0]); // usLastCharIndex
    }
    tables.set('OS/2', copy);
  }
  return sfnt(tables);
}
