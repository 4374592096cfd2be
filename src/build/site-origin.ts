/**
 * SITE_ORIGIN: the public origin absolute addresses are made with (canonical links, link
 * previews, oEmbed, embed codes). A local build defaults to the local server of `npm start`. A
 * build for publishing (PUBLISH=1, as `npm run build:publish` sets) must name a real public
 * origin: with a loopback or private address, a non-standard port or plain http, crawlers,
 * link previews and host pages (WordPress refuses such hosts) would point where they cannot go.
 */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4173';

const EXAMPLE = 'SITE_ORIGIN=https://explainer.example.org npm run build:publish';

export class SiteOriginError extends Error {
  override name = 'SiteOriginError';
}

export interface OriginEnv {
  SITE_ORIGIN?: string | undefined;
  PUBLISH?: string | undefined;
}

export const isPublishBuild = (env: OriginEnv): boolean =>
  env.PUBLISH === '1' || env.PUBLISH === 'true';

/** The origin to build for, or a SiteOriginError that says what to set. */
export function siteOriginFrom(env: OriginEnv): string {
  const publish = isPublishBuild(env);
  const raw = env.SITE_ORIGIN?.trim();
  if (!raw) {
    if (!publish) return LOCAL_ORIGIN;
    throw new SiteOriginError(
      `A build for publishing needs the site's public origin, and SITE_ORIGIN is not set. ` +
        `Set it, e.g. ${EXAMPLE}`,
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteOriginError(
      `SITE_ORIGIN "${raw}" is not a URL; write it like https://explainer.example.org`,
    );
  }
  if (
    !/^https?:$/.test(url.protocol) ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  ) {
    throw new SiteOriginError(
      `SITE_ORIGIN "${raw}" must be just an origin such as https://explainer.example.org ` +
        `(put a sub-folder in BASE_PATH)`,
    );
  }
  if (publish) {
    const problem = publishProblem(url);
    if (problem)
      throw new SiteOriginError(
        `SITE_ORIGIN "${raw}" ${problem}. A build for publishing needs the site's public ` +
          `https origin, e.g. ${EXAMPLE}`,
      );
  }
  return url.origin;
}

/** Why an origin cannot be published at, or null. */
function publishProblem(url: URL): string | null {
  if (url.protocol !== 'https:')
    return 'is not https (link previews, player cards and https host pages need https)';
  if (url.port)
    return `uses port ${url.port} (host pages such as WordPress only embed from the standard port)`;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || isLocalIp(host))
    return 'is a loopback or private address, which no crawler or host page can reach';
  if (!host.includes('.')) return 'is not a public host name';
  return null;
}

function isLocalIp(host: string): boolean {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  // IPv6: loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), mapped IPv4.
  return (
    host.includes(':') &&
    (host === '::1' ||
      host === '::' ||
      /^f[cd]/.test(host) ||
      /^fe[89ab]/.test(host) ||
      host.startsWith('::ffff:'))
  );
}
