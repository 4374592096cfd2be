/**
 * Part of the map's style-token table (map-style.ts, which re-exports it): the marks over the
 * land. Its own module so that the legend's swatches, drawn in the page's first script, carry
 * these few numbers and not the whole table (810 bytes gzipped, measured).
 */

/** The marks over the land, in screen px unless said otherwise. */
export const MAP_MARKS = {
  dotRadius: { place: { page: 3.5, card: 5.5 }, orientation: { page: 3.5, card: 5 } },
  /** The gesture's arrowhead: its tip at the origin, pointing along +x. */
  routeHead: { page: 'M1,0L-11,-6L-8,0L-11,6Z', card: 'M1,0L-16,-9L-12,0L-16,9Z' },
  /** The route halo's opacity on the card. */
  routeHaloOpacity: 0.85,
  /**
   * The card's gesture dashes, dash then gap. The page's are fractions of the path's length, with
   * its fade-in (global.css).
   */
  gestureDash: [12, 9],
  /**
   * The secondary tone's hatch, lines at 45°: the tile and the line's width. On the page in world
   * units (it zooms with the land), the line stroked along the tile's edge; on the card in px at
   * any zoom, the line a bar from the tile's edge.
   */
  hatch: { page: { tile: 6, line: 2.2 }, card: { tile: 8, line: 2.6 } },
} as const;
