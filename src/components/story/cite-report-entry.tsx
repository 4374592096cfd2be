import { AppLink } from '../layout/app-link.tsx';
import { pathsFor } from '../../address/paths.ts';
import type { Locale } from '../../content/edition-schema.ts';

/** A report cited in the story: a link to its entry on /sources/. */
export const citeReportEntry = (locale: Locale) => (reportId: string, name: string) => (
  <AppLink to={pathsFor(locale).report(reportId)}>{name}</AppLink>
);
