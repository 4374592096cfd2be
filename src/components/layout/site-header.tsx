import { Link } from 'react-router';
import type { Content } from '../../content/content-types.ts';
import { paths } from '../../routes/paths.ts';

export function SiteHeader({ content, skipTo }: { content: Content; skipTo: string }) {
  return (
    <>
      <a className="skip-link" href={`#${skipTo}`}>{content.ui.skipToStory}</a>
      <nav className="site-nav" aria-label={content.ui.navLabel}>
        <Link to={paths.story()} className="site-name">{content.ui.siteName}</Link>
        <span className="site-nav-links">
          <Link to={paths.read()}>{content.ui.readAsArticle}</Link>
          <Link to={paths.sources()}>{content.ui.navSources}</Link>
        </span>
      </nav>
    </>
  );
}

export function SiteFooter({ content }: { content: Content }) {
  return (
    <footer className="site-footer">
      <p>{content.ui.footerNote}</p>
    </footer>
  );
}
