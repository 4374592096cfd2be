import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { NavigationLanding } from './routes/navigation-landing.tsx';
import { ReadRoute, SourcesRoute } from './routes/lazy-routes.tsx';
import { StoryRoute } from './routes/story-route.tsx';
import { parseAddress } from './address/address.ts';
import { type PageKind } from './address/page-kinds.ts';
import { usePageLocation } from './address/page-location.tsx';
import { installLinkNavigation } from './routes/link-navigation.ts';
import { basePath } from './address/site-base.ts';
import { useContent } from './content/content-context.tsx';
import { useHydrationSignal } from './routes/use-hydration-signal.ts';
import './styles/global.css';
import 'virtual:map-style.css';

/** A page, with the landing that in-app navigation to it needs. */
const page = (element: ReactNode) => (
  <>
    <NavigationLanding />
    {element}
  </>
);

/**
 * A page loaded as its own chunk. Only these get a Suspense boundary: React hydrates a boundary's
 * content in a later pass, which would delay the story's hydration for nothing.
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

/** The page at the current address; links to the site's pages navigate in the app. */
export function App() {
  const { pathname, navigate } = usePageLocation();
  const content = useContent();
  const localePaths = useMemo(() => content.locales.map((l) => l.path), [content]);
  // Links within this edition navigate in the app; another edition's pages are a page load.
  useEffect(
    () => installLinkNavigation(basePath, navigate, localePaths, content.locale.path),
    [navigate, localePaths, content],
  );
  useHydrationSignal();
  const { kind, slug } = parseAddress(pathname, localePaths);
  return <>{elements[kind === 'embed' ? 'not-found' : kind](slug)}</>;
}
