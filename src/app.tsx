import { useEffect, useRef } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { content } from './content/content.ts';
import { EmbedRoute } from './routes/embed-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { pageMetaFor } from './routes/page-meta.ts';
import { SourcesRoute } from './routes/sources-route.tsx';
import { ReadRoute } from './routes/read-route.tsx';
import { StoryRoute } from './routes/story-route.tsx';
import './styles/global.css';

export function App() {
  const { pathname, hash } = useLocation();
  const firstRender = useRef(true);
  // The prerendered page is right on first load. On in-app navigation, do what a page load
  // would: set the title, start at the top (or the #fragment), and move focus to the new
  // page's main content so screen readers announce it.
  useEffect(() => {
    document.title = pageMetaFor(pathname, content).title;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
  }, [pathname, hash]);
  return (
    <Routes>
      <Route path="/" element={<StoryRoute />} />
      <Route path="/s/:slug" element={<StoryRoute />} />
      <Route path="/embed/:slug" element={<EmbedRoute />} />
      <Route path="/sources" element={<SourcesRoute />} />
      <Route path="/read" element={<ReadRoute />} />
      <Route path="*" element={<NotFoundRoute />} />
    </Routes>
  );
}
