import { useHydrationSignal } from './use-hydration-signal.ts';
import { useContent } from '../content/content-context.tsx';
import { EmbedCard } from '../components/embed/embed-card.tsx';

/**
 * `/embed/<slug>/` (and `/<edition>/embed/<slug>/`): one section alone, as a card for campaign
 * sites. Rendered without the router or the rest of the app, by the prerenderer and by the
 * embed's own script (entry-embed.tsx), which host pages load as a classic script (see
 * vite.config.ts). Its words travel with its page (page-data.ts), not in the script every
 * embed shares.
 */
export function EmbedRoute({ slug }: { slug: string }) {
  useHydrationSignal();
  const section = useContent().sections.find((s) => s.slug === slug);
  return section ? <EmbedCard section={section} /> : null;
}
