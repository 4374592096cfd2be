/**
 * Checks data/travel.json: every link points somewhere, each report draws only on outlets its
 * record says it cites, no date is invented, and nothing loops back on itself.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { underivedDates } from './date-mentions.ts';

const FILE = 'data/travel.json';

/** `reportFiles`: ids of every report on disk, including any whose record is broken (reported elsewhere). */
export function checkTravel(parts: ContentParts, dateSources: readonly string[], reportFiles: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  const { travel, reports } = parts;
  const outletIds = new Set(parts.outlets.map((o) => o.id));
  const reportIds = Object.keys(reports);
  const outletOf = new Map<string, string>([...Object.entries(reports).map(([id, r]) => [id, r.outlet] as const)]);
  const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

  travel.upstream.forEach((u, i) => {
    const at = `upstream[${i}]`;
    if (outletOf.has(u.id)) errors.push({ file: FILE, field: `${at}.id`, problem: `"${u.id}" is already a report id`, fix: 'give upstream reporting its own id' });
    else outletOf.set(u.id, u.outlet);
    if (!outletIds.has(u.outlet)) errors.push({ file: FILE, field: `${at}.outlet`, problem: `unknown outlet "${u.outlet}"`, fix: 'use an id from data/outlets.json, or add it there' });
    for (const d of u.when ? underivedDates(u.when, dateSources) : []) {
      errors.push({ file: FILE, field: `${at}.when`, problem: `the date "${d.text}" is in no report`, fix: 'write only a date the reports give, or null' });
    }
  });
  const nodeIds = [...outletOf.keys()];
  const drewOn = new Map<string, readonly string[]>([
    ...travel.upstream.map((u) => [u.id, u.drewOn] as const),
    ...Object.entries(travel.reports),
  ]);

  for (const id of reportIds) {
    if (!travel.reports[id]) errors.push({ file: FILE, field: 'reports', problem: `report "${id}" is missing`, fix: `add "${id}": [what it drew on]` });
  }
  for (const [id, sources] of Object.entries(travel.reports)) {
    const report = reports[id];
    if (!report) {
      if (reportFiles.includes(id)) continue; // its broken record is reported in its own file
      errors.push({ file: FILE, field: `reports.${id}`, problem: `unknown report "${id}"`, fix: `use one of ${list(reportIds)}` });
      continue;
    }
    sources.forEach((source, i) => {
      const outlet = outletOf.get(source);
      if (outlet && outlet !== report.outlet && !report.cites.includes(outlet)) {
        errors.push({ file: FILE, field: `reports.${id}[${i}]`, problem: `report "${id}" does not cite "${outlet}"`, fix: `add "${outlet}" to "cites" in data/reports/${id}.json if the report names it, or remove "${source}"` });
      }
    });
  }
  for (const [id, sources] of drewOn) {
    const field = travel.reports[id] ? `reports.${id}` : `upstream[${travel.upstream.findIndex((u) => u.id === id)}].drewOn`;
    sources.forEach((source, i) => {
      if (!outletOf.has(source) && !reportFiles.includes(source)) errors.push({ file: FILE, field: `${field}[${i}]`, problem: `unknown id "${source}"`, fix: `use one of ${list(nodeIds)}` });
    });
  }
  const loop = findLoop(drewOn);
  if (loop) errors.push({ file: FILE, field: 'drewOn', problem: `a loop: ${loop.join(' → ')}`, fix: 'reporting cannot draw on what drew on it; remove one link' });
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
