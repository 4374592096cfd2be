import { Link } from 'react-router';
import { paths } from '../../routes/paths.ts';

/** A report cited in the story: an in-app link to its entry on /sources/. */
export const citeReportEntry = (reportId: string, name: string) => <Link to={paths.report(reportId)}>{name}</Link>;
