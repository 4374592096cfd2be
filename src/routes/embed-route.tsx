import { content } from '../content/content.ts';
import { EmbedCard } from '../components/embed/embed-card.tsx';

/**
 * `/embed/<slug>/`: one section alone, as a card for campaign sites. Rendered without the
 * router or the rest of the app, by the prerenderer and by the embed's own script
 * (entry-embed.tsx), which host pages load as a classic script (see vite.config.ts).
 */
export function EmbedRoute({ slug }: { slug: string }) {
  const section = content.sections.find((s) => s.slug === slug);
  return section ? <EmbedCard section={section} /> : null;
}

/** The slug of an embed page's router-relative path, e.g. "/embed/south-korea/" → "south-korea". */
export function embedSlug(path: string): string | undefined {
  return /^\/embed\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(path)?.[1];
}
