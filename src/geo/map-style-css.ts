/**
 * The map's token-carrying CSS rules, written from the token table (map-style.ts): colours, line
 * widths, and each label kind's type, the page's column of each. global.css keeps the rules'
 * structure (joins, caps, animation); this adds what the tokens decide. The land's line widths
 * are world lengths: `--px` (world units per screen px, which the drawing sets with its camera)
 * times the table's px.
 * Served to the app as the Vite module `virtual:map-style.css` (vite.config.ts).
 */
import { DOT_PAINT, LABEL_TYPES, MAP_COLORS as C, MAP_LINES as L, MAP_MARKS } from './map-style.ts';
import { LABEL_KINDS } from './view-labels.ts';

/** `pixels` screen px as a length in the camera's world units. */
const onLand = (pixels: number) => `calc(var(--px)*${pixels}px)`;

export function mapStyleCss(): string {
  const rules: [selector: string, declarations: string][] = [
    ['.sea', `fill:${C.sea}`],
    ['.map-canvas', `background:${C.sea}`],
    [
      '.context path',
      `fill:${C.context};stroke:${C.contextStroke};stroke-width:${onLand(L.context.page)}`,
    ],
    ['.provinces path', `stroke:${C.provinceStroke};stroke-width:${onLand(L.province.page)}`],
    ['.coast', `stroke:${C.coast};stroke-width:${onLand(L.coast.page)}`],
    ...Object.entries(C.land).map(([id, fill]): [string, string] => [
      `.country-${id}`,
      `fill:${fill}`,
    ]),
    ['.highlights path,.border', `stroke:${C.outline}`],
    ['.highlights path', `stroke-width:${onLand(L.highlight.page)}`],
    ['.border', `stroke-width:${onLand(L.border.page)}`],
    ['.tone-primary', `fill:${C.primary}`],
    ['.hatch-bg', `fill:${C.hatchBg}`],
    ['.hatch-line', `stroke:${C.hatchLine};stroke-width:${MAP_MARKS.hatch.page.line}`],
    ['.route', `stroke:${C.route};stroke-width:${onLand(L.route.page)}`],
    ['.route.is-gesture', `stroke-width:${onLand(L.gesture.page)}`],
    ['.route-head', `fill:${C.route};stroke:${C.halo};stroke-width:${L.routeHead.page}`],
    ...(['place', 'orientation'] as const).map((kind): [string, string] => {
      const { fill, stroke } = DOT_PAINT[kind];
      const width = L[kind === 'place' ? 'placeDot' : 'orientationDot'].page;
      return [`.dot.is-${kind}`, `fill:${fill};stroke:${stroke};stroke-width:${width}`];
    }),
    // The legend's swatches (legend-swatch.tsx): the same paints, on a piece of land.
    ['.swatch-ground', `fill:${C.land.CN ?? C.context}`],
    ['.swatch-area', `stroke:${C.outline};stroke-width:${L.highlight.page}`],
    ['.swatch-line.is-border', `stroke:${C.outline};stroke-width:${L.border.page}`],
    ['.swatch-line.is-route', `stroke:${C.route};stroke-width:${L.route.page}`],
    ['.swatch-line.is-gesture', `stroke:${C.route};stroke-width:${L.gesture.page}`],
    ...LABEL_KINDS.map((kind): [string, string] => {
      const t = LABEL_TYPES[kind];
      const style = t.italic ? 'italic ' : '';
      const font = `${style}${t.weight.page} ${t.size.page}px/1 var(--${t.family})`;
      const spacing = t.letterSpacing.page ? `;letter-spacing:${t.letterSpacing.page}px` : '';
      return [
        `.label.is-${kind}`,
        `font:${font}${spacing};fill:${t.fill};stroke:${t.halo};stroke-width:${t.haloWidth.page}px`,
      ];
    }),
  ];
  return rules.map(([selector, declarations]) => `${selector}{${declarations}}`).join('\n') + '\n';
}
