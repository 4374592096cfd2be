import type { WorldGeometry } from '../../geo/world-geometry.ts';

/** The embed page names its geometry script in this meta tag (written by prerender.ts). */
export const GEOMETRY_META = 'explainer-geometry';

declare global {
  interface Window {
    __explainerWorld?: WorldGeometry;
  }
}

/**
 * The embed's map geometry, from its own classic script (entry-embed-geo.ts): one script tag
 * added once, resolved when the script has set the geometry. Rejects if the page names no
 * script or it fails to load; the prerendered map then stays, as without scripts.
 */
export function loadWorldScript(): Promise<WorldGeometry> {
  return new Promise((resolve, reject) => {
    if (window.__explainerWorld) return resolve(window.__explainerWorld);
    const src = document.querySelector<HTMLMetaElement>(`meta[name="${GEOMETRY_META}"]`)?.content;
    if (!src) return reject(new Error(`no <meta name="${GEOMETRY_META}">`));
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (window.__explainerWorld ? resolve(window.__explainerWorld) : reject(new Error(`${src} set no geometry`)));
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}
