import { Route, Routes } from 'react-router';
import { EmbedRoute } from './routes/embed-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { NavigationLanding } from './routes/navigation-landing.tsx';
import { SourcesRoute } from './routes/sources-route.tsx';
import { ReadRoute } from './routes/read-route.tsx';
import { StoryRoute } from './routes/story-route.tsx';
import './styles/global.css';

export function App() {
  return (
    <>
      <NavigationLanding />
      <Routes>
        <Route path="/" element={<StoryRoute />} />
        <Route path="/s/:slug" element={<StoryRoute />} />
        <Route path="/embed/:slug" element={<EmbedRoute />} />
        <Route path="/sources" element={<SourcesRoute />} />
        <Route path="/read" element={<ReadRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Routes>
    </>
  );
}
