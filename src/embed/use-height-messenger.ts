import { useEffect } from 'react';
import { asksForHeight, heightMessage, type HeightProtocol } from './height-protocols.ts';

/**
 * Inside an iframe, keeps the host page told how tall the embed is, in whichever protocol the
 * host speaks. Posts only numbers (nothing private), so the target origin can be "*". Acts on
 * no message except a host asking for the height (Pym's width ping, wp-embed.js's "ready"),
 * which it answers: a host whose script starts late would otherwise never hear it.
 */
export function useHeightMessenger(slug: string, protocol: HeightProtocol): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const send = (force = false) => {
      // Whole pixels, as posted: a sub-pixel change can still change the rounded height.
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (!force && height === last) return;
      last = height;
      try {
        window.parent.postMessage(heightMessage(protocol, height, slug), '*');
      } catch {
        // A host that refuses messages keeps its own height; nothing else to do.
      }
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && asksForHeight(protocol, event.data)) send(true);
    };
    send(true);
    window.addEventListener('message', onMessage);
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => send());
    observer?.observe(document.body);
    const onLoad = () => send(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => {
      observer?.disconnect();
      window.removeEventListener('message', onMessage);
      window.removeEventListener('load', onLoad);
    };
  }, [slug, protocol]);
}
