import { allowedByPolicy } from './permissions-policy.ts';

/**
 * Copies text to the clipboard. Returns false where the browser refuses (no permission, a
 * sandboxed embed, an old browser): callers then show the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText || !allowedByPolicy('clipboard-write')) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
