import { useEffect } from 'react';
import { content } from '../content/content.ts';
import { EmbedCard } from '../components/embed/embed-card.tsx';
import type { Section } from '../content/schema.ts';

/**
 * `/embed/<slug>/`: one section alone, as a card for campaign sites. Rendered without the
 * router or the rest of the app, by the prerenderer and by the embed's own script
 * (entry-embed.tsx), which host pages load as a classic script (see vite.config.ts).
 */
export function EmbedRoute({ slug }: { slug: string }) {
  // A signal tests and tools can wait on (instead of guessing with sleeps): the card is live.
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  const words = import.meta.env.SSR ? serverWords(slug) : pageWords();
  const section = words ? (JSON.parse(words) as Section) : undefined;
  if (!section || section.slug !== slug) return null;
  return (
    <>
      <EmbedCard section={section} />
      {/* Data, never run (CSP allows no inline script, and this is not one): the card's words. */}
      <script type="application/json" id={WORDS_ID} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: words ?? '' }} />
    </>
  );
}

/**
 * One section's words travel with its embed page, not in the embed's script (which every embed
 * shares): the page carries them as JSON, which the script reads before it hydrates.
 */
const WORDS_ID = 'embed-words';

/** The section as JSON safe inside HTML (no "</script>" can end it early). */
function serverWords(slug: string): string | undefined {
  const section = content.sections.find((s) => s.slug === slug);
  return section ? JSON.stringify(section).replace(/</g, '\\u003c') : undefined;
}

const pageWords = (): string | undefined => document.getElementById(WORDS_ID)?.textContent ?? undefined;

/** The slug of an embed page's router-relative path, e.g. "/embed/south-korea/" → "south-korea". */
export function embedSlug(path: string): string | undefined {
  return /^\/embed\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(path)?.[1];
}
