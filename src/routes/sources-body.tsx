import { AppLink } from '../components/layout/app-link.tsx';
import { content } from '../content/content.ts';
import type { Report } from '../content/content-types.ts';
import { formatReportDate, machineReadableDate } from '../content/format-report-date.ts';
import { paths } from './paths.ts';
import { passageId } from '../content/quote-passages.ts';
import { TravelFigure } from '../components/sources/travel-figure.tsx';
import passages from 'virtual:quote-passages';
import { stepReports } from '../content/claim-line.ts';
import { joinList } from '../content/fill-message.ts';

/** The outlet of a travel node: an upstream entry's, or a report's. */
const upstreamOutlet = (id: string) => content.travel.upstream.find((u) => u.id === id)?.outlet ?? content.reports[id]?.outlet ?? id;

const reports = Object.values(content.reports).sort(byDate);

/** `/sources/`: the five reports, how they relate, and where the story uses each. */
export function SourcesBody() {
  const { ui } = content;
  return (
    <>
        <h1>{ui.sourcesTitle}</h1>
        <p className="sources-intro">{ui.sourcesIntro}</p>
        <TravelFigure content={content} />
        <ol className="report-list">
          {reports.map((report) => <ReportEntry key={report.id} report={report} />)}
        </ol>
    </>
  );
}

function ReportEntry({ report }: { report: Report }) {
  const { ui, outlets } = content;
  const outletName = (id: string) => outlets[id]?.name ?? id;
  const usedIn = content.sections.filter((s) => s.steps.some((st) => stepReports(st).includes(report.id)));
  const credits = [...new Set(content.travel.links.filter((l) => l.from === report.id).map((l) => upstreamOutlet(l.drewOn)))];
  const quotes = content.sections.flatMap((s) =>
    s.steps.flatMap((st, stepIndex) => st.quotes.flatMap((q, i) => (q.report === report.id ? [{ id: passageId(s.slug, stepIndex, i), q, s, stepIndex }] : []))),
  );
  return (
    <li id={`report-${report.id}`} className="report">
      <p className="report-outlet">
        {outletName(report.outlet)}
        {report.carrier ? ` (${outletName(report.carrier)})` : ''}
        {' · '}
        <time dateTime={machineReadableDate(report.date)}>{formatReportDate(report.date)}</time>
      </p>
      <h2><a href={report.url} rel="noopener noreferrer external">{report.headline}</a></h2>
      {report.author ? <p className="report-author">{ui.sourcesAuthor} {report.author}</p> : null}
      {'basis' in report.date ? <p className="report-date-basis">{report.date.basis}</p> : null}
      <p className="report-relation">{report.relation}</p>
      <p className="report-cites">
        <strong>{ui.sourcesCites}: </strong>
        {credits.length > 0 ? <><>{joinList(credits.map(outletName), ui.locale).join('')}</> (<a href={`#travel-${report.id}`}>{ui.travelPassage}</a>)</> : ui.sourcesCitesNone}
      </p>
      <p className="report-used-in">
        <strong>{ui.sourcesUsedIn}: </strong>
        {usedIn.map((s, i) => (
          <span key={s.slug}>{i > 0 ? ', ' : ''}<AppLink to={paths.section(s.slug)}>{s.title}</AppLink></span>
        ))}
      </p>
      {quotes.length > 0 ? (
        <section className="report-quotes" aria-label={`${ui.sourcesQuotes}: ${outletName(report.outlet)}`}>
          <h3>{ui.sourcesQuotes} ({quotes.length})</h3>
          <ul>
            {quotes.map(({ id, q, s, stepIndex }) => {
              const passage = passages[id];
              return (
                <li key={id} id={id} className="passage" tabIndex={-1}>
                  <p>
                    {passage ? <>{passage.before}<mark>{passage.match}</mark>{passage.after}</> : <mark>{q.text}</mark>}
                  </p>
                  <p className="passage-in-story">
                    {ui.passageInStory}: <AppLink to={paths.step(s.slug, stepIndex)}>{s.title}{stepIndex > 0 ? ` (${stepIndex + 1})` : ''}</AppLink>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </li>
  );
}

/** Oldest first; undated-to-the-day reports sort by the year they name, then by id. */
function byDate(a: Report, b: Report): number {
  const key = (r: Report) => machineReadableDate(r.date) ?? '0000';
  return key(a).localeCompare(key(b)) || a.id.localeCompare(b.id);
}
