import type { Content } from '../../content/content-types.ts';
import type { RegionTopology } from '../../geo/types.ts';
import { buildWorldGeometry, type WorldGeometry } from '../../geo/world-geometry.ts';

/**
 * The story's world, projected once: its regions, orientation names, places and routes. The page
 * and the cards share it.
 */
export function worldForContent(content: Content, topology: RegionTopology): WorldGeometry {
  return buildWorldGeometry({
    topology,
    regionIds: Object.keys(content.regions),
    countryLabels: Object.values(content.regions).flatMap((r) =>
      r.labelAt ? [{ id: r.id, labelAt: r.labelAt }] : [],
    ),
    orientation: content.orientation,
    places: Object.values(content.places),
    routes: Object.values(content.routes),
  });
}
