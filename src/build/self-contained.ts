/**
 * What in an HTML file would fetch or run anything, or lead nowhere once the file is away from
 * the site: the single-file article must hold none of it, and the build stops on any
 * (prerender.ts). Allowed: inline <style>, inline SVG, links to #fragments and to absolute
 * http(s) addresses (the site, the reports' pages). The patterns read markup as React writes it:
 * attribute values in double quotes, quotes in text escaped.
 */
const rules: [RegExp, string][] = [
  [/<script\b/gi, 'a script (none, not even a data block)'],
  [/<link\b/gi, 'a <link>'],
  [/<base\b/gi, 'a <base>'],
  [
    /<(img|picture|iframe|frame|object|embed|video|audio|source|track|form|image|feImage)\b/gi,
    'an element that loads or sends',
  ],
  [/\s(src|srcset|poster|data|action|formaction|background|ping|xlink:href)="/gi, 'a load'],
  [/\son[a-z]+="/gi, 'an event handler'],
  [/http-equiv="refresh"/gi, 'a refresh'],
  [/@import\b/gi, 'a CSS @import'],
  [/url\(\s*(?!['"]?#)/gi, 'a CSS url() outside the file'],
  [/\shref="(?!#|https?:\/\/)[^"]*"/gi, 'a link that works only on the site'],
];

/** Each offending piece of `html`, described, with where it starts; none for a clean file. */
export function externalReferences(html: string): string[] {
  return rules.flatMap(([pattern, what]) =>
    [...html.matchAll(pattern)].map(
      (m) => `${what} at ${m.index}: ${html.slice(m.index, m.index + 60)}`,
    ),
  );
}
