/**
 * How an embed talks to its host page, in the protocols hosts already run: WordPress's embed
 * protocol (wp-embed.js), Pym.js, and this site's own JSON message (used by embed.js).
 * Pure: parsing and message building only; the hooks in this folder do the posting.
 */
export type HeightProtocol =
  { kind: 'wordpress'; secret: string } | { kind: 'pym'; childId: string } | { kind: 'own' };

/** This site's message type, checked by the host loader (public/embed.js). */
export const OWN_MESSAGE_TYPE = 'defector-route-explainer:height';

export const OWN_PROTOCOL: HeightProtocol = { kind: 'own' };

const WP_SECRET = /^[A-Za-z0-9]{1,32}$/;
const PYM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Picks the protocol from the embed's own address; malformed values are ignored. */
export function detectProtocol(search: string, hash: string): HeightProtocol {
  // WordPress appends "#?secret=<10 alphanumerics>" to the iframe URL (wp-embed.js may add it
  // after the iframe has loaded, so callers re-detect on hashchange).
  const secret = /^#\?secret=([^&]*)/.exec(hash)?.[1];
  if (secret && WP_SECRET.test(secret)) return { kind: 'wordpress', secret };
  const childId = new URLSearchParams(search).get('childId');
  if (childId && PYM_ID.test(childId)) return { kind: 'pym', childId };
  return OWN_PROTOCOL;
}

/** The message that reports `height` (CSS px) under a protocol. */
export function heightMessage(protocol: HeightProtocol, height: number, slug: string): unknown {
  const value = Math.max(0, Math.ceil(height));
  switch (protocol.kind) {
    case 'wordpress':
      return { message: 'height', value, secret: protocol.secret };
    case 'pym':
      return ['pym', protocol.childId, 'height', String(value)].join('xPYMx');
    case 'own':
      return { type: OWN_MESSAGE_TYPE, slug, height: value };
  }
}

/**
 * True when a message from the host asks for the height now: Pym's "width" ping for this
 * child, or wp-embed.js's "ready" for this secret (sent when it starts after the embed has
 * already posted, e.g. behind slow footer scripts; the iframe stays hidden until answered).
 */
export function asksForHeight(protocol: HeightProtocol, data: unknown): boolean {
  if (protocol.kind === 'wordpress') {
    return (
      typeof data === 'object' &&
      data !== null &&
      (data as { message?: unknown }).message === 'ready' &&
      (data as { secret?: unknown }).secret === protocol.secret
    );
  }
  return isPymWidthMessage(protocol, data);
}

/** True when a message from the host is Pym's "width" ping for this child (answer with height). */
export function isPymWidthMessage(protocol: HeightProtocol, data: unknown): boolean {
  if (protocol.kind !== 'pym' || typeof data !== 'string') return false;
  const parts = data.split('xPYMx');
  return (
    parts.length === 4 &&
    parts[0] === 'pym' &&
    parts[1] === protocol.childId &&
    parts[2] === 'width' &&
    /^\d{1,5}$/.test(parts[3] ?? '')
  );
}

/**
 * WordPress's "link" message for a link clicked inside its sandboxed iframe (which may neither
 * open a popup nor move the top page itself). wp-embed.js follows only http(s) URLs on the
 * iframe's own host and resolves the value against the host page, so it must be absolute.
 * Null for anything it would refuse.
 */
export function wordpressLinkMessage(
  protocol: HeightProtocol,
  href: string,
  embedUrl: string,
): unknown {
  if (protocol.kind !== 'wordpress') return null;
  let target: URL;
  let embed: URL;
  try {
    target = new URL(href, embedUrl);
    embed = new URL(embedUrl);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(target.protocol) || target.host !== embed.host) return null;
  return { message: 'link', value: target.href, secret: protocol.secret };
}
