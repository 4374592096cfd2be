/**
 * A page's edition travels in the page: JSON in a `<script type="application/json">` (data,
 * never run; the CSP allows no inline script, and this is not one), written by the build
 * (document.tsx) and read by the page's script before it hydrates. So one script serves every
 * language, and no script carries the story's words.
 */
import type { Content } from './content-types.ts';

export const PAGE_DATA_ID = 'page-data';

/** JSON for inside a `<script>` data block: no "</script>" inside can end it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page's edition, or undefined when the page carries none (then nothing hydrates). */
export function readPageData(doc: Document = document): Content | undefined {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Content;
  } catch {
    return undefined;
  }
}
