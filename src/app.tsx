import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { NavigationLanding } from './routes/navigation-landing.tsx';
import { ReadRoute, SourcesRoute } from './routes/lazy-routes.tsx';
import { StoryRoute } from './routes/story-route.tsx';
import { pageKinds, type PageKind } from './routes/page-kinds.ts';
import { useStaticLinks } from './components/static/use-static-links.ts';
import './styles/global.css';

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
 * The element of each kind of page (paths come from the page-kind table). Embed pages are not
 * here: they are the card alone, with their own script (entry-embed.tsx).
 */
const elements: Record<Exclude<PageKind, 'embed'>, ReactNode> = {
  story: page(<StoryRoute />),
  section: page(<StoryRoute />),
  sources: lazyPage(<SourcesRoute />),
  read: lazyPage(<ReadRoute />),
  'not-found': page(<NotFoundRoute />),
};

export function App() {
  useStaticLinks();
  return (
    <Routes>
      {pageKinds.map((k) => (k.kind === 'embed' ? null : <Route key={k.kind} path={k.route} element={elements[k.kind]} />))}
    </Routes>
  );
}
