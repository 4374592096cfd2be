/**
 * The story's world geometry, projected once per edition from the committed topology and the
 * places and routes in data/. Imported statically by the server and lazily by the browser (see
 * use-world.ts), so it stays out of the first view's JavaScript. Keyed by the edition's content:
 * the geometry is the same in every language, the names are not.
 */
import type { Content } from '../../content/content-types.ts';
import { regionTopology } from '../../content/region-topology.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { worldForContent } from './world-for-content.ts';

const worlds = new WeakMap<Content, WorldGeometry>();

export function worldFor(content: Content): WorldGeometry {
  let world = worlds.get(content);
  if (!world) {
    world = worldForContent(content, regionTopology);
    worlds.set(content, world);
  }
  return world;
}
