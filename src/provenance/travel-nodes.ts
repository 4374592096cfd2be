import type { Content } from '../content/content-types.ts';
import { formatReportDate } from '../content/format-report-date.ts';
import { passageText, type PassageValue } from '../content/passage.ts';
import type { TravelNode } from './travel-graph.ts';

/** One evidenced link of a node: what it drew on, and the words that show it. */
export interface TravelCredit {
  drewOn: string;
  /** The evidence passage, as readers see it (excerpts joined by "…"). */
  words: string;
  /**
   * The same passage as written (one, or excerpts), for the link to the report's page at its words.
   */
  passage: PassageValue;
  /** The report that prints those words. */
  report: string;
}

/**
 * The five reports and the reporting they credit, as nodes of the travel graph, built only from
 * the evidenced links in data/travel.json. `label` is the longer description the list gives
 * upstream reporting (the graph shows the outlet `name`).
 */
export function travelNodes(
  content: Content,
): (TravelNode & { label: string | null; credits: TravelCredit[] })[] {
  const outletName = (id: string) => content.outlets[id]?.name ?? id;
  const creditsOf = (id: string): TravelCredit[] =>
    content.travel.links
      .filter((l) => l.from === id)
      .map((l) => ({
        drewOn: l.drewOn,
        words: passageText(l.evidence.passage),
        passage: l.evidence.passage,
        report: l.evidence.report,
      }));
  const node = (id: string) => {
    const credits = creditsOf(id);
    return { credits, drewOn: credits.map((c) => c.drewOn) };
  };
  return [
    ...content.travel.upstream.map((u) => ({
      id: u.id,
      name: outletName(u.outlet),
      label: u.label,
      when: null,
      isReport: false,
      ...node(u.id),
    })),
    ...Object.values(content.reports).map((r) => ({
      id: r.id,
      name: outletName(r.outlet),
      label: null,
      when: formatReportDate(r.date, content),
      isReport: true,
      ...node(r.id),
    })),
  ];
}
