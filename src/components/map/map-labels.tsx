import type { Camera } from '../../geo/camera-math.ts';
import { cardTracking, fontFamily, cjkFamily, hasCjk, textRuns } from '../../geo/card-type.ts';
import { formatNumber } from '../../geo/format-number.ts';
import { DOT_PAINT, LABEL_TYPES, MAP_COLORS, MAP_LINES, MAP_MARKS } from '../../geo/map-style.ts';
import { shownText } from '../../geo/place-labels.ts';
import type { WorldPoint } from '../../geo/types.ts';
import type { MapLabel, ViewLabels } from '../../geo/view-labels.ts';
import { PAGE_MEDIUM, type Medium } from './map-surface.tsx';

/** A gesture's arrowhead: where it points from, and its heading in degrees. */
export type RouteHead = { at: WorldPoint; angle: number } | undefined;

interface MapMarksProps {
  medium: Medium;
  labels: ViewLabels;
  head: RouteHead;
  camera: Camera;
}

interface MapLabelsProps extends Omit<MapMarksProps, 'medium'> {
  viewBox: string;
  /**
   * Hidden (global.css fades them) while the camera flies, and while they are not yet placed for
   * the view drawn (use-placed-labels.ts).
   */
  hidden: boolean;
}

/**
 * Cap height over the box's middle, in em: a label's box is centred on its text (DejaVu: ascent
 * 0.76, descent 0.24).
 */
const BASELINE = 0.26;

/**
 * The page's labels layer: screen space, over the drawing, so type keeps its size at every zoom.
 */
export function MapLabels({ labels, head, camera, viewBox, hidden }: MapLabelsProps) {
  return (
    // data-camera-at: the camera these labels were placed for (tests wait for it to match the
    // drawing's).
    <svg
      className={hidden ? 'map-labels is-hidden' : 'map-labels'}
      viewBox={viewBox}
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      data-camera-at={camera.toString()}
    >
      <MapMarks medium={PAGE_MEDIUM} labels={labels} head={head} camera={camera} />
    </svg>
  );
}

/**
 * What is drawn in screen space, pure and hook-free (the cards render it in Node with
 * `renderToStaticMarkup`): the gesture's arrowhead, the dots, and the names the engine placed
 * around them. Positions to a tenth of a px on the page (short markup, redrawn at every step), a
 * hundredth on a card (drawn once); turns to a tenth of a degree.
 */
export function MapMarks({ medium, labels, head, camera }: MapMarksProps) {
  const card = medium.kind === 'card';
  const at = (v: number) => formatNumber(v, card ? 2 : 1);
  const arrow = head ? camera.apply(head.at) : undefined;
  return (
    <>
      {arrow && head ? (
        <path
          className="route-head"
          d={MAP_MARKS.routeHead[medium.kind]}
          transform={`translate(${at(arrow[0])},${at(arrow[1])}) rotate(${at(head.angle)})`}
          {...(card && {
            fill: MAP_COLORS.route,
            stroke: MAP_COLORS.halo,
            strokeWidth: MAP_LINES.routeHead.card,
            strokeLinejoin: 'round',
          })}
        />
      ) : null}
      {labels.dots.map((d) => (
        <circle
          key={`${d.kind}-${d.id}`}
          className={`dot is-${d.kind}`}
          cx={at(d.at[0])}
          cy={at(d.at[1])}
          r={MAP_MARKS.dotRadius[d.kind][medium.kind]}
          {...(card && {
            ...DOT_PAINT[d.kind],
            strokeWidth: MAP_LINES[d.kind === 'place' ? 'placeDot' : 'orientationDot'].card,
          })}
        />
      ))}
      {labels.labels.map((label) =>
        medium.kind === 'card' ? (
          <CardLabel key={label.id} label={label} lang={medium.lang} />
        ) : (
          <text
            key={label.id}
            className={`label is-${label.kind}`}
            data-label={label.id}
            transform={labelTransform(label.box, at)}
            y={at(BASELINE * label.font.size)}
            textAnchor="middle"
            data-box={`${at(label.box.hw)},${at(label.box.hh)}`}
          >
            {shownText(label.text, label.font)}
          </text>
        ),
      )}
    </>
  );
}

/**
 * A label on a card: its kind's card type from the token table as attributes, over its halo.
 * CJK is set upright (the CJK faces have no italic, and a slanted Latin bracket beside upright
 * CJK looks like a mistake) and untracked, each run of it naming its language's CJK face.
 */
function CardLabel({ label, lang }: { label: MapLabel; lang: string | undefined }) {
  const at = (v: number) => formatNumber(v, 2);
  const t = LABEL_TYPES[label.kind];
  const shown = shownText(label.text, label.font);
  const tracking = cardTracking(shown, label.font.letterSpacing);
  return (
    <text
      className={`label is-${label.kind}`}
      data-label={label.id}
      transform={labelTransform(label.box, at)}
      // Letter spacing follows the last letter too: shift by half of it to centre the ink.
      x={tracking ? at(tracking / 2) : undefined}
      y={at(BASELINE * label.font.size)}
      textAnchor="middle"
      fontFamily={fontFamily(t.family, lang)}
      fontWeight={t.weight.card}
      fontStyle={t.italic && !hasCjk(shown) ? 'italic' : undefined}
      fontSize={label.font.size}
      letterSpacing={tracking || undefined}
      fill={t.fill}
      stroke={t.halo}
      strokeWidth={t.haloWidth.card}
      strokeLinejoin="round"
      paintOrder="stroke"
      data-box={`${at(label.box.hw)},${at(label.box.hh)}`}
    >
      {textRuns(shown).map((run, i) =>
        run.cjk ? (
          <tspan key={i} fontFamily={`'${cjkFamily(lang)}'`}>
            {run.text}
          </tspan>
        ) : (
          run.text
        ),
      )}
    </text>
  );
}

/** Where a label sits: its box's centre, turned with its box (along a river), to 0.1°. */
function labelTransform(
  box: { cx: number; cy: number; angle: number },
  at: (v: number) => string,
): string {
  const turn = box.angle ? ` rotate(${formatNumber(box.angle, 1)})` : '';
  return `translate(${at(box.cx)},${at(box.cy)})${turn}`;
}
