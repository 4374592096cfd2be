/**
 * Where a step's claim comes from, counted honestly. A step names the outlets its claim
 * started with (`claimFrom`); each report it cites is then either that origin's own report or
 * a retelling of it. Five reports that repeat Daily NK are "Daily NK, repeated by 4 outlets",
 * never five confirmations: the count of independent origins is the length of `origins`.
 */

export interface ClaimProvenance {
  /** Outlet ids the claim started with, in the step's order. */
  origins: readonly string[];
  /** Report ids by an origin outlet itself (the original reporting, where we have it). */
  originReports: readonly string[];
  /** Report ids that repeat the origins' reporting. */
  repeats: readonly string[];
}

export function claimProvenance(step: { claimFrom: readonly string[]; reports: readonly string[] }, reports: Readonly<Record<string, { outlet: string } | undefined>>): ClaimProvenance {
  const origins = [...new Set(step.claimFrom)];
  const ids = [...new Set(step.reports)];
  const isOrigin = (id: string) => origins.includes(reports[id]?.outlet ?? '');
  return { origins, originReports: ids.filter(isOrigin), repeats: ids.filter((id) => !isOrigin(id)) };
}
