import { useSyncExternalStore } from 'react';
import { detectProtocol, OWN_PROTOCOL, type HeightProtocol } from './height-protocols.ts';

/** wp-embed.js may add "#?secret=" after the iframe has loaded: that is a hashchange. */
const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

let cached: { key: string; protocol: HeightProtocol } | null = null;

function snapshot(): HeightProtocol {
  // Opened on its own (not framed), the embed has no host to speak to.
  if (window.parent === window) return OWN_PROTOCOL;
  const key = window.location.search + window.location.hash;
  if (cached?.key !== key)
    cached = { key, protocol: detectProtocol(window.location.search, window.location.hash) };
  return cached.protocol;
}

/**
 * The protocol the host page speaks, from the embed's own address. The server and hydration
 * see the own protocol (the prerendered page has no address to read); the real one follows.
 */
export function useHostProtocol(): HeightProtocol {
  return useSyncExternalStore(subscribe, snapshot, () => OWN_PROTOCOL);
}
