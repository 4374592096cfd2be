/**
 * A page's edition, and the address the page was rendered for, travel in the page: JSON in a
 * `<script type="application/json">` (data, never run; the CSP allows no inline script, and this
 * is not one), written by the build (document.tsx) and read by the page's script before it
 * hydrates. So one script serves every language, no script carries the story's words, and no
 * script parses an address (the server did, with react-router: parse-address.ts).
 */
import type { Address } from '../address/address.ts';
import type { Content } from './content-types.ts';

export interface PageData {
  /** The page as the server matched it (its `?step` is the address bar's, read in the page). */
  page: Address;
  content: Content;
}

export const PAGE_DATA_ID = 'page-data';

/** JSON for inside a `<script>` data block: no "</script>" inside can end it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page's data, or undefined when the page carries none (then nothing hydrates). */
export function readPageData(doc: Document = document): PageData | undefined {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<PageData> | null;
    return data?.page && data.content ? (data as PageData) : undefined;
  } catch {
    return undefined;
  }
}
