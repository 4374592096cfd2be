import { AppLink } from '../layout/app-link.tsx';
import { paths } from '../../routes/paths.ts';

/** A report cited in the story: an in-app link to its entry on /sources/. */
export const citeReportEntry = (reportId: string, name: string) => <AppLink to={paths.report(reportId)}>{name}</AppLink>;
