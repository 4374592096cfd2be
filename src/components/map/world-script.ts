import type * as Runtime from './map-runtime.ts';

/** The embed page names its map-runtime script in this meta tag (written by prerender.ts). */
export const GEOMETRY_META = 'explainer-geometry';

/** The globals through which the embed's two scripts share one React (see vite.config.ts). */
export const SHARED_REACT_GLOBAL = '__explainerReact';
export const SHARED_JSX_GLOBAL = '__explainerJsxRuntime';

declare global {
  interface Window {
    __explainerMapRuntime?: typeof Runtime;
  }
}

/**
 * The embed's map runtime, from its own classic script (entry-embed-geo.ts): one script tag
 * added once, resolved when the script has set the runtime. Rejects if the page names no
 * script or it fails to load; the prerendered map then stays, as without scripts.
 */
export function loadRuntimeScript(): Promise<typeof Runtime> {
  return new Promise((resolve, reject) => {
    if (window.__explainerMapRuntime) return resolve(window.__explainerMapRuntime);
    const src = document.querySelector<HTMLMetaElement>(`meta[name="${GEOMETRY_META}"]`)?.content;
    if (!src) return reject(new Error(`no <meta name="${GEOMETRY_META}">`));
    const script = document.createElement('script');
    script.src = src;
    script.onload = () =>
      window.__explainerMapRuntime
        ? resolve(window.__explainerMapRuntime)
        : reject(new Error(`${src} set no map runtime`));
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}
