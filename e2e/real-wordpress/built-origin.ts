/**
 * The origin the site in dist/ was built for (its canonical address). A WordPress discovers an
 * embed by fetching the page's oEmbed link, which is absolute: to test a real WordPress, the
 * build must be served where it says it is. A local build names 127.0.0.1:4173
 * (site-origin.ts); the Playwright config serves dist/ there too.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The build's origin when these tests can serve it (loopback http with a port), else null. */
export function servableBuiltOrigin(dist = 'dist'): { origin: string; port: number } | null {
  const index = `${dist}/index.html`;
  if (!existsSync(index)) return null;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1];
  if (!canonical) return null;
  const url = new URL(canonical);
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || !url.port) return null;
  return { origin: url.origin, port: Number(url.port) };
}

/** The build's origin, or a clear failure saying how to make a build these tests can serve. */
export function builtOrigin(dist = 'dist'): string {
  const built = servableBuiltOrigin(dist);
  if (!built) {
    throw new Error(
      'The real-WordPress tests embed the site from where it was built for, so they need a ' +
        'local build (`npm run build`, without SITE_ORIGIN or PUBLISH) whose canonical origin ' +
        'is http://127.0.0.1:<port>.',
    );
  }
  return built.origin;
}
