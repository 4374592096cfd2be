import { useEffect, useReducer } from 'react';
import type * as Runtime from './map-runtime.ts';
import { useHydrated } from '../share/use-hydrated.ts';
import { loadRuntimeScript } from './world-script.ts';

/** The projected world and the component that draws it. */
export type MapRuntime = typeof Runtime;

/**
 * The map's runtime (projected geometry and its drawing). The server has it at once and
 * prerenders the whole map. The browser keeps that prerendered drawing through hydration and
 * fetches the runtime (topology, d3-geo, the label engine) as a separate chunk on the reader's
 * first move or after a quiet spell (below), so it is not part of the first view's JavaScript;
 * from then on the map moves between views.
 */
const serverRuntime: MapRuntime | null = import.meta.env.SSR
  ? await import('./map-runtime.ts')
  : null;

let loaded: MapRuntime | null = null;
let pending: Promise<MapRuntime> | null = null;

function loadRuntime(): Promise<MapRuntime> {
  pending ??= (import.meta.env.MODE === 'embed' ? embedRuntime() : import('./map-runtime.ts')).then(
    (m) => (loaded = m),
  );
  return pending;
}

/**
 * The embed's classic script cannot load chunks (a sandbox sends no CORS): a second classic script
 * brings the runtime.
 */
const embedRuntime = (): Promise<MapRuntime> => loadRuntimeScript();

/**
 * When to fetch the runtime: on the reader's first move (scroll, wheel, key, touch, click,
 * resize, focus), since the prerendered frame already shows the view the page opens on, or after a
 * quiet spell otherwise: evaluating ~100 KB of map code at once right after hydration would be
 * most of the page's blocking time (bench: the runtime's evaluation is the embed's longest task).
 */
const MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart', 'resize', 'focusin'] as const;
const QUIET_MS = 6000;
let moved = false;
const movedListeners = new Set<() => void>();
function onFirstMove() {
  if (moved) return;
  moved = true;
  for (const type of MOVES) window.removeEventListener(type, onFirstMove, true);
  window.removeEventListener('scroll', onScroll, true);
  for (const listener of movedListeners) listener();
}
/**
 * A scroll is a move once the page leaves where the browser first put it: the first scroll
 * event may be the browser's own placement (a section page landing at its section, a restored
 * position), which is no reader's.
 */
let placedAt: number | null = null;
function onScroll() {
  if (placedAt === null) placedAt = window.scrollY;
  else if (window.scrollY !== placedAt) onFirstMove();
}
// Listening from the start, so a move before the map mounts counts too.
if (!import.meta.env.SSR && typeof window !== 'undefined') {
  for (const type of MOVES)
    window.addEventListener(type, onFirstMove, { capture: true, passive: true });
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
}

/**
 * The runtime, or null while the browser still shows the prerendered map (or failed to load it).
 * `leftPrerendered`: the map must show another view than its prerendered frame (a restored
 * position, a step reached by the address): that needs the runtime at once, move or not.
 */
export function useMapRuntime(leftPrerendered = false): MapRuntime | null {
  const hydrated = useHydrated();
  const [, loadedNow] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (loaded) return;
    const load = () => void loadRuntime().then(loadedNow, () => undefined);
    if (moved || leftPrerendered) return load();
    movedListeners.add(load);
    const quiet = window.setTimeout(load, QUIET_MS);
    return () => {
      movedListeners.delete(load);
      window.clearTimeout(quiet);
    };
  }, [leftPrerendered]);
  if (serverRuntime) return serverRuntime;
  // While hydrating, match the server: keep its drawing and take over once the runtime is here.
  return hydrated ? loaded : null;
}
