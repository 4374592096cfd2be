import { useEffect, useReducer } from 'react';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { useHydrated } from '../share/use-hydrated.ts';
import { loadWorldScript } from './world-script.ts';

/**
 * The projected map geometry. The server has it at once and prerenders the whole map. The
 * browser keeps that prerendered drawing through hydration and fetches the geometry (topology,
 * d3-geo) as a separate chunk just after, so it is not part of the first view's JavaScript;
 * from then on the map moves between views.
 */
const serverWorld: WorldGeometry | null = import.meta.env.SSR ? (await import('./map-world.ts')).world : null;

let loaded: WorldGeometry | null = null;
let pending: Promise<WorldGeometry> | null = null;

function loadWorld(): Promise<WorldGeometry> {
  // The embed's classic script cannot load chunks (no CORS in a sandbox): it adds a second script.
  pending ??= (import.meta.env.MODE === 'embed' ? loadWorldScript() : import('./map-world.ts').then((m) => m.world)).then((w) => (loaded = w));
  return pending;
}

/** The geometry, or null while the browser still shows the prerendered map (or failed to load it). */
export function useWorld(): WorldGeometry | null {
  const hydrated = useHydrated();
  const [, loadedNow] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!loaded) loadWorld().then(loadedNow, () => undefined);
  }, []);
  if (serverWorld) return serverWorld;
  // While hydrating, match the server: keep its drawing and take over once geometry is here.
  return hydrated ? loaded : null;
}
