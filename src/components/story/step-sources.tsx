import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { claimGroups, type ClaimGroup } from '../../content/claim-line.ts';
import type { Content } from '../../content/content-types.ts';
import { fillMessage, joinList } from '../../content/fill-message.ts';
import { formatReportDate } from '../../content/format-report-date.ts';
import { passageText } from '../../content/passage.ts';
import type { ClaimSource } from '../../content/schema.ts';
import { paths } from '../../routes/paths.ts';

interface StepSourcesProps {
  step: { sources: readonly ClaimSource[] };
  content: Content;
  /** How to cite one of the reports, named `name`. Default: a link to its entry on /sources/. */
  cite?: (reportId: string, name: string) => ReactNode;
  /** Show the reports' words as a list (print, /read/) rather than behind a disclosure. */
  wordsOpen?: boolean;
}

/**
 * Where a step's claim comes from, counted honestly: "NK News, repeated by Mint, CTN News and
 * Voices Against Autocracy; Daily NK, repeated by ANI". Each report links to its entry on the
 * sources page, and the words that show each credit are one tap away (a native disclosure,
 * which works without scripts and inside sandboxed embeds).
 */
export function StepSources({ step, content, cite = linkToEntry, wordsOpen = false }: StepSourcesProps) {
  const { ui, outlets, reports } = content;
  const outletName = (id: string) => outlets[id]?.name ?? id;
  const reportName = (id: string) => outletName(reports[id]?.outlet ?? id);
  const citeReport = (id: string) => <Fragment key={id}>{cite(id, reportName(id))}</Fragment>;
  const list = (ids: readonly string[]) => joinList(ids.map(citeReport), ui.locale);
  const groups = claimGroups(step.sources, (id) => reports[id]?.outlet);
  const groupWords = (g: ClaimGroup): ReactNode[] => {
    if (g.kind === 'credited') return fillMessage<ReactNode>(ui.claimRepeated, { origin: outletName(g.origin), reports: <>{list(g.reports)}</> });
    if (g.kind === 'uncredited') return fillMessage<ReactNode>(ui.claimUncredited, { reports: <>{list(g.reports)}</> });
    const report = reports[g.report];
    return fillMessage<ReactNode>(ui.claimOwn, { report: citeReport(g.report), date: report ? formatReportDate(report.date) : '' });
  };
  const credit = (s: ClaimSource) =>
    s.credits === null ? ui.claimPassageNone : s.credits === reports[s.report]?.outlet ? ui.claimPassageOwn : fillMessage(ui.claimPassageCredits, { origin: outletName(s.credits) }).join('');
  const words = (
    <ul className="step-evidence-list">
      {step.sources.map((s, i) => (
        <li key={i}>
          <span className="step-evidence-who">{reportName(s.report)}, {credit(s)}:</span>{' '}
          <q>{passageText(s.passage)}</q>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="step-sources">
      <p className="step-claim">
        <span className="step-sources-label">{ui.claimLabel}: </span>
        {groups.map((g, i) => (
          <Fragment key={i}>
            {i > 0 ? ui.claimSeparator : null}
            {groupWords(g).map((part, j) => <Fragment key={j}>{part}</Fragment>)}
          </Fragment>
        ))}
        .
      </p>
      {wordsOpen ? words : (
        <details className="step-evidence">
          <summary>{ui.claimEvidence}</summary>
          {words}
        </details>
      )}
    </div>
  );
}

const linkToEntry = (reportId: string, name: string) => <Link to={paths.report(reportId)}>{name}</Link>;
