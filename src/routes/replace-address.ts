/**
 * Replaces the address bar's URL without a history entry, if the current address matches
 * `owns` accepts it. Keeps the router's history state.
 * Where history is unavailable (sandboxed embeds, some privacy modes) it quietly does nothing.
 */
export function replaceAddress(href: string, owns: (pathname: string) => boolean): void {
  try {
    const current = window.location.pathname + window.location.search;
    if (current === href) return;
    // The reader may have just left for another page (an effect can run after a click's
    // navigation): never overwrite an address this page does not own.
    if (!owns(window.location.pathname)) return;
    window.history.replaceState(window.history.state, '', href);
  } catch {
    // The reader keeps the address they came by; nothing else depends on it.
  }
}

/** The tab's title, as a page load would set it (the story retitles itself as the reader moves). */
export function setDocumentTitle(title: string): void {
  document.title = title;
}
