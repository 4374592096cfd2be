import { createContext, Fragment, useContext, type ReactNode } from 'react';
import { AppLink } from '../components/layout/app-link.tsx';
import type { Quote } from '../content/schema.ts';
import { useContent } from '../content/content-context.tsx';
import type { Content, Report } from '../content/content-types.ts';
import { fillMessage, joinList } from '../content/fill-message.ts';
import { QuoteOriginal } from '../components/quote/quote-original.tsx';
import { reportWordsLang } from '../content/report-language.ts';
import { formatReportDate, machineReadableDate } from '../content/format-report-date.ts';
import { passageText } from '../content/passage.ts';
import type { Evidence } from '../content/schema.ts';
import { StoryMap } from '../components/map/story-map.tsx';
import { StepSources } from '../components/story/step-sources.tsx';
import { CaptureLink } from '../components/sources/capture-link.tsx';
import { pathsFor } from '../address/paths.ts';
import { DownloadLink } from '../components/layout/download-link.tsx';
import { FileCopyNote } from './file-copy-note.tsx';
import {
  numberSentences,
  readTexts,
  reportNoteOrder,
  type NumberedSentence,
} from './read-evidence.ts';

/** The article's notes: the reports' (numbered first), then every sentence's evidence. */
interface Notes {
  reports: string[];
  sentences: { byKey: Map<string, NumberedSentence[]>; all: NumberedSentence[] };
}
const NotesContext = createContext<Notes>({
  reports: [],
  sentences: { byKey: new Map(), all: [] },
});

const noteId = (id: string) => `note-${id}`;
const evidenceId = (n: number) => `evidence-${n}`;
const sentenceId = (n: number) => `sentence-${n}`;
const parts = (nodes: ReactNode[]) => nodes.map((part, i) => <Fragment key={i}>{part}</Fragment>);

/** A footnote mark linking to the report's note. */
function NoteRef({ id }: { id: string }) {
  const { ui } = useContent();
  const number = useContext(NotesContext).reports.indexOf(id) + 1;
  if (number === 0) return null;
  return (
    <sup className="note-ref">
      <a href={`#${noteId(id)}`} aria-label={`${ui.notesTitle} ${number}`}>
        {number}
      </a>
    </sup>
  );
}

/**
 * Words followed by their note mark, the mark kept on the line of the last word: a mark is a
 * 24 px target (pages.css), which a line could otherwise leave behind at its end.
 */
function Marked({ text, mark }: { text: string; mark: ReactNode }) {
  const last = text.trimEnd().lastIndexOf(' ') + 1;
  return (
    <>
      {text.slice(0, last)}
      <span className="marked">
        {text.slice(last)}
        {mark}
      </span>
    </>
  );
}

const citeNote = (id: string, name: string) => <Marked text={name} mark={<NoteRef id={id} />} />;

/**
 * An own-voice text, sentence by sentence, each followed by the mark of its evidence note. A
 * text with no evidence (or whose evidence no longer spells it) is printed as it is.
 */
function Sentences({ textKey, text }: { textKey: string; text: string }) {
  const { ui } = useContent();
  const sentences = useContext(NotesContext).sentences.byKey.get(textKey);
  if (!sentences) return <>{text}</>;
  return (
    <>
      {sentences.map(({ n, sentence }, i) => (
        <Fragment key={n}>
          {i > 0 ? ' ' : null}
          <span className="sentence" id={sentenceId(n)}>
            <Marked
              text={sentence.text}
              mark={
                <sup className="evidence-ref">
                  <a
                    href={`#${evidenceId(n)}`}
                    aria-label={fillMessage(ui.evidenceRef, { n: String(n) }).join('')}
                  >
                    {n}
                  </a>
                </sup>
              }
            />
          </span>
        </Fragment>
      ))}
    </>
  );
}

/** A quote as the article prints it: the words, the speaker, and the note of its report. */
function ReadQuote({ quote, speakerKey }: { quote: Quote; speakerKey: string }) {
  const content = useContent();
  // The speaker line's own evidence mark and its report's note mark, told apart by a comma.
  const marked = useContext(NotesContext).sentences.byKey.has(speakerKey);
  return (
    <blockquote cite={content.reports[quote.report]?.url}>
      <p>{fillMessage(content.ui.readQuote, { text: quote.text }).join('')}</p>
      <QuoteOriginal quote={quote} content={content} />
      <footer>
        {parts(
          fillMessage<ReactNode>(content.ui.readSpeaker, {
            speaker: <Sentences textKey={speakerKey} text={quote.speaker} />,
          }),
        )}
        {marked ? (
          <sup className="ref-separator" aria-hidden="true">
            ,
          </sup>
        ) : null}
        <NoteRef id={quote.report} />
      </footer>
    </blockquote>
  );
}

