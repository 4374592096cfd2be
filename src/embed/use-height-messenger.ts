import { useEffect } from 'react';
import { detectProtocol, heightMessage, isPymWidthMessage } from './height-protocols.ts';

/**
 * Inside an iframe, keeps the host page told how tall the embed is, in whichever protocol the
 * host speaks. Posts only numbers (nothing private), so the target origin can be "*"; acts on
 * no message except Pym's width ping, which it answers with the height.
 */
export function useHeightMessenger(slug: string): void {
  useEffect(() => {
    if (window.parent === window) return;
    const protocol = detectProtocol(window.location.search, window.location.hash);
    let last = -1;
    const send = (force = false) => {
      const height = document.body.getBoundingClientRect().height;
      if (!force && Math.abs(height - last) < 1) return;
      last = height;
      try {
        window.parent.postMessage(heightMessage(protocol, height, slug), '*');
      } catch {
        // A host that refuses messages keeps its own height; nothing else to do.
      }
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isPymWidthMessage(protocol, event.data)) send(true);
    };
    send(true);
    window.addEventListener('message', onMessage);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => send());
    observer?.observe(document.body);
    window.addEventListener('load', () => send(true), { once: true });
    return () => {
      observer?.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [slug]);
}
