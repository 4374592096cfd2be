import type { Plugin } from 'vite';
import { mapStyleCss } from '../geo/map-style-css.ts';

/**
 * `virtual:map-style.css`: the map's colours and label type as CSS, written from the token table
 * (src/geo/map-style.ts) that the label engine and the social cards read too.
 */
export function mapStyleModule(): Plugin {
  const id = 'virtual:map-style.css';
  return {
    name: 'map-style',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? mapStyleCss() : null),
  };
}
