/**
 * How an embed tells its host page how tall it is, in the protocols hosts already run:
 * WordPress's embed protocol, Pym.js, and this site's own JSON message (used by embed.js).
 * Pure: parsing and message building only; the messenger does the posting.
 */
export type HeightProtocol =
  | { kind: 'wordpress'; secret: string }
  | { kind: 'pym'; childId: string }
  | { kind: 'own' };

/** This site's message type, checked by the host loader (public/embed.js). */
export const OWN_MESSAGE_TYPE = 'defector-route-explainer:height';

const WP_SECRET = /^[A-Za-z0-9]{1,32}$/;
const PYM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Picks the protocol from the embed's own address; malformed values are ignored. */
export function detectProtocol(search: string, hash: string): HeightProtocol {
  // WordPress appends "#?secret=<10 alphanumerics>" to the iframe URL.
  const secret = /^#\?secret=([^&]*)/.exec(hash)?.[1];
  if (secret && WP_SECRET.test(secret)) return { kind: 'wordpress', secret };
  const childId = new URLSearchParams(search).get('childId');
  if (childId && PYM_ID.test(childId)) return { kind: 'pym', childId };
  return { kind: 'own' };
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

/** True when a message from the host is Pym's "width" ping for this child (answer with height). */
export function isPymWidthMessage(protocol: HeightProtocol, data: unknown): boolean {
  if (protocol.kind !== 'pym' || typeof data !== 'string') return false;
  const parts = data.split('xPYMx');
  return parts.length === 4 && parts[0] === 'pym' && parts[1] === protocol.childId && parts[2] === 'width' && /^\d{1,5}$/.test(parts[3] ?? '');
}
