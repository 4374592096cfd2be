import { Fragment, type ReactNode } from 'react';
import { claimProvenance } from '../../content/claim-provenance.ts';
import type { Content } from '../../content/content-types.ts';

interface StepSourcesProps {
  step: { claimFrom: readonly string[]; reports: readonly string[] };
  content: Content;
  /**
   * How to cite one of the reports, named `name`: in the story an in-app link to its entry on
   * /sources/ (citeReportEntry), in an embed a plain link, in /read/ a note. No default, so
   * the embed's script does not carry the router.
   */
  cite: (reportId: string, name: string) => ReactNode;
}

/**
 * Where a step's claim comes from, counted honestly: "Daily NK, repeated by 4 outlets: ANI,
 * Mint, CTN News and Voices Against Autocracy". Each report links to its entry on the
 * sources page; an origin that is not among the reports (Voice of America) is named only.
 */
export function StepSources({ step, content, cite }: StepSourcesProps) {
  const { ui, outlets, reports } = content;
  const { origins, originReports, repeats } = claimProvenance(step, reports);
  const outletName = (id: string) => outlets[id]?.name ?? id;
  const reportLink = (id: string) => {
    const report = reports[id];
    return report ? cite(id, outletName(report.outlet)) : null;
  };
  const originItems = origins.map((o) => {
    const own = originReports.find((r) => reports[r]?.outlet === o);
    return own ? reportLink(own) : <>{outletName(o)}</>;
  });
  return (
    <p className="step-sources">
      <span className="step-sources-label">{ui.claimLabel}: </span>
      <InlineList items={originItems} and={ui.listAnd} />
      {repeats.length > 0 ? (
        <>
          , {(repeats.length === 1 ? ui.claimRepeatedOne : ui.claimRepeated).replace('{n}', String(repeats.length))}{' '}
          <InlineList items={repeats.map(reportLink)} and={ui.listAnd} />
        </>
      ) : null}
      .
    </p>
  );
}

/** "a", "a and b", "a, b and c". */
function InlineList({ items, and }: { items: readonly ReactNode[]; and: string }) {
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={i}>
          {i === 0 ? '' : i === items.length - 1 ? ` ${and} ` : ', '}
          {item}
        </Fragment>
      ))}
    </>
  );
}
