/**
 * Checks data/travel.json: every link names real nodes and carries the citing report's own
 * words naming whom it credits; a link between two outlets outside the five exists only if one
 * of the five prints it, naming both; nothing is listed twice or loops back on itself.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { passageErrors, type EvidenceContext } from './check-evidence.ts';

const FILE = 'data/travel.json';

export function checkTravel(parts: ContentParts, ctx: EvidenceContext): ContentError[] {
  const errors: ContentError[] = [];
  const { travel, reports } = parts;
  const reportIds = Object.keys(ctx.reportTexts).sort();
  const outletOf = new Map<string, string>(
    Object.entries(reports).map(([id, r]) => [id, r.outlet]),
  );
  const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

  travel.upstream.forEach((u, i) => {
    const at = `upstream[${i}]`;
    if (ctx.reportTexts[u.id] !== undefined)
      errors.push({
        file: FILE,
        field: `${at}.id`,
        problem: `"${u.id}" is already a report id`,
        fix: 'give upstream reporting its own id',
      });
    else if (outletOf.has(u.id) || travel.upstream.findIndex((v) => v.id === u.id) !== i)
      errors.push({
        file: FILE,
        field: `${at}.id`,
        problem: `duplicate id "${u.id}"`,
        fix: 'give each upstream entry its own id',
      });
    else outletOf.set(u.id, u.outlet);
    if (!ctx.outlets.has(u.outlet))
      errors.push({
        file: FILE,
        field: `${at}.outlet`,
        problem: `unknown outlet "${u.outlet}"`,
        fix: 'use an id from data/outlets.json, or add it there',
      });
  });

  const nodeIds = [...outletOf.keys()];
  const known = (id: string) => outletOf.has(id) || ctx.reportTexts[id] !== undefined;
  const seen = new Set<string>();
  travel.links.forEach((link, i) => {
    const at = `links[${i}]`;
    for (const end of ['from', 'drewOn'] as const) {
      if (!known(link[end]))
        errors.push({
          file: FILE,
          field: `${at}.${end}`,
          problem: `unknown id "${link[end]}"`,
          fix: `use one of ${list(nodeIds)}`,
        });
    }
    if (!known(link.from) || !known(link.drewOn)) return;
    const pair = `${link.from}→${link.drewOn}`;
    if (seen.has(pair))
      errors.push({
        file: FILE,
        field: at,
        problem: `the link ${pair} is listed twice`,
        fix: 'list each link once: one passage is enough to show it',
      });
    seen.add(pair);
    const fromIsReport = reports[link.from] !== undefined;
    const { report, passage } = link.evidence;
    if (ctx.reportTexts[report] === undefined) {
      errors.push({
        file: FILE,
        field: `${at}.evidence.report`,
        problem: `unknown report "${report}"`,
        fix: `use one of ${list(reportIds)}`,
      });
      return;
    }
    if (fromIsReport && report !== link.from) {
      errors.push({
        file: FILE,
        field: `${at}.evidence.report`,
        problem:
          `the evidence is from "${report}", not from "${link.from}", ` +
          `the report said to credit`,
        fix: `quote "${link.from}"'s own words that credit its source`,
      });
      return;
    }
    // Outside the five, a link is shown only when one of the five prints it, naming both ends.
    const mustName = fromIsReport
      ? [outletOf.get(link.drewOn) ?? '']
      : [outletOf.get(link.from) ?? '', outletOf.get(link.drewOn) ?? ''];
    const fromOutlet = outletOf.get(link.from);
    const role = (name: string) =>
      !fromIsReport && ctx.outlets.get(fromOutlet ?? '')?.name === name
        ? `${name}, the reporting said to have drawn on ${link.drewOn}`
        : `${name}, whom "${link.from}" is said to have drawn on`;
    errors.push(
      ...passageErrors(
        ctx,
        FILE,
        `${at}.evidence`,
        report,
        passage,
        [...new Set(mustName)].filter((o) => o !== reports[report]?.outlet),
        role,
      ),
    );
  });

  const drewOn = new Map<string, string[]>();
  for (const l of travel.links) drewOn.set(l.from, [...(drewOn.get(l.from) ?? []), l.drewOn]);
  const loop = findLoop(drewOn);
  if (loop)
    errors.push({
      file: FILE,
      field: 'links',
      problem: `a loop: ${loop.join(' → ')}`,
      fix: 'reporting cannot draw on what drew on it; remove one link',
    });
  return errors;
}

/** A cycle in the drew-on links, as a path, or null. */
function findLoop(drewOn: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): string[] | null => {
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    if (state.get(id) === 'done') return null;
    state.set(id, 'open');
    for (const next of drewOn.get(id) ?? []) {
      const loop = visit(next, [...path, id]);
      if (loop) return loop;
    }
    state.set(id, 'done');
    return null;
  };
  for (const id of drewOn.keys()) {
    const loop = visit(id, []);
    if (loop) return loop;
  }
  return null;
}
