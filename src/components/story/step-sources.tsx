import { Fragment, type ReactNode } from 'react';
import { claimGroups, type ClaimGroup } from '../../content/claim-line.ts';
import type { Content } from '../../content/content-types.ts';
import { fillMessage, joinList } from '../../content/fill-message.ts';
import { formatReportDate } from '../../content/format-report-date.ts';
import { passageText } from '../../content/passage.ts';
import type { ClaimSource } from '../../content/schema.ts';
import { reportWordsLang } from '../../content/report-language.ts';
import { CaptureLink } from '../sources/capture-link.tsx';

interface StepSourcesProps {
  step: { sources: readonly ClaimSource[] };
  content: Content;
  /**
   * How to cite one of the reports, named `name`: in the story a link to its entry on
   * /sources/ (citeReportEntry), in an embed a link that leaves the frame, in /read/ a note.
   */
  cite: (reportId: string, name: string) => ReactNode;
  /** Show the reports' words as a list (print, /read/) rather than behind a disclosure. */
  wordsOpen?: boolean;
  /**
   * Fold the claim line itself into the disclosure (the embed card, which must fit a host's
   * height limit): one line, "Where this comes from", opens to the line and the words.
   */
  folded?: boolean;
  /**
   * Each passage links the report's page as captured, opened at its words: in this tab (the
   * site), a new one (an embed whose host lets links out), or not at all (a host that keeps
   * every link on this site: the report's entry on /sources/ has it).
   */
  captureLinks?: 'same-tab' | 'new-tab' | 'none';
}

/**
 * Where a step's claim comes from, counted honestly: "Mint, CTN News and Voices Against
 * Autocracy, crediting NK news; ANI, crediting Daily NK". Each report links to its entry on the
 * sources page, and the words that show each credit are one tap away (a native disclosure,
 * which works without scripts and inside sandboxed embeds).
 */
export function StepSources({
  step,
  content,
  cite,
  wordsOpen = false,
  folded = false,
  captureLinks = 'same-tab',
}: StepSourcesProps) {
  const { ui, outlets, reports } = content;
  const outletName = (id: string) => outlets[id]?.name ?? id;
  const reportName = (id: string) => outletName(reports[id]?.outlet ?? id);
  const citeReport = (id: string) => <Fragment key={id}>{cite(id, reportName(id))}</Fragment>;
  const list = (ids: readonly string[]) => joinList(ids.map(citeReport), content.locale);
  // The reports' words stay in their language; marked so, on a translated page.
  const wordsLang = reportWordsLang(content);
  const groups = claimGroups(step.sources, (id) => reports[id]?.outlet);
  const groupWords = (g: ClaimGroup): ReactNode[] => {
    if (g.kind === 'credited')
      return fillMessage<ReactNode>(ui.claimRepeated, {
        origin: outletName(g.origin),
        reports: <>{list(g.reports)}</>,
      });
    if (g.kind === 'uncredited')
      return fillMessage<ReactNode>(ui.claimUncredited, { reports: <>{list(g.reports)}</> });
    const report = reports[g.report];
    return fillMessage<ReactNode>(ui.claimOwn, {
      report: citeReport(g.report),
      date: report ? formatReportDate(report.date, content) : '',
    });
  };
  const credit = (s: ClaimSource) =>
    s.credits === null
      ? ui.claimPassageNone
      : s.credits === reports[s.report]?.outlet
        ? ui.claimPassageOwn
        : fillMessage(ui.claimPassageCredits, { origin: outletName(s.credits) }).join('');
  const words = (
    <ul className="step-evidence-list">
      {step.sources.map((s, i) => (
        <li key={i}>
          <span className="step-evidence-who">
            {fillMessage(ui.evidenceWho, { report: reportName(s.report), credit: credit(s) }).join(
              '',
            )}
          </span>{' '}
          <q lang={wordsLang}>{passageText(s.passage)}</q>
          {captureLinks !== 'none' && reports[s.report] ? (
            <CaptureLink
              url={reports[s.report]!.url}
              passage={s.passage}
              label={ui.capturedPage}
              {...(captureLinks === 'new-tab' ? { target: '_blank' } : {})}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
  const line = groups.map((g, i) => (
    <Fragment key={i}>
      {i > 0 ? ui.claimSeparator : null}
      {groupWords(g).map((part, j) => (
        <Fragment key={j}>{part}</Fragment>
      ))}
    </Fragment>
  ));
  const sentence = (template: string) =>
    fillMessage<ReactNode>(template, {
      label: <span className="step-sources-label">{ui.claimLabel}</span>,
      line: <>{line}</>,
    }).map((part, i) => <Fragment key={i}>{part}</Fragment>);
  if (folded) {
    return (
      <div className="step-sources">
        <details className="step-evidence is-folded">
          <summary>{ui.claimLabel}</summary>
          <p className="step-claim">{sentence(ui.claimLineFolded)}</p>
          {words}
        </details>
      </div>
    );
  }
  return (
    <div className="step-sources">
      <p className="step-claim">{sentence(ui.claimLine)}</p>
      {wordsOpen ? (
        words
      ) : (
        <details className="step-evidence">
          <summary>{ui.claimEvidence}</summary>
          {words}
        </details>
      )}
    </div>
  );
}
