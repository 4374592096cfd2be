import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_TYPES, MAP_COLORS, MAP_LINES } from './map-style.ts';
import { mapStyleCss } from './map-style-css.ts';
import { LABEL_KINDS } from './view-labels.ts';

/** `selector { … }` blocks of a stylesheet as [selector, declarations]. */
const rulesOf = (css: string) =>
  [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [m[1]!.trim(), m[2]!] as const);

describe('the map style written from the token table', () => {
  const css = mapStyleCss();

  it('gives every label kind its page type and colours from the table', () => {
    for (const kind of LABEL_KINDS) {
      const t = LABEL_TYPES[kind];
      const rule = rulesOf(css).find(([selector]) => selector === `.label.is-${kind}`);
      expect(rule?.[1], kind).toContain(`${t.weight.page} ${t.size.page}px/1 var(--${t.family})`);
      expect(rule?.[1], kind).toContain(`fill:${t.fill};stroke:${t.halo}`);
    }
    expect(css).toContain(`.sea{fill:${MAP_COLORS.sea}}`);
  });

  it("gives the map's lines their page widths from the table", () => {
    // The land's lines as world lengths: the camera's --px (world units per screen px) times
    // the table's px, so they keep their screen width at every zoom.
    expect(css).toContain(`.border{stroke-width:calc(var(--px)*${MAP_LINES.border.page}px)}`);
    expect(css).toContain(
      `.route.is-gesture{stroke-width:calc(var(--px)*${MAP_LINES.gesture.page}px)}`,
    );
    expect(css).toContain(
      `stroke:${MAP_COLORS.provinceStroke};stroke-width:calc(var(--px)*0.7px)}`,
    );
    expect(rulesOf(css).find(([s]) => s === '.dot.is-place')?.[1]).toContain(
      `stroke-width:${MAP_LINES.placeDot.page}`,
    );
  });

  it('is the only place the stylesheet sets those properties', () => {
    const sheet = readFileSync('src/styles/global.css', 'utf8');
    const written = rulesOf(css).flatMap(([selectors, declarations]) =>
      selectors.split(',').map((selector) => ({
        selector,
        properties: declarations.split(';').map((d) => d.split(':')[0]),
      })),
    );
    const shared = rulesOf(sheet).flatMap(([selector, declarations]) => {
      const token = written.find((w) => w.selector === selector);
      const set = declarations.split(';').map((d) => d.split(':')[0]!.trim());
      return token ? [{ selector, clashes: token.properties.filter((p) => set.includes(p!)) }] : [];
    });
    // global.css keeps the structure of these rules (joins, caps, animation)…
    expect(shared.length).toBeGreaterThanOrEqual(5);
    // …and none of the properties the tokens decide.
    expect(shared.filter((r) => r.clashes.length > 0)).toEqual([]);
  });
});
