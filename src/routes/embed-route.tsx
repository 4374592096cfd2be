import { useParams } from 'react-router';
import { content } from '../content/content.ts';
import { EmbedCard } from '../components/embed/embed-card.tsx';
import { NotFoundRoute } from './not-found-route.tsx';

/** `/embed/<slug>/`: one section alone, as a card for campaign sites. */
export function EmbedRoute() {
  const { slug } = useParams();
  const section = content.sections.find((s) => s.slug === slug);
  if (!section) return <NotFoundRoute />;
  return <EmbedCard section={section} />;
}
