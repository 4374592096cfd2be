/**
 * The embed's map runtime (geometry, drawing, label engine, camera flights) as a second classic
 * script the card loads once it is live (see components/map/world-script.ts): a sandboxed
 * iframe fetches a classic script without CORS, like the card's own, and the first view needs
 * none of it (the map is prerendered). React is not bundled twice: this script uses the card's
 * (vite.config.ts maps `react` to the globals the card sets, see entry-embed.tsx).
 */
import * as runtime from './components/map/map-runtime.ts';

window.__explainerMapRuntime = runtime;
