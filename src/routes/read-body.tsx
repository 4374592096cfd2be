import { Fragment, type ReactNode } from 'react';
import { AppLink } from '../components/layout/app-link.tsx';
import type { Quote } from '../content/schema.ts';
import { useContent } from '../content/content-context.tsx';
import type { Content } from '../content/content-types.ts';
import { fillMessage } from '../content/fill-message.ts';
import { QuoteOriginal } from '../components/quote/quote-original.tsx';
import { reportWordsLang } from '../content/report-language.ts';
import { formatReportDate, machineReadableDate } from '../content/format-report-date.ts';
import { StoryMap } from '../components/map/story-map.tsx';
import { StepSources } from '../components/story/step-sources.tsx';
import { pathsFor } from './paths.ts';
import { stepReports } from '../content/claim-line.ts';

/** Report ids in the order the story first cites them: that is their note number. */
const noteOrderOf = (content: Content) => [...new Set([content.story.opening, ...content.sections.flatMap((s) => s.steps)].flatMap((st) => stepReports(st)))];
const noteId = (id: string) => `note-${id}`;

/** A footnote mark linking to the report's note. */
function NoteRef({ id }: { id: string }) {
  const content = useContent();
  const noteNumber = (report: string) => noteOrderOf(content).indexOf(report) + 1;
  return (
    <sup className="note-ref">
      <a href={`#${noteId(id)}`} aria-label={`${content.ui.notesTitle} ${noteNumber(id)}`}>{noteNumber(id)}</a>
    </sup>
  );
}

const citeNote = (id: string, name: string) => <>{name}<NoteRef id={id} /></>;

/** A quote as the article prints it: the words, the speaker, and the note of its report. */
function ReadQuote({ quote }: { quote: Quote }) {
  const content = useContent();
  return (
    <blockquote cite={content.reports[quote.report]?.url}>
      <p>{fillMessage(content.ui.readQuote, { text: quote.text }).join('')}</p>
      <QuoteOriginal quote={quote} content={content} />
      <footer>{fillMessage(content.ui.readSpeaker, { speaker: quote.speaker }).join('')}<NoteRef id={quote.report} /></footer>
    </blockquote>
  );
}

/**
 * `/read/`: the whole story as a plain article, for reading, citing and printing. No scrolling
 * effects: each step's map is a still figure in place, and every report is a numbered note.
 */
export function ReadBody() {
  const content = useContent();
  const { story, ui, outlets, reports } = content;
  const paths = pathsFor(content.locale);
  const noteOrder = noteOrderOf(content);
  const outletName = (id: string) => outlets[id]?.name ?? id;
  return (
    <>
        <header className="read-intro">
          <p className="kicker">{story.kicker}</p>
          <h1>{story.title}</h1>
          <p>{story.opening.text}</p>
          {story.opening.quotes.map((q, j) => <ReadQuote key={j} quote={q} />)}
          <StepSources step={story.opening} content={content} cite={citeNote} wordsOpen />
          <p className="lede">{story.lede}</p>
          <p className="caveat">{story.caveat}</p>
          <p className="read-switch"><AppLink to={paths.story()}>{ui.readScrolling}</AppLink> · <span className="print-hint">{ui.printHint}</span></p>
        </header>
        {content.sections.map((section) => (
          <section key={section.slug} className="read-section" aria-labelledby={`read-${section.slug}`}>
            <h2 id={`read-${section.slug}`}>{section.title}</h2>
            {section.steps.map((step, i) => {
              return (
                <div key={i} className="read-step">
                  <StoryMap view={step.map} content={content} framing="card" />
                  <p>{step.text}</p>
                  {step.quotes.map((q, j) => <ReadQuote key={j} quote={q} />)}
                  <StepSources step={step} content={content} cite={citeNote} wordsOpen />
                </div>
              );
            })}
          </section>
        ))}
        <section className="read-closing" aria-labelledby="read-closing">
          <h2 id="read-closing">{story.closing.title}</h2>
          <p>{story.closing.text}</p>
          <p><AppLink to={paths.sources()}>{ui.closingSources}</AppLink></p>
        </section>
        <section className="read-notes" aria-labelledby="read-notes">
          <h2 id="read-notes">{ui.notesTitle}</h2>
          <ol>
            {noteOrder.map((id) => {
              const r = reports[id];
              if (!r) return null;
              return (
                <li key={id} id={noteId(id)}>
                  {fillMessage<ReactNode>(r.author ? ui.noteWithAuthor : ui.note, {
                    outlet: outletName(r.outlet),
                    headline: <span lang={reportWordsLang(content)}>{r.headline}</span>,
                    author: <span lang={reportWordsLang(content)}>{r.author ?? ''}</span>,
                    date: <time dateTime={machineReadableDate(r.date)}>{formatReportDate(r.date, content)}</time>,
                  }).map((part, i) => <Fragment key={i}>{part}</Fragment>)}{' '}
                  <a href={r.url} rel="noopener noreferrer external" className="print-url">{r.url}</a>
                </li>
              );
            })}
          </ol>
        </section>
    </>
  );
}
