import { useState, type ReactNode } from 'react';

interface StaticHtmlProps {
  /** Unique on the page, and the same for the same words on every page (they are shared). */
  id: string;
  className?: string;
  /** The words, rendered only on the server. The browser adopts that HTML as it is. */
  children?: ReactNode;
}

/**
 * Server HTML the client never hydrates or re-renders: React adopts the prerendered DOM as an
 * opaque block (its children are not even created in the browser), so hydration costs nothing
 * for the words of the page, and no script carries them. Links inside are plain anchors.
 */
export function StaticHtml({ id, className, children }: StaticHtmlProps) {
  if (import.meta.env.SSR)
    return (
      <div data-static={id} className={className}>
        {children}
      </div>
    );
  return <AdoptedHtml id={id} className={className} />;
}

/**
 * The browser's side: the HTML is read once, as hydration found it, so a later render hands React
 * the same string and React leaves the block alone, whatever scripts have done inside it since
 * (embed-code.tsx shows its copy buttons there).
 */
function AdoptedHtml({ id, className }: { id: string; className?: string }) {
  const [html] = useState(() => serverHtml(id));
  return (
    <div
      data-static={id}
      className={className}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** The block's HTML as the page was served (read once, when it hydrates). */
function serverHtml(id: string): string {
  return document.querySelector(`[data-static="${CSS.escape(id)}"]`)?.innerHTML ?? '';
}
