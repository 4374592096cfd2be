/**
 * Calls `action` once the page has not scrolled for `ms` (counted from now, and restarted by
 * every scroll). Returns a cancel. A scroll event only notes its time and one timer checks it when
 * it fires: a timer cleared and set again per scroll event was a slow phone's script cost while
 * scrolling.
 */
export function afterScrollRest(ms: number, action: () => void): () => void {
  let lastScroll = performance.now();
  const noteScroll = () => void (lastScroll = performance.now());
  const check = () => {
    const rested = performance.now() - lastScroll;
    if (rested < ms) {
      timer = window.setTimeout(check, ms - rested);
      return;
    }
    window.removeEventListener('scroll', noteScroll);
    action();
  };
  let timer = window.setTimeout(check, ms);
  window.addEventListener('scroll', noteScroll, { passive: true });
  return () => {
    window.clearTimeout(timer);
    window.removeEventListener('scroll', noteScroll);
  };
}
