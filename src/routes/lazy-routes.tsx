/**
 * Pages most readers never open (the sources, the article version) load as their own chunks,
 * keeping the passages, the travel graph and the notes out of the story's first-view JavaScript.
 * The server imports them at once, so every page is still prerendered in full; in the browser a
 * prerendered page waits inside <Suspense> with its server HTML in place until its chunk is here.
 */
import { lazy, type ComponentType } from 'react';

type Route = ComponentType;

export const SourcesRoute: Route = import.meta.env.SSR
  ? (await import('./sources-route.tsx')).SourcesRoute
  : lazy(() => import('./sources-route.tsx').then((m) => ({ default: m.SourcesRoute })));

export const ReadRoute: Route = import.meta.env.SSR
  ? (await import('./read-route.tsx')).ReadRoute
  : lazy(() => import('./read-route.tsx').then((m) => ({ default: m.ReadRoute })));
