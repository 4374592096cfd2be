import { Suspense, type ReactNode } from 'react';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { ReadRoute, SourcesRoute } from './routes/lazy-routes.tsx';
import { StoryRoute } from './routes/story-route.tsx';
import { type PageKind } from './address/page-kinds.ts';
import { usePageLocation } from './address/page-location.tsx';
import { HydrationSignal } from './routes/use-hydration-signal.ts';
import './styles/global.css';
import 'virtual:map-style.css';

/** A page in the first script: live once the root hydrates. */
const page = (element: ReactNode) => (
  <>
    {element}
    <HydrationSignal />
  </>
);

/**
 * A page loaded as its own chunk. Only these get a Suspense boundary: React hydrates a boundary's
 * content in a later pass, which would delay the story's hydration for nothing. The signal sits
 * inside it, so the page says it is live only when its content is (not when the root is, while
 * the chunk may still be on its way and a click on a link would go without its handler).
 */
const lazyPage = (element: ReactNode) => <Suspense>{page(element)}</Suspense>;

/**
 * The element of each kind of page (addresses come from the page-kind table). Embed pages are
 * not here: they are the card alone, with their own script (entry-embed.tsx).
 */
const elements: Record<Exclude<PageKind, 'embed'>, (slug?: string) => ReactNode> = {
  story: () => page(<StoryRoute />),
  section: (slug) => page(<StoryRoute slug={slug} />),
  sources: () => lazyPage(<SourcesRoute />),
  read: () => lazyPage(<ReadRoute />),
  'not-found': () => page(<NotFoundRoute />),
};

/** The page the server matched at this address (page-location.tsx). */
export function App() {
  const { kind, slug } = usePageLocation().page;
  return <>{elements[kind === 'embed' ? 'not-found' : kind](slug)}</>;
}
