import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { content } from './content/content.ts';
import { MotionProvider } from './components/motion/motion-provider.tsx';
import { EmbedRoute } from './routes/embed-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { pageMetaFor } from './routes/page-meta.ts';
import { SourcesRoute } from './routes/sources-route.tsx';
import { StoryRoute } from './routes/story-route.tsx';
import './styles/global.css';

export function App() {
  const { pathname } = useLocation();
  // The prerendered <title> is right on first load; keep it right on in-app navigation.
  useEffect(() => {
    document.title = pageMetaFor(pathname, content).title;
  }, [pathname]);
  return (
    <MotionProvider>
      <Routes>
        <Route path="/" element={<StoryRoute />} />
        <Route path="/s/:slug" element={<StoryRoute />} />
        <Route path="/embed/:slug" element={<EmbedRoute />} />
        <Route path="/sources" element={<SourcesRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Routes>
    </MotionProvider>
  );
}
