import type { Content } from '../content/content-types.ts';
import { formatReportDate } from '../content/format-report-date.ts';
import type { TravelNode } from './travel-graph.ts';

/**
 * The five reports and the reporting they name, as nodes of the travel graph. `label` is the
 * longer description the list gives upstream reporting (the graph shows the outlet `name`).
 */
export function travelNodes(content: Content): (TravelNode & { label: string | null })[] {
  const outletName = (id: string) => content.outlets[id]?.name ?? id;
  return [
    ...content.travel.upstream.map((u) => ({ id: u.id, name: outletName(u.outlet), label: u.label, when: u.when, isReport: false, drewOn: u.drewOn })),
    ...Object.values(content.reports).map((r) => ({
      id: r.id,
      name: r.carrier ? `${outletName(r.outlet)} (${outletName(r.carrier)})` : outletName(r.outlet),
      label: null,
      when: formatReportDate(r.date),
      isReport: true,
      drewOn: content.travel.reports[r.id] ?? [],
    })),
  ];
}
