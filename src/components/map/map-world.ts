/**
 * The story's world geometry, projected once per page load from the committed topology and
 * the places and routes in data/. Components only look things up here.
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

/** Province ids of a region id: itself, or every province of a country. */
export function provincesOf(regionId: string): string[] {
  if (regionId.includes('-')) return [regionId];
  return world.provinces.filter((p) => p.country === regionId).map((p) => p.id);
}
