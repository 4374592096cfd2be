/**
 * The embed's map geometry, as a second classic script the card loads once it is on screen
 * (see components/map/world-script.ts): a sandboxed iframe fetches a classic script without
 * CORS, like the card's own, and the first view needs none of it (the map is prerendered).
 */
import { world } from './components/map/map-world.ts';

window.__explainerWorld = world;
window.dispatchEvent(new Event('explainer:world'));
