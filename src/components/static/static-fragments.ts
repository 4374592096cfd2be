/**
 * The words of a page are server HTML the browser never re-renders: "static fragments". On the
 * page the reader loaded they are already in the DOM; after an in-app navigation they come from
 * the prerendered page itself, fetched once, so the app's JavaScript carries no story text.
 * Plain DOM code, no React.
 */
const fragments = new Map<string, string>();
const loading = new Map<string, Promise<void>>();

/** A fragment's HTML if this document or an earlier fetch has it. */
export function knownFragment(id: string): string | undefined {
  const cached = fragments.get(id);
  if (cached !== undefined) return cached;
  const el =
    typeof document === 'undefined'
      ? null
      : document.querySelector(`[data-static="${CSS.escape(id)}"]`);
  if (!el) return undefined;
  fragments.set(id, el.innerHTML);
  return el.innerHTML;
}

/** Reads every fragment of the prerendered page at `href` into the cache (once per page). */
export function loadFragments(href: string): Promise<void> {
  const page = href.replace(/[?#].*$/, '');
  let pending = loading.get(page);
  if (!pending) {
    pending = fetch(page, { credentials: 'same-origin' })
      .then((r) =>
        r.ok || r.status === 404
          ? r.text()
          : Promise.reject(new Error(`${page}: HTTP ${r.status}`)),
      )
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (const el of doc.querySelectorAll<HTMLElement>('[data-static]')) {
          const id = el.dataset.static;
          if (id && !fragments.has(id)) fragments.set(id, el.innerHTML);
        }
      })
      .catch((e: unknown) => {
        loading.delete(page); // a later navigation may try again
        throw e;
      });
    loading.set(page, pending);
  }
  return pending;
}

/**
 * loadFragments for rendering: if the page cannot be fetched (offline, a deploy in between),
 * fall back to loading it as a page, which never fails worse than a plain link would.
 */
export function fragmentsOrPageLoad(href: string): Promise<void> {
  return loadFragments(href).catch(() => {
    window.location.assign(href);
    return new Promise<void>(() => undefined);
  });
}
