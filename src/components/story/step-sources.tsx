import { Link } from 'react-router';
import type { Content } from '../../content/content-types.ts';
import { formatReportDate } from '../../content/format-report-date.ts';
import { paths } from '../../routes/paths.ts';

/** The reports a step rests on, each linking to its entry on the sources page. */
export function StepSources({ reportIds, content }: { reportIds: readonly string[]; content: Content }) {
  return (
    <p className="step-sources">
      <span className="step-sources-label">{content.ui.reportedBy}: </span>
      {reportIds.map((id, i) => {
        const report = content.reports[id];
        if (!report) return null;
        return (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            <Link to={paths.report(id)}>
              {content.outlets[report.outlet]?.name ?? report.outlet}, {formatReportDate(report.date)}
            </Link>
          </span>
        );
      })}
    </p>
  );
}
