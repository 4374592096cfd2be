import { AppLink } from '../components/layout/app-link.tsx';
import { Fragment, type ReactNode } from 'react';
import { useContent } from '../content/content-context.tsx';
import type { Content } from '../content/content-types.ts';
import { fillMessage } from '../content/fill-message.ts';
import { reportWordsLang } from '../content/report-language.ts';
import type { Report } from '../content/content-types.ts';
import { formatReportDate, machineReadableDate } from '../content/format-report-date.ts';
import { pathsFor } from './paths.ts';
import { passageId } from '../content/quote-passages.ts';
import { TravelFigure } from '../components/sources/travel-figure.tsx';
import passages from 'virtual:quote-passages';
import { stepReports } from '../content/claim-line.ts';
import { joinList } from '../content/fill-message.ts';

/** The outlet of a travel node: an upstream entry's, or a report's. */
const upstreamOutlet = (content: Content, id: string) => content.travel.upstream.find((u) => u.id === id)?.outlet ?? content.reports[id]?.outlet ?? id;

/** `/sources/`: the five reports, how they relate, and where the story uses each. */
export function SourcesBody() {
  const content = useContent();
  const { ui } = content;
  const reports = Object.values(content.reports).sort(byDate);
  const translated = reportWordsLang(content) !== undefined;
  return (
    <>
        <h1>{ui.sourcesTitle}</h1>
        <p className="sources-intro">{ui.sourcesIntro}</p>
        {translated ? <p className="sources-language-note">{ui.reportsLanguageNote}</p> : null}
        <TravelFigure content={content} />
        <ol className="report-list">
          {reports.map((report) => <ReportEntry key={report.id} report={report} />)}
        </ol>
    </>
  );
}

function ReportEntry({ report }: { report: Report }) {
  const content = useContent();
  const { ui, outlets } = content;
  const paths = pathsFor(content.locale);
  const wordsLang = reportWordsLang(content);
  const outletName = (id: string) => outlets[id]?.name ?? id;
  const usedIn = content.sections.filter((s) => s.steps.some((st) => stepReports(st).includes(report.id)));
  const credits = [...new Set(content.travel.links.filter((l) => l.from === report.id).map((l) => upstreamOutlet(content, l.drewOn)))];
  const quotes = content.sections.flatMap((s) =>
    s.steps.flatMap((st, stepIndex) => st.quotes.flatMap((q, i) => (q.report === report.id ? [{ id: passageId(s.slug, stepIndex, i), q, s, stepIndex }] : []))),
  );
  return (
    <li id={`report-${report.id}`} className="report">
      <p className="report-outlet">
        {fillMessage<ReactNode>(ui.reportLine, {
          outlet: outletName(report.outlet),
          date: <time dateTime={machineReadableDate(report.date)}>{formatReportDate(report.date, content)}</time>,
        }).map((part, i) => <Fragment key={i}>{part}</Fragment>)}
      </p>
      <h2><a href={report.url} rel="noopener noreferrer external" lang={wordsLang}>{report.headline}</a></h2>
      {report.author ? <p className="report-author">{fillMessage<ReactNode>(ui.sourcesAuthor, { author: <span lang={wordsLang}>{report.author}</span> }).map((part, i) => <Fragment key={i}>{part}</Fragment>)}</p> : null}
      <p className="report-relation">{report.relation}</p>
      <p className="report-cites">
        <strong>{fillMessage(ui.fieldLabel, { label: ui.sourcesCites }).join('')}</strong>
        {credits.length > 0
          ? fillMessage<ReactNode>(ui.sourcesCitesList, { outlets: joinList(credits.map(outletName), content.locale.intl).join(''), link: <a href={`#travel-${report.id}`}>{ui.travelPassage}</a> }).map((part, i) => <Fragment key={i}>{part}</Fragment>)
          : ui.sourcesCitesNone}
      </p>
      <p className="report-used-in">
        <strong>{fillMessage(ui.fieldLabel, { label: ui.sourcesUsedIn }).join('')}</strong>
        {joinList(usedIn.map((s) => <AppLink key={s.slug} to={paths.section(s.slug)}>{s.title}</AppLink>), content.locale.intl).map((part, i) => <Fragment key={i}>{part}</Fragment>)}
      </p>
      {quotes.length > 0 ? (
        <section className="report-quotes" aria-label={fillMessage(ui.sourcesQuotesOf, { outlet: outletName(report.outlet) }).join('')}>
          <h3>{fillMessage(ui.sourcesQuotesCount, { count: new Intl.NumberFormat(content.locale.intl).format(quotes.length) }).join('')}</h3>
          <ul>
            {quotes.map(({ id, q, s, stepIndex }) => {
              const passage = passages[id];
              return (
                <li key={id} id={id} className="passage" tabIndex={-1}>
                  <p lang={wordsLang}>
                    {passage ? <>{passage.before}<mark>{passage.match}</mark>{passage.after}</> : <mark>{q.original ?? q.text}</mark>}
                  </p>
                  <p className="passage-in-story">
                    {fillMessage(ui.fieldLabel, { label: ui.passageInStory }).join('')}
                    <AppLink to={paths.step(s.slug, stepIndex)}>{stepIndex > 0 ? fillMessage(ui.sectionStep, { section: s.title, step: new Intl.NumberFormat(content.locale.intl).format(stepIndex + 1) }).join('') : s.title}</AppLink>
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
