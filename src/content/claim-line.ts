/**
 * A step's claim line, counted honestly from its sources: each report that carries the claim,
 * grouped by whom its passage credits. "Mint, CTN News and Voices Against Autocracy, crediting
 * NK news; ANI, crediting Daily NK" — the reports first, as what they say they credit, never
 * "five reports confirm". A report's own
 * unsourced sentence is its own group ("…, citing no source"); an original report's own
 * reporting stands alone.
 */
export type ClaimGroup =
  | { kind: 'credited'; origin: string; reports: string[] }
  | { kind: 'own'; report: string }
  | { kind: 'uncredited'; reports: string[] };

interface SourceLike {
  report: string;
  credits: string | null;
}

/** Groups in the order their first source appears; a report is listed once per group. */
export function claimGroups(
  sources: readonly SourceLike[],
  outletOf: (reportId: string) => string | undefined,
): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  const add = (reports: string[], report: string) => {
    if (!reports.includes(report)) reports.push(report);
  };
  for (const { report, credits } of sources) {
    if (credits === null) {
      const group = groups.find((g) => g.kind === 'uncredited');
      if (group?.kind === 'uncredited') add(group.reports, report);
      else groups.push({ kind: 'uncredited', reports: [report] });
    } else if (credits === outletOf(report)) {
      if (!groups.some((g) => g.kind === 'own' && g.report === report))
        groups.push({ kind: 'own', report });
    } else {
      const group = groups.find((g) => g.kind === 'credited' && g.origin === credits);
      if (group?.kind === 'credited') add(group.reports, report);
      else groups.push({ kind: 'credited', origin: credits, reports: [report] });
    }
  }
  return groups;
}

/** Every report a step rests on, once each, in order: its sources' reports, then its quotes'. */
export function stepReports(step: {
  sources: readonly { report: string }[];
  quotes?: readonly { report: string }[];
}): string[] {
  return [
    ...new Set([...step.sources.map((s) => s.report), ...(step.quotes ?? []).map((q) => q.report)]),
  ];
}
