/**
 * The story's world geometry, projected once per page load from the committed topology and
 * the places and routes in data/. Imported statically by the server and lazily by the browser
 * (see use-world.ts), so it stays out of the first view's JavaScript.
 */
import { content } from '../../content/content.ts';
import { regionTopology } from '../../content/region-topology.ts';
import { worldForContent } from './world-for-content.ts';

export const world = worldForContent(content, regionTopology);
