/**
 * Replaces the address bar's URL without a history entry. Keeps the router's history state.
 * Where history is unavailable (sandboxed embeds, some privacy modes) it quietly does nothing.
 */
export function replaceAddress(href: string): void {
  try {
    const current = window.location.pathname + window.location.search;
    if (current === href) return;
    window.history.replaceState(window.history.state, '', href);
  } catch {
    // The reader keeps the address they came by; nothing else depends on it.
  }
}
