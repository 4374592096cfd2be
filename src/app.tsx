import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { NavigationLanding } from './routes/navigation-landing.tsx';
import { ReadRoute, SourcesRoute } from './routes/lazy-routes.tsx';
import { StoryRoute } from './routes/story-route.tsx';
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

/** Embed pages (/embed/<slug>/) are not here: they are the card alone, with their own script (entry-embed.tsx). */
export function App() {
  return (
    <Routes>
      <Route path="/" element={page(<StoryRoute />)} />
      <Route path="/s/:slug" element={page(<StoryRoute />)} />
      <Route path="/sources" element={lazyPage(<SourcesRoute />)} />
      <Route path="/read" element={lazyPage(<ReadRoute />)} />
      <Route path="*" element={page(<NotFoundRoute />)} />
    </Routes>
  );
}
