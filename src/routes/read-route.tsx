import { Link } from 'react-router';
import { content } from '../content/content.ts';
import { formatReportDate, machineReadableDate } from '../content/format-report-date.ts';
import { SiteFooter, SiteHeader } from '../components/layout/site-header.tsx';
import { StoryMap } from '../components/map/story-map.tsx';
import { StepSources } from '../components/story/step-sources.tsx';
import { paths } from './paths.ts';

/** Report ids in the order the story first cites them: that is their note number. */
const noteOrder = [...new Set(content.sections.flatMap((s) => s.steps.flatMap((st) => [...st.reports, ...st.quotes.map((q) => q.report)])))];
const noteNumber = (id: string) => noteOrder.indexOf(id) + 1;
const noteId = (id: string) => `note-${id}`;

/** A footnote mark linking to the report's note. */
function NoteRef({ id }: { id: string }) {
  return (
    <sup className="note-ref">
      <a href={`#${noteId(id)}`} aria-label={`${content.ui.notesTitle} ${noteNumber(id)}`}>{noteNumber(id)}</a>
    </sup>
  );
}

/**
 * `/read/`: the whole story as a plain article, for reading, citing and printing. No scrolling
 * effects: each step's map is a still figure in place, and every report is a numbered note.
 */
export function ReadRoute() {
  const { story, ui, outlets, reports } = content;
  const outletName = (id: string) => outlets[id]?.name ?? id;
  return (
    <>
      <SiteHeader content={content} skipTo="main" />
      <main id="main" className="page read" tabIndex={-1}>
        <header className="read-intro">
          <p className="kicker">{story.kicker}</p>
          <h1>{story.title}</h1>
          <p className="lede">{story.lede}</p>
          <p className="caveat">{story.caveat}</p>
          <p className="read-switch"><Link to={paths.story()}>{ui.readScrolling}</Link> · <span className="print-hint">{ui.printHint}</span></p>
        </header>
        {content.sections.map((section) => (
          <section key={section.slug} className="read-section" aria-labelledby={`read-${section.slug}`}>
            <h2 id={`read-${section.slug}`}>{section.title}</h2>
            {section.steps.map((step, i) => {
              return (
                <div key={i} className="read-step">
                  <StoryMap view={step.map} content={content} framing="card" />
                  <p>{step.text}</p>
                  {step.quotes.map((q, j) => (
                    <blockquote key={j} cite={reports[q.report]?.url}>
                      <p>“{q.text}”</p>
                      <footer>— {q.speaker}<NoteRef id={q.report} /></footer>
                    </blockquote>
                  ))}
                  <StepSources step={step} content={content} cite={(id, name) => <>{name}<NoteRef id={id} /></>} />
                </div>
              );
            })}
          </section>
        ))}
        <section className="read-notes" aria-labelledby="read-notes">
          <h2 id="read-notes">{ui.notesTitle}</h2>
          <ol>
            {noteOrder.map((id) => {
              const r = reports[id];
              if (!r) return null;
              return (
                <li key={id} id={noteId(id)}>
                  {outletName(r.outlet)}{r.carrier ? ` (${outletName(r.carrier)})` : ''}, “{r.headline}”
                  {r.author ? `, ${r.author}` : ''}, <time dateTime={machineReadableDate(r.date)}>{formatReportDate(r.date)}</time>.{' '}
                  <a href={r.url} rel="noopener noreferrer external" className="print-url">{r.url}</a>
                </li>
              );
            })}
          </ol>
        </section>
      </main>
      <SiteFooter content={content} />
    </>
  );
}
