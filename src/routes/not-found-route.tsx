import { AppLink } from '../components/layout/app-link.tsx';
import { useContent } from '../content/content-context.tsx';
import { SiteFooter, SiteHeader } from '../components/layout/site-header.tsx';
import { pathsFor } from '../address/paths.ts';

/** Unknown addresses: say so plainly and offer every part of the story. */
export function NotFoundRoute() {
  const content = useContent();
  return (
    <>
      <SiteHeader content={content} skipTo="main" />
      <main id="main" className="page not-found" tabIndex={-1}>
        <h1>{content.ui.notFoundTitle}</h1>
        <p>{content.ui.notFoundText}</p>
        <SectionList />
      </main>
      <SiteFooter content={content} />
    </>
  );
}

export function SectionList() {
  const content = useContent();
  const paths = pathsFor(content.locale);
  return (
    <ol className="section-list">
      {content.sections.map((s) => (
        <li key={s.slug}>
          <AppLink to={paths.section(s.slug)}>{s.title}</AppLink>
          <span className="section-list-description">{s.description}</span>
        </li>
      ))}
    </ol>
  );
}
