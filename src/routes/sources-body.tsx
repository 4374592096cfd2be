import { AppLink } from '../components/layout/app-link.tsx';
import { DownloadLink } from '../components/layout/download-link.tsx';
import { Fragment, type ReactNode } from 'react';
import { useContent } from '../content/content-context.tsx';
import type { Content } from '../content/content-types.ts';
import { fillMessage } from '../content/fill-message.ts';
import { reportWordsLang } from '../content/report-language.ts';
import type { Report } from '../content/content-types.ts';
import type { Quote } from '../content/schema.ts';
import { formatReportDate, machineReadableDate } from '../content/format-report-date.ts';
import { pathsFor } from '../address/paths.ts';
import { passageId } from '../content/quote-passages.ts';
import { TravelFigure } from '../components/sources/travel-figure.tsx';
import { CaptureLink } from '../components/sources/capture-link.tsx';
import { openingPassageId } from '../provenance/opening-passages.ts';
import passages from 'virtual:quote-passages';
import { stepReports } from '../content/claim-line.ts';
import { joinList } from '../content/fill-message.ts';

/** The outlet of a travel node: an upstream entry's, or a report's. */
const upstreamOutlet = (content: Content, id: string) =>
  content.travel.upstream.find((u) => u.id === id)?.outlet ?? content.reports[id]?.outlet ?? id;
const parts = (nodes: ReactNode[]) => nodes.map((part, i) => <Fragment key={i}>{part}</Fragment>);

/**
 * `/sources/`: the five reports, how they relate, where the story uses each, and what was
 * corrected.
 */
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
      <p className="sources-download">
        <DownloadLink content={content} />
      </p>
      <TravelFigure content={content} />
      <ol className="report-list">
        {reports.map((report) => (
          <ReportEntry key={report.id} report={report} />
        ))}
      </ol>
      <Corrections />
    </>
  );
}

/** A quote of the story in its report's paragraph: where it is, and where the story uses it. */
interface UsedQuote {
  id: string;
  quote: Quote;
  /** Where the story quotes it: a step's address and name. */
  to: string;
  where: string;
}

