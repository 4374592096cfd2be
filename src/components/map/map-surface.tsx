import { memo, type CSSProperties } from 'react';
import type { Camera, Viewport } from '../../geo/camera-math.ts';
import { formatNumber } from '../../geo/format-number.ts';
import { MAP_COLORS as C, MAP_LINES, MAP_MARKS } from '../../geo/map-style.ts';
import type { Land, WorldGeometry } from '../../geo/world-geometry.ts';

/**
 * What the map's layers are drawn for. The page: class names, styled by global.css and the token
 * table's rules (virtual:map-style.css), and the camera's `--px` for their line widths. A social
 * card, which resvg renders: the same elements and class names, with the token table's card
 * column written on them as presentation attributes, line widths as world lengths at the camera;
 * `lang` picks the labels' font-family lists (src/geo/card-type.ts).
 */
export type Medium = { readonly kind: 'page' } | { readonly kind: 'card'; readonly lang?: string };

export const PAGE_MEDIUM: Medium = { kind: 'page' };

/** The id of the secondary tone's hatch (global.css fills `path.tone-secondary` with it). */
export const HATCH_ID = 'hatch-secondary';

export type Tone = 'primary' | 'secondary';

/** A route as the surface draws it: a gesture is dashed and ends in an arrowhead. */
export interface SurfaceRoute {
  readonly id: string;
  readonly d: string;
  readonly gesture: boolean;
}

/** A view's route as the surface draws it, or none. */
export function surfaceRoute(
  routes: WorldGeometry['routes'],
  id: string | undefined,
): SurfaceRoute | undefined {
  const route = id === undefined ? undefined : routes[id];
  return id !== undefined && route
    ? { id, d: route.d, gesture: route.head !== undefined }
    : undefined;
}

export interface MapSurfaceProps {
  medium: Medium;
  camera: Camera;
  viewport: Viewport;
  /** The land drawn: all of it, or the part a prerendered frame shows. */
  land: Land;
  /** The tone of every shaded province. */
  tones: ReadonlyMap<string, Tone>;
  /** The border's path, when the view draws it. */
  border: string | undefined;
  route: SurfaceRoute | undefined;
}

/**
 * The drawing under the camera, pure and hook-free (the cards render it in Node with
 * `renderToStaticMarkup`): the hatch, the sea, then in world space the land and its coastline,
 * the shaded provinces, the border and the route.
 */
export function MapSurface({
  medium,
  camera,
  viewport,
  land,
  tones,
  border,
  route,
}: MapSurfaceProps) {
  const card = medium.kind === 'card';
  const cardCamera = card ? camera : undefined;
  const px = (line: Line) => cardWidth(line, cardCamera);
  const shaded = land.provinces.filter((p) => tones.has(p.id));
  const [dash, gap] = MAP_MARKS.gestureDash;
  return (
    <>
      {/* Only where a province takes the hatch: bytes a prerendered frame need not carry. */}
      {[...tones.values()].includes('secondary') ? (
        <defs>
          <HatchPattern id={HATCH_ID} medium={medium} scale={camera.worldLength(1)} />
        </defs>
      ) : null}
      <rect
        className="sea"
        width={viewport.width}
        height={viewport.height}
        fill={card ? C.sea : undefined}
      />
      <g
        transform={camera.toString()}
        data-camera=""
        strokeLinejoin={card ? 'round' : undefined}
        style={card ? undefined : worldPx(camera)}
      >
        <BaseLand land={land} medium={medium} cardCamera={cardCamera} />
        <g
          className="highlights"
          stroke={card ? C.outline : undefined}
          strokeWidth={px('highlight')}
        >
          {shaded.map((p) => {
            const tone = tones.get(p.id);
            return (
              <path
                key={p.id}
                d={p.d}
                className={`province tone-${tone}`}
                data-region={p.id}
                fill={card ? (tone === 'primary' ? C.primary : `url(#${HATCH_ID})`) : undefined}
              />
            );
          })}
        </g>
        {border !== undefined ? (
          <path
            className="border"
            d={border}
            {...(card && {
              fill: 'none',
              stroke: C.outline,
              strokeWidth: px('border'),
              strokeLinecap: 'round',
            })}
          />
        ) : null}
        {route && card ? (
          <path
            className="route-halo"
            d={route.d}
            fill="none"
            stroke={C.halo}
            strokeOpacity={MAP_MARKS.routeHaloOpacity}
            strokeWidth={px('routeHalo')}
            strokeLinecap="round"
          />
        ) : null}
        {route ? (
          <path
            key={route.id}
            className={route.gesture ? 'route is-gesture' : 'route'}
            d={route.d}
            // The page's dashes and draw-in animation are fractions of the path (global.css).
            pathLength={card ? undefined : 1}
            {...(card && {
              fill: 'none',
              stroke: C.route,
              strokeWidth: px(route.gesture ? 'gesture' : 'route'),
              strokeLinecap: 'round',
              strokeDasharray: route.gesture
                ? `${worldLength(dash, cardCamera)} ${worldLength(gap, cardCamera)}`
                : undefined,
            })}
          />
        ) : null}
      </g>
    </>
  );
}

