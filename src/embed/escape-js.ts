/**
 * A JavaScript string literal for any text, safe inside an inline <script> in HTML: JSON for
 * the quoting, and "<", ">", "&" and the two line separators as \u escapes, so neither
 * "</script>" nor "<!--" can end or change the script element, and no HTML escape (&#39;)
 * reaches the script as literal text.
 */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
