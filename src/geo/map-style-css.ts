/**
 * The map's token-carrying CSS rules, written from the token table (map-style.ts): colours,
 * and each label kind's type. global.css keeps the rules' structure (stroke widths that do not
 * scale, joins, animation); this adds what the tokens decide. Served to the app as the Vite
 * module `virtual:map-style.css` (vite.config.ts).
 */
import { LABEL_TYPES, MAP_COLORS as C } from './map-style.ts';
import { LABEL_KINDS } from './view-labels.ts';

export function mapStyleCss(): string {
  const rules: [selector: string, declarations: string][] = [
    ['.sea', `fill:${C.sea}`],
    ['.context path', `fill:${C.context};stroke:${C.contextStroke}`],
    ['.provinces path', `stroke:${C.provinceStroke}`],
    ...Object.entries(C.land).map(([id, fill]): [string, string] => [
      `.country-${id}`,
      `fill:${fill}`,
    ]),
    ['.highlights path,.border', `stroke:${C.outline}`],
    ['.tone-primary', `fill:${C.primary}`],
    ['.hatch-bg', `fill:${C.hatchBg}`],
    ['.hatch-line', `stroke:${C.hatchLine}`],
    ['.route', `stroke:${C.route}`],
    ['.route-head', `fill:${C.route};stroke:${C.halo}`],
    ['.dot.is-place', `fill:${C.placeDot};stroke:${C.halo}`],
    ['.dot.is-orientation', `fill:${C.halo};stroke:${C.orientationDot}`],
    ...LABEL_KINDS.map((kind): [string, string] => {
      const t = LABEL_TYPES[kind];
      const style = t.italic ? 'italic ' : '';
      const font = `${style}${t.weight.page} ${t.size.page}px/1 var(--${t.family})`;
      const spacing = t.letterSpacing.page ? `;letter-spacing:${t.letterSpacing.page}px` : '';
      return [
        `.label.is-${kind}`,
        `font:${font}${spacing};fill:${t.fill};stroke:${t.halo};stroke-width:${t.haloWidth}px`,
      ];
    }),
  ];
  return rules.map(([selector, declarations]) => `${selector}{${declarations}}`).join('\n') + '\n';
}