type Line = keyof typeof MAP_LINES;

/**
 * The page's `--px`: world units per screen px at the camera, which the CSS line widths multiply
 * (map-style-css.ts).
 */
const worldPx = (camera: Camera) => ({ '--px': worldLength(1, camera) }) as CSSProperties;

/** `pixels` screen px in world units at a camera, to 4 decimals; none without one. */
const worldLength = (pixels: number, camera: Camera | undefined) =>
  camera && formatNumber(camera.worldLength(pixels), 4);

/** A line's width on a card, in world units; none on the page, whose CSS sets it. */
const cardWidth = (line: Line, cardCamera: Camera | undefined) =>
  worldLength(MAP_LINES[line].card, cardCamera);

/**
 * The secondary tone's hatch (lines at 45°). The page's tile is in world units, under the
 * camera, so it zooms with the land; a card's is in px: `scale` (world units per px) undoes the
 * camera. 1 for a hatch outside the camera (the card's legend swatch).
 */
export function HatchPattern({ id, medium, scale }: { id: string; medium: Medium; scale: number }) {
  if (medium.kind === 'page') {
    const { tile } = MAP_MARKS.hatch.page;
    return (
      <pattern
        id={id}
        width={tile}
        height={tile}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={tile} height={tile} className="hatch-bg" />
        <line x1="0" y1="0" x2="0" y2={tile} className="hatch-line" />
      </pattern>
    );
  }
  const { tile, line } = MAP_MARKS.hatch.card;
  const zoom = scale === 1 ? '' : `scale(${formatNumber(scale, 6)}) `;
  return (
    <pattern
      id={id}
      width={tile}
      height={tile}
      patternUnits="userSpaceOnUse"
      patternTransform={`${zoom}rotate(45)`}
    >
      <rect width={tile} height={tile} className="hatch-bg" fill={C.hatchBg} />
      <rect x="0" y="0" width={line} height={tile} className="hatch-line" fill={C.hatchLine} />
    </pattern>
  );
}

/** Land that never changes: drawn once and skipped by React on every step. */
const BaseLand = memo(function BaseLand({
  land,
  medium,
  cardCamera,
}: {
  land: Land;
  medium: Medium;
  /** A card's camera, for its line widths; none on the page, so its land never redraws. */
  cardCamera: Camera | undefined;
}) {
  const card = medium.kind === 'card';
  return (
    <>
      <g
        className="context"
        {...(card && {
          fill: C.context,
          stroke: C.contextStroke,
          strokeWidth: cardWidth('context', cardCamera),
        })}
      >
        {land.context.map((c) => (
          <path key={c.id} d={c.d} />
        ))}
      </g>
      <g
        className="provinces"
        {...(card && { stroke: C.provinceStroke, strokeWidth: cardWidth('province', cardCamera) })}
      >
        {land.provinces.map((p) => (
          <path
            key={p.id}
            d={p.d}
            className={`province country-${p.country}`}
            fill={card ? (C.land[p.country] ?? C.context) : undefined}
          />
        ))}
      </g>
      {land.coast !== '' ? (
        <path
          className="coast"
          d={land.coast}
          {...(card && {
            fill: 'none',
            stroke: C.coast,
            strokeWidth: cardWidth('coast', cardCamera),
          })}
        />
      ) : null}
    </>
  );
});
