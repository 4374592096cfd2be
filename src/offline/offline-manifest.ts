/**
 * An edition's copy for offline reading, as the build describes it and its service worker serves
 * it (src/entry-offline-worker.ts). Pure: the build, the worker, the page's control and the tests
 * share it.
 *
 * One worker per edition, at the edition's folder (`/sw.js`, `/ko/sw.js`, under the base path:
 * address/paths.ts), so its scope is that edition. The build writes each worker with this
 * manifest in front of it: a file changes, the worker's bytes change, and the browser installs
 * the new version.
 */

export interface OfflineManifest {
  /** The edition's folder, an absolute path ending in "/": the worker's scope. */
  scope: string;
  /** A hash of every saved file's address and content: names the version's cache. */
  build: string;
  /** The saved pages' addresses (story, sections, /read/, /sources/), absolute paths. */
  pages: string[];
  /** The edition's 404 page, sent for any other address in the edition. */
  notFound: string;
  /** Every saved file (the pages, the 404 page, every script and stylesheet they use): its
   * address and its Subresource Integrity hash, which the worker checks as it saves it. */
  files: Record<string, string>;
  /** Folders under the scope that are not this copy's (other editions, embeds): the network's. */
  elsewhere: string[];
}

/** Every cache of the edition at `scope` starts with this: one cache per version. */
export const offlineCachePrefix = (scope: string): string => `offline:${scope}:`;

/** The cache that holds one version (`build`) of the edition at `scope`. */
export const offlineCacheName = (scope: string, build: string): string =>
  offlineCachePrefix(scope) + build;

/** Put last into a version's cache: a cache without it is incomplete and is never served. */
export const COMPLETE_KEY = '/.offline-complete';

/** How the worker answers a request for `path` (an absolute path, no query). */
export type OfflineRoute =
  /** Not this copy's: the browser asks the network, as if there were no worker. */
  | { kind: 'network' }
  /** A saved file, or a saved page. */
  | { kind: 'file'; path: string }
  | { kind: 'page'; path: string }
  /** A page's address without its final "/": where a static host redirects. */
  | { kind: 'redirect'; to: string }
  /** Any other address in the edition: its 404 page, with status 404. */
  | { kind: 'not-found'; path: string };

const NETWORK: OfflineRoute = { kind: 'network' };

/** A file name with an extension other than .html (images, oEmbed documents, scripts). */
const plainFile = (path: string) => /\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html');

export function offlineRoute(m: OfflineManifest, path: string, navigate: boolean): OfflineRoute {
  if (!path.startsWith(m.scope) || m.elsewhere.some((folder) => path.startsWith(folder)))
    return NETWORK;
  if (!navigate) return path in m.files ? { kind: 'file', path } : NETWORK;
  const page = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  if (m.pages.includes(page)) return { kind: 'page', path: page };
  if (m.pages.includes(`${page}/`)) return { kind: 'redirect', to: `${page}/` };
  if (path in m.files) return { kind: 'file', path };
  if (plainFile(path)) return NETWORK;
  return { kind: 'not-found', path: m.notFound };
}

/** Whether a page at `path` is one this copy serves (so its scripts come from the copy too). */
export const servesPage = (m: OfflineManifest, path: string): boolean =>
  offlineRoute(m, path, true).kind !== 'network';
