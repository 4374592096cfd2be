import { useEffect } from 'react';
import { wordpressLinkMessage, type HeightProtocol } from './height-protocols.ts';

/**
 * Under WordPress the iframe is sandboxed with scripts only: it may not open a tab or move the
 * host page, and a link followed inside it would replace the card. So every link click (mouse,
 * keyboard, middle button) becomes wp-embed.js's "link" message, which moves the host page;
 * the card makes all its links same-site for this (see embed-card.tsx). Other hosts: nothing.
 */
export function useHostLinks(protocol: HeightProtocol): void {
  useEffect(() => {
    if (protocol.kind !== 'wordpress') return;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      const message = wordpressLinkMessage(protocol, link.href, window.location.href);
      if (message) window.parent.postMessage(message, '*');
    };
    document.addEventListener('click', onClick);
    document.addEventListener('auxclick', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('auxclick', onClick);
    };
  }, [protocol]);
}
