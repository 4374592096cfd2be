import type { Content } from '../../content/content-types.ts';
import type { MapNames } from '../../geo/view-labels.ts';
import { riverNames } from '../../content/river-names.ts';

/** The words the map writes, by id: regions, places, the two rivers, seas and neighbours. */
export function mapNames(content: Content): MapNames {
  return {
    regions: Object.fromEntries(Object.values(content.regions).map((r) => [r.id, r.name])),
    places: Object.fromEntries(Object.values(content.places).map((p) => [p.id, p.name])),
    rivers: riverNames(content.ui),
    orientation: Object.fromEntries(content.orientation.map((o) => [o.id, o.name])),
  };
}
