/**
 * Copies text to the clipboard. Returns false where the browser refuses (no permission, a
 * sandboxed embed, an old browser): callers then show the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
