import { AppLink } from './app-link.tsx';
import type { Content } from '../../content/content-types.ts';
import { pathsFor } from '../../address/paths.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { lazy, Suspense } from 'react';
import { useHydrated } from '../share/use-hydrated.ts';
import { Announcer, announce } from '../status/announcer.tsx';

export function SiteHeader({ content, skipTo }: { content: Content; skipTo: string }) {
  const paths = pathsFor(content.locale);
  return (
    <>
      <a className="skip-link" href={`#${skipTo}`}>
        {content.ui.skipToStory}
      </a>
      <nav className="site-nav" aria-label={content.ui.navLabel}>
        <AppLink to={paths.story()} className="site-name">
          {content.ui.siteName}
        </AppLink>
        <span className="site-nav-links">
          <AppLink to={paths.read()}>{content.ui.readAsArticle}</AppLink>
          <AppLink to={paths.sources()}>{content.ui.navSources}</AppLink>
          <LanguageSwitch content={content} />
        </span>
      </nav>
    </>
  );
}

export function SiteFooter({ content }: { content: Content }) {
  return (
    <footer className="site-footer">
      <p>{content.ui.footerNote}</p>
      <OfflineSlot content={content} />
      <Announcer />
    </footer>
  );
}

/**
 * The offline control is its own chunk, fetched once the page has hydrated, in browsers with
 * service workers: it is never in the prerendered page (nothing to press without scripts), and
 * its code stays out of the page's first script.
 */
const OfflineControl = lazy(() =>
  import('./offline-control.tsx').then((m) => ({ default: m.OfflineControl })),
);

function OfflineSlot({ content }: { content: Content }) {
  const hydrated = useHydrated();
  if (!hydrated || !('serviceWorker' in navigator)) return null;
  return (
    <Suspense fallback={null}>
      <OfflineControl content={content} announce={announce} />
    </Suspense>
  );
}
