import type { Camera } from '../../geo/camera-math.ts';
import { formatNumber } from '../../geo/format-number.ts';
import { shownText } from '../../geo/place-labels.ts';
import type { WorldPoint } from '../../geo/types.ts';
import type { ViewLabels } from '../../geo/view-labels.ts';

interface MapLabelsProps {
  labels: ViewLabels;
  head: { at: WorldPoint; angle: number } | undefined;
  camera: Camera;
  viewBox: string;
  /**
   * In flight the labels step aside (global.css fades them), and come back placed for the landing.
   */
  flying: boolean;
}

/**
 * Cap height over the box's middle, in em: a label's box is centred on its text (DejaVu: ascent
 * 0.76, descent 0.24).
 */
const BASELINE = 0.26;

/**
 * The labels layer: screen space, over the drawing, so type keeps its size at every zoom. Dots
 * and the gesture's arrowhead are here too, with the names the engine placed around them.
 */
export function MapLabels({ labels, head, camera, viewBox, flying }: MapLabelsProps) {
  const arrow = head ? camera.apply(head.at) : undefined;
  return (
    // data-camera-at: the camera these labels were placed for (tests wait for it to match the
    // drawing's).
    <svg
      className={flying ? 'map-labels is-hidden' : 'map-labels'}
      viewBox={viewBox}
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      data-camera-at={camera.toString()}
    >
      {arrow && head ? (
        <path
          className="route-head"
          d="M1,0L-11,-6L-8,0L-11,6Z"
          transform={`translate(${r(arrow[0])},${r(arrow[1])}) rotate(${r(head.angle)})`}
        />
      ) : null}
      {labels.dots.map((d) => (
        <circle
          key={`${d.kind}-${d.id}`}
          className={`dot is-${d.kind}`}
          cx={r(d.at[0])}
          cy={r(d.at[1])}
          r="3.5"
        />
      ))}
      {labels.labels.map(({ id, kind, text, font, box }) => (
        <text
          key={id}
          className={`label is-${kind}`}
          data-label={id}
          transform={labelTransform(box)}
          y={r(BASELINE * font.size)}
          textAnchor="middle"
          data-box={`${r(box.hw)},${r(box.hh)}`}
        >
          {shownText(text, font)}
        </text>
      ))}
    </svg>
  );
}

/** Screen positions to a tenth of a pixel. */
const r = (v: number) => formatNumber(v, 1);

/** Where a label sits: its box's centre, turned with its box (along a river). */
function labelTransform(box: { cx: number; cy: number; angle: number }): string {
  const turn = box.angle ? ` rotate(${r(box.angle)})` : '';
  return `translate(${r(box.cx)},${r(box.cy)})${turn}`;
}
