/**
 * Sentence grammar as content: messages in data/ui.json have {placeholders}, filled here with
 * strings or rendered nodes; lists are joined by the page locale's own rules (Intl.ListFormat),
 * never by an "and" in code. Pure and generic, so the same code builds JSX and plain text.
 */

/** `template` with each {name} replaced by `values[name]`; unknown names are left as written. */
export function fillMessage<T>(
  template: string,
  values: Readonly<Record<string, T | string>>,
): (T | string)[] {
  const out: (T | string)[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[m[1] ?? ''];
    if (value === undefined) continue;
    if (m.index > last) out.push(template.slice(last, m.index));
    out.push(value);
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

/**
 * `items` joined as the edition joins a list, keeping each item as given: by its own separator
 * where the edition's press writes lists that way (Korean "민트·CTN뉴스", not Intl's "민트 및
 * CTN뉴스"), else as Intl joins it in its locale ("a, b and c"). Titles may hold that mark
 * themselves ("백신·검사·치료도 없다"), so a list of titles takes a comma in such an edition.
 */
export function joinList<T>(
  items: readonly T[],
  edition: string | { intl: string; listSeparator?: string | undefined },
  of: 'names' | 'titles' = 'names',
): (T | string)[] {
  const { intl: locale, listSeparator } =
    typeof edition === 'string' ? { intl: edition, listSeparator: undefined } : edition;
  if (listSeparator !== undefined) {
    const mark = of === 'titles' ? ', ' : listSeparator;
    return items.flatMap((item, i) => (i === 0 ? [item] : [mark, item]));
  }
  // Format placeholder strings, then swap each element part back for its item.
  // Element parts come back in the order given, so the n-th element part is the n-th item.
  const parts = listFormat(locale).formatToParts(items.map((_, i) => String(i)));
  let next = 0;
  return parts.map((p) => (p.type === 'element' ? (items[next++] as T) : p.value));
}

const listFormats = new Map<string, Intl.ListFormat>();

/** One formatter per locale: building one costs a slow phone several ms, at every step's legend. */
function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
}
