import { Fragment, useId, type ReactNode } from 'react';
import { fillMessage } from '../../content/fill-message.ts';
import { reportWordsLang } from '../../content/report-language.ts';
import type { Content } from '../../content/content-types.ts';
import { layoutTravel } from '../../provenance/travel-graph.ts';
import { travelNodes } from '../../provenance/travel-nodes.ts';
import { CaptureLink } from './capture-link.tsx';

/**
 * "How the story travelled": a left-to-right graph (decoration for sighted readers; it scrolls
 * sideways on narrow screens) and, always, the same facts as a list, which is what screen
 * readers and readers without styles get. Every link in it is one a report prints: the list
 * gives the words, one tap away.
 */
export function TravelFigure({ content }: { content: Content }) {
  const { ui } = content;
  const captionId = useId();
  const nodes = travelNodes(content);
  const layout = layoutTravel(nodes);
  const nameOf = new Map(
    nodes.map((n) => [
      n.id,
      n.when
        ? fillMessage(ui.quoteSourceLine, { outlet: n.label ?? n.name, date: n.when }).join('')
        : (n.label ?? n.name),
    ]),
  );
  // The reports' words stay in their language; marked so, on a translated page.
  const wordsLang = reportWordsLang(content);
  const creditsOf = new Map(nodes.map((n) => [n.id, n.credits]));
  /**
   * What a node that credits no one is: reporting outside the five, of which no report says what
   * it drew on; a report of its own reporting only where its record says so; else a report that
   * names no source.
   */
  const creditsNothing = (id: string, isReport: boolean) =>
    !isReport
      ? ui.travelUnknownSource
      : fillMessage(ui.travelNone, {
          note: content.reports[id]?.kind === 'original' ? ui.travelNothing : ui.claimPassageNone,
        }).join('');
  const pad = 8;
  return (
    <figure className="travel" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <h2>{ui.travelTitle}</h2>
        <p>{ui.travelIntro}</p>
      </figcaption>
      <div className="travel-graph" tabIndex={0} role="group" aria-label={ui.travelTitle}>
        <svg
          viewBox={`${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}`}
          width={layout.width + 2 * pad}
          height={layout.height + 2 * pad}
          aria-hidden="true"
        >
          <defs>
            <marker
              id="travel-arrow"
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0L8,4L0,8z" className="travel-arrowhead" />
            </marker>
          </defs>
          {layout.links.map((l) => (
            <path
              key={`${l.from}-${l.to}`}
              d={l.d}
              className="travel-link"
              markerEnd="url(#travel-arrow)"
            />
          ))}
          {layout.nodes.map((n) => (
            <g
              key={n.id}
              transform={`translate(${n.x},${n.y})`}
              className={n.isReport ? 'travel-node is-report' : 'travel-node'}
            >
              <rect width={layout.nodeWidth} height={layout.nodeHeight} rx="4" />
              <text x="8" y="19">
                {n.name}
              </text>
              <text x="8" y="36" className="travel-when">
                {n.when ?? ui.travelNotAmong}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <ol className="travel-list">
        {[...layout.nodes]
          .sort((a, b) => b.column - a.column || a.id.localeCompare(b.id))
          .map((n) => {
            const credits = creditsOf.get(n.id) ?? [];
            return (
              <li key={n.id} id={`travel-${n.id}`}>
                {fillMessage<ReactNode>(ui.fieldLabel, {
                  label: n.isReport ? (
                    <a href={`#report-${n.id}`}>{nameOf.get(n.id)}</a>
                  ) : (
                    fillMessage(ui.travelOutside, { outlet: nameOf.get(n.id) ?? n.id }).join('')
                  ),
                }).map((part, i) => (
                  <Fragment key={i}>{part}</Fragment>
                ))}
                {credits.length === 0 ? (
                  creditsNothing(n.id, n.isReport)
                ) : (
                  <>
                    {fillMessage(ui.fieldLabel, { label: ui.travelCredits }).join('')}
                    <ul className="travel-credits">
                      {credits.map((c) => (
                        <li key={c.drewOn}>
                          <details>
                            <summary>{nameOf.get(c.drewOn) ?? c.drewOn}</summary>
                            <p className="travel-passage">
                              {fillMessage(ui.fieldLabel, { label: ui.travelPassage }).join('')}
                              <q lang={wordsLang}>{c.words}</q>
                            </p>
                            {content.reports[c.report] ? (
                              <p className="travel-capture">
                                <CaptureLink
                                  url={content.reports[c.report]!.url}
                                  passage={c.passage}
                                  label={ui.capturedPage}
                                />
                              </p>
                            ) : null}
                          </details>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
      </ol>
    </figure>
  );
}