/**
 * `/read/`: the whole story as a plain article, for reading, citing and printing. No scrolling
 * effects: each step's map is a still figure in place, every report is a numbered note, and
 * every sentence in the site's own voice has its own: what kind of sentence it is and the
 * report words that carry it, each linked to the outlet's page as captured, at those words.
 * Given `builtOn` (a YYYY-MM-DD day), it is the single-file edition: it opens by saying when it
 * was built and where it lives online, and links to no download of itself.
 */
export function ReadBody({ builtOn }: { builtOn?: string }) {
  const content = useContent();
  const { story, ui } = content;
  const paths = pathsFor(content.locale);
  const reports = reportNoteOrder(content);
  const notes: Notes = {
    reports,
    sentences: numberSentences(content, readTexts(content), reports.length + 1),
  };
  return (
    <NotesContext value={notes}>
      <header className="read-intro">
        {builtOn ? <FileCopyNote builtOn={builtOn} /> : null}
        <p className="kicker">{story.kicker}</p>
        <h1>{story.title}</h1>
        <p>
          <Sentences textKey="story:opening.text" text={story.opening.text} />
        </p>
        {story.opening.quotes.map((q, j) => (
          <ReadQuote key={j} quote={q} speakerKey={`story:opening.quotes[${j}].speaker`} />
        ))}
        <StepSources step={story.opening} content={content} cite={citeNote} wordsOpen />
        <p className="lede">
          <Sentences textKey="story:lede" text={story.lede} />
        </p>
        <p className="caveat">
          <Sentences textKey="story:caveat" text={story.caveat} />
        </p>
        <p className="read-switch">
          <AppLink to={paths.story()}>{ui.readScrolling}</AppLink>
          {' · '}
          <span className="print-hint">{ui.printHint}</span>
          {builtOn ? null : (
            <>
              {' · '}
              <DownloadLink content={content} />
            </>
          )}
        </p>
      </header>
      {content.sections.map((section) => (
        <section
          key={section.slug}
          className="read-section"
          aria-labelledby={`read-${section.slug}`}
        >
          <h2 id={`read-${section.slug}`}>{section.title}</h2>
          {section.steps.map((step, i) => {
            const key = `section:${section.slug}:steps[${i}]`;
            return (
              <div key={i} className="read-step">
                <StoryMap
                  view={step.map}
                  content={content}
                  framing="card"
                  caption={
                    <Sentences textKey={`${key}.map.description`} text={step.map.description} />
                  }
                />
                <p className="read-step-text">
                  <Sentences textKey={`${key}.text`} text={step.text} />
                </p>
                {step.quotes.map((q, j) => (
                  <ReadQuote key={j} quote={q} speakerKey={`${key}.quotes[${j}].speaker`} />
                ))}
                <StepSources step={step} content={content} cite={citeNote} wordsOpen />
              </div>
            );
          })}
        </section>
      ))}
      <section className="read-closing" aria-labelledby="read-closing">
        <h2 id="read-closing">{story.closing.title}</h2>
        <p>{story.closing.text}</p>
        <p>
          <AppLink to={paths.sources()}>{ui.closingSources}</AppLink>
        </p>
      </section>
      <section className="read-notes" aria-labelledby="read-notes">
        <h2 id="read-notes">{ui.notesTitle}</h2>
        <ol className="report-notes">
          {reports.map((id) => {
            const report = content.reports[id];
            return report ? <ReportNote key={id} report={report} /> : null;
          })}
        </ol>
        {notes.sentences.all.length > 0 ? (
          <>
            <h3 id="read-evidence-notes">{ui.evidenceNotesTitle}</h3>
            <ol
              className="evidence-notes"
              start={reports.length + 1}
              aria-labelledby="read-evidence-notes"
            >
              {notes.sentences.all.map((s) => (
                <EvidenceNote key={s.n} n={s.n} sentence={s.sentence} />
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </NotesContext>
  );
}

/**
 * A report's note: outlet, date and byline as the text prints them; the headline, said to be
 * the report's own or the captured page's; and the address, said to be where it was captured.
 */
function ReportNote({ report }: { report: Report }) {
  const content = useContent();
  const { ui } = content;
  const wordsLang = reportWordsLang(content);
  return (
    <li id={noteId(report.id)}>
      <span className="note-line">
        {parts(
          fillMessage<ReactNode>(ui.reportLine, {
            outlet: content.outlets[report.outlet]?.name ?? report.outlet,
            date: (
              <time dateTime={machineReadableDate(report.date)}>
                {formatReportDate(report.date, content)}
              </time>
            ),
          }),
        )}
      </span>
      {report.author ? (
        <span className="note-line">
          {parts(
            fillMessage<ReactNode>(ui.sourcesAuthor, {
              author: <span lang={wordsLang}>{report.author}</span>,
            }),
          )}
        </span>
      ) : null}
      <span className="note-line">
        {fillMessage(ui.fieldLabel, {
          label: report.headlineFrom === 'capture' ? ui.headlineCaptured : ui.headlineOwn,
        }).join('')}
        <span lang={wordsLang}>
          {fillMessage(ui.readQuote, { text: report.headline }).join('')}
        </span>
      </span>
      <span className="note-line">
        {parts(
          fillMessage<ReactNode>(ui.capturedFrom, {
            address: (
              <a href={report.url} rel="noopener noreferrer external" className="print-url">
                {report.url}
              </a>
            ),
          }),
        )}
      </span>
    </li>
  );
}

/** Passages in the order given, grouped by report (a report's words under one line). */
function byReport(passages: readonly Evidence[]): { report: string; passages: Evidence[] }[] {
  const groups: { report: string; passages: Evidence[] }[] = [];
  const seen = new Set<string>();
  for (const p of passages) {
    const key = JSON.stringify(p);
    if (seen.has(key)) continue;
    seen.add(key);
    const group = groups.find((g) => g.report === p.report);
    if (group) group.passages.push(p);
    else groups.push({ report: p.report, passages: [p] });
  }
  return groups;
}

/** A report's passages, each with the link to the outlet's page as captured, at those words. */
function PassageList({ passages, content }: { passages: readonly Evidence[]; content: Content }) {
  const wordsLang = reportWordsLang(content);
  return (
    <ul className="evidence-passages">
      {passages.map((p, i) => {
        const report = content.reports[p.report];
        return (
          <li key={i}>
            <q lang={wordsLang}>{passageText(p.passage)}</q>
            {report ? (
              <span className="evidence-capture">
                <CaptureLink url={report.url} passage={p.passage} label={content.ui.capturedPage} />
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One sentence's note: its kind in words, and what carries it: the report words (reported),
 * the words the texts print or none prints (about the texts), or what it is (orientation, the
 * site's own account). A back-link returns to the sentence.
 */
function EvidenceNote({ n, sentence }: { n: number; sentence: NumberedSentence['sentence'] }) {
  const content = useContent();
  const { ui } = content;
  const outletName = (report: string) =>
    content.outlets[content.reports[report]?.outlet ?? '']?.name ?? report;
  const groups = byReport(sentence.passages);
  // The ledger describes orientation and the site's own sentences in the source language only.
  const describe =
    sentence.orientation !== undefined && reportWordsLang(content) === undefined ? (
      <p className="evidence-what">{sentence.orientation}</p>
    ) : null;
  let body: ReactNode;
  if (sentence.kind === 'reported') {
    body = groups.map((g) => (
      <div key={g.report} className="evidence-source">
        <p className="evidence-kind">
          {parts(
            fillMessage<ReactNode>(ui.evidenceReported, {
              outlet: citeNote(g.report, outletName(g.report)),
            }),
          )}
        </p>
        <PassageList passages={g.passages} content={content} />
      </div>
    ));
  } else if (sentence.kind === 'about') {
    body = (
      <>
        <p className="evidence-kind">{ui.evidenceAbout}</p>
        {groups.map((g) => (
          <div key={g.report} className="evidence-source">
            <p className="evidence-outlet">
              {parts(
                fillMessage<ReactNode>(ui.fieldLabel, {
                  label: citeNote(g.report, outletName(g.report)),
                }),
              )}
            </p>
            <PassageList passages={g.passages} content={content} />
          </div>
        ))}
        {sentence.absent && sentence.absent.length > 0 ? (
          <p className="evidence-absent">
            {parts(
              fillMessage<ReactNode>(ui.evidenceAbsent, {
                words: (
                  <>
                    {parts(
                      joinList(
                        sentence.absent.map((w) => (
                          <q key={w} lang={reportWordsLang(content)}>
                            {w}
                          </q>
                        )),
                        content.locale,
                      ),
                    )}
                  </>
                ),
              }),
            )}
          </p>
        ) : null}
      </>
    );
  } else {
    body = (
      <>
        <p className="evidence-kind">
          {sentence.kind === 'orientation' ? ui.evidenceOrientation : ui.evidenceSite}
        </p>
        {describe}
      </>
    );
  }
  return (
    <li id={evidenceId(n)} className={`evidence-note is-${sentence.kind}`}>
      <a className="note-back" href={`#${sentenceId(n)}`} aria-label={ui.evidenceBack}>
        ↑
      </a>{' '}
      {body}
    </li>
  );
}
