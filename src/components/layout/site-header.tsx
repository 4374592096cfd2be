import { AppLink } from './app-link.tsx';
import type { Content } from '../../content/content-types.ts';
import { pathsFor } from '../../address/paths.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { OfflineControl } from './offline-control.tsx';

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
      <OfflineControl content={content} />
    </footer>
  );
}
