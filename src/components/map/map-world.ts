/**
 * The story's world geometry, projected once per page load from the committed topology and
 * the places and routes in data/. Imported statically by the server and lazily by the browser
 * (see use-world.ts), so it stays out of the first view's JavaScript.
 */
import { content } from '../../content/content.ts';
import { regionTopology } from '../../content/region-topology.ts';
import { buildWorldGeometry } from '../../geo/world-geometry.ts';

export const world = buildWorldGeometry({
  topology: regionTopology,
  regionIds: Object.keys(content.regions),
  countryLabels: Object.values(content.regions).flatMap((r) => (r.labelAt ? [{ id: r.id, labelAt: r.labelAt }] : [])),
  places: Object.values(content.places),
  routes: Object.values(content.routes),
});