function ReportEntry({ report }: { report: Report }) {
  const content = useContent();
  const { ui, outlets, story } = content;
  const paths = pathsFor(content.locale);
  const wordsLang = reportWordsLang(content);
  const outletName = (id: string) => outlets[id]?.name ?? id;
  const number = (n: number) => new Intl.NumberFormat(content.locale.intl).format(n);
  // The opening rests on its reports like any step: it is listed first, as the story reads.
  const inOpening = stepReports(story.opening).includes(report.id);
  const usedIn = content.sections.filter((s) =>
    s.steps.some((st) => stepReports(st).includes(report.id)),
  );
  const credits = [
    ...new Set(
      content.travel.links
        .filter((l) => l.from === report.id)
        .map((l) => upstreamOutlet(content, l.drewOn)),
    ),
  ];
  const quotes: UsedQuote[] = [
    ...story.opening.quotes.flatMap((quote, i) =>
      quote.report === report.id
        ? [{ id: openingPassageId(i), quote, to: paths.story(), where: ui.storyOpening }]
        : [],
    ),
    ...content.sections.flatMap((s) =>
      s.steps.flatMap((st, stepIndex) =>
        st.quotes.flatMap((quote, i) =>
          quote.report === report.id
            ? [
                {
                  id: passageId(s.slug, stepIndex, i),
                  quote,
                  to: paths.step(s.slug, stepIndex),
                  where:
                    stepIndex > 0
                      ? fillMessage(ui.sectionStep, {
                          section: s.title,
                          step: number(stepIndex + 1),
                        }).join('')
                      : s.title,
                },
              ]
            : [],
        ),
      ),
    ),
  ];
  const usedLinks = [
    ...(inOpening
      ? [
          <AppLink key="opening" to={paths.story()}>
            {ui.storyOpening}
          </AppLink>,
        ]
      : []),
    ...usedIn.map((s) => (
      <AppLink key={s.slug} to={paths.section(s.slug)}>
        {s.title}
      </AppLink>
    )),
  ];
  return (
    <li id={`report-${report.id}`} className="report">
      <p className="report-outlet">
        {parts(
          fillMessage<ReactNode>(ui.reportLine, {
            outlet: outletName(report.outlet),
            date: (
              <time dateTime={machineReadableDate(report.date)}>
                {formatReportDate(report.date, content)}
              </time>
            ),
          }),
        )}
      </p>
      {/* Capture metadata, said to be so: a headline only the captured page carried, and the
         address. */}
      <p className="report-headline-from">
        {report.headlineFrom === 'capture' ? ui.headlineCaptured : ui.headlineOwn}
      </p>
      <h2 lang={wordsLang}>{report.headline}</h2>
      {report.author ? (
        <p className="report-author">
          {parts(
            fillMessage<ReactNode>(ui.sourcesAuthor, {
              author: <span lang={wordsLang}>{report.author}</span>,
            }),
          )}
        </p>
      ) : null}
      <p className="report-captured">
        {parts(
          fillMessage<ReactNode>(ui.capturedFrom, {
            address: (
              <a href={report.url} rel="noopener noreferrer external">
                {report.url}
              </a>
            ),
          }),
        )}
      </p>
      <p className="report-relation">{report.relation}</p>
      <p className="report-cites">
        <strong>{fillMessage(ui.fieldLabel, { label: ui.sourcesCites }).join('')}</strong>
        {credits.length > 0
          ? parts(
              fillMessage<ReactNode>(ui.sourcesCitesList, {
                outlets: joinList(credits.map(outletName), content.locale).join(''),
                link: <a href={`#travel-${report.id}`}>{ui.travelPassage}</a>,
              }),
            )
          : report.kind === 'original'
            ? ui.sourcesCitesNone
            : ui.claimPassageNone}
      </p>
      <p className="report-used-in">
        <strong>{fillMessage(ui.fieldLabel, { label: ui.sourcesUsedIn }).join('')}</strong>
        {parts(joinList(usedLinks, content.locale, 'titles'))}
      </p>
      {quotes.length > 0 ? (
        <section
          className="report-quotes"
          aria-label={fillMessage(ui.sourcesQuotesOf, { outlet: outletName(report.outlet) }).join(
            '',
          )}
        >
          <h3>{fillMessage(ui.sourcesQuotesCount, { count: number(quotes.length) }).join('')}</h3>
          <ul>
            {quotes.map(({ id, quote, to, where }) => {
              const passage = passages[id];
              const words = passage?.match ?? quote.original ?? quote.text;
              return (
                <li key={id} id={id} className="passage" tabIndex={-1}>
                  <p lang={wordsLang}>
                    {passage ? (
                      <>
                        {passage.before}
                        <mark>{passage.match}</mark>
                        {passage.after}
                      </>
                    ) : (
                      <mark>{words}</mark>
                    )}
                  </p>
                  <p className="passage-capture">
                    <CaptureLink url={report.url} passage={words} label={ui.capturedPage} />
                  </p>
                  <p className="passage-in-story">
                    {fillMessage(ui.fieldLabel, { label: ui.passageInStory }).join('')}
                    <AppLink to={to}>{where}</AppLink>
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

/**
 * What rounds of corrections changed and why, newest first, each with its own address
 * (#correction-<id>); one line when there are none yet.
 */
function Corrections() {
  const content = useContent();
  const { ui, corrections } = content;
  // The file lists them newest last: reversed first, so entries of one day keep that order.
  const newestFirst = [...corrections].reverse().sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{ui.correctionsTitle}</h2>
      {newestFirst.length === 0 ? (
        <p className="corrections-none">{ui.correctionsNone}</p>
      ) : (
        <ul className="corrections-list">
          {newestFirst.map((c) => (
            <li key={c.id} id={`correction-${c.id}`} className="correction" tabIndex={-1}>
              <p className="correction-date">
                <time dateTime={c.date}>
                  {formatReportDate({ precision: 'day', value: c.date }, content)}
                </time>
              </p>
              <p className="correction-what">{c.what}</p>
              <p className="correction-why">
                <strong>{fillMessage(ui.fieldLabel, { label: ui.correctionWhy }).join('')}</strong>
                {c.why}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Oldest first; undated-to-the-day reports sort by the year they name, then by id. */
function byDate(a: Report, b: Report): number {
  const key = (r: Report) => machineReadableDate(r.date) ?? '0000';
  return key(a).localeCompare(key(b)) || a.id.localeCompare(b.id);
}
