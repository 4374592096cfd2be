import { formatNumber } from '../../geo/format-number.ts';
import { MAP_MARKS } from '../../geo/map-marks.ts';
import type { LegendItem } from './legend-items.ts';

/** The swatch's box, in its own units (CSS sizes it at 0.95em, about a unit per px). */
const SIZE = 12;
const MID = SIZE / 2;

/**
 * The secondary tone's hatch as the map draws it (its pattern's tile, lines at 45° leaning
 * right), as plain lines: the swatch needs no pattern id of its own. The swatch's box clips them.
 */
function hatchLines(): string {
  const spacing = MAP_MARKS.hatch.page.tile * Math.SQRT2;
  const lines: string[] = [];
  for (let c = 0; c <= 2 * SIZE + spacing; c += spacing) {
    const at = formatNumber(c + 2, 2);
    lines.push(`M${at},-2L-2,${at}`);
  }
  return lines.join('');
}

const HATCH = hatchLines();
const AREA = { x: 0.5, y: 0.5, width: SIZE - 1, height: SIZE - 1 };

/**
 * A legend item's swatch, drawn as an SVG with the map's own paints (the token table's rules,
 * virtual:map-style.css): so forced colours, which leave the map's paints alone, leave these
 * too, and the key still matches the map. In forced colours each sits on a piece of land, as on
 * the map, so a dark line still shows on a dark screen.
 */
export function LegendSwatch({ kind }: { kind: LegendItem['kind'] }) {
  return (
    <svg
      className={`legend-swatch is-${kind}`}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      <rect className="swatch-ground" width={SIZE} height={SIZE} />
      {kind === 'primary' ? <rect className="swatch-area tone-primary" {...AREA} /> : null}
      {kind === 'secondary' ? (
        <>
          <rect className="hatch-bg" {...AREA} />
          <path className="hatch-line" d={HATCH} />
          <rect className="swatch-area" fill="none" {...AREA} />
        </>
      ) : null}
      {kind === 'border' || kind === 'route' || kind === 'gesture' ? (
        <path className={`swatch-line is-${kind}`} d={`M0,${MID}H${SIZE}`} />
      ) : null}
      {kind === 'orientation' ? (
        <circle
          className="dot is-orientation"
          cx={MID}
          cy={MID}
          r={MAP_MARKS.dotRadius.orientation.page}
        />
      ) : null}
    </svg>
  );
}
