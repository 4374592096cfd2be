/**
 * What a map draws is a claim too. A region is shaded, a place marked or a line drawn only where
 * a passage on that step names it: the step's words place its subject there. Otherwise the map
 * shows context only (outlines, the border, names). Other places are orientation only, and never on
 * a crossing or hiding section (a dot
 * there reads as a crossing point or a hiding place). A drawn path needs the words that describe
 * it. No map description is repeated word for word.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { passageErrors, type EvidenceContext } from './check-evidence.ts';
import { namesOutlet } from './outlet-names.ts';
import { excerptsOf } from './passage.ts';
import type { Section } from './schema.ts';
import { riverNames } from './river-names.ts';

const NO_ORIENTATION: ReadonlySet<Section['leg']> = new Set(['crossing', 'hiding']);

export function checkRoutes(parts: ContentParts, ctx: EvidenceContext): ContentError[] {
  const errors: ContentError[] = [];
  parts.routes.forEach((route, i) => {
    if (route.kind !== 'path') return;
    route.evidence.forEach((e, j) => {
      if (ctx.reportTexts[e.report] === undefined)
        errors.push({
          file: 'data/routes.json',
          field: `routes[${i}].evidence[${j}].report`,
          problem: `unknown report "${e.report}"`,
          fix: 'use a report id from data/reports/',
        });
      else
        errors.push(
          ...passageErrors(
            ctx,
            'data/routes.json',
            `routes[${i}].evidence[${j}]`,
            e.report,
            e.passage,
          ),
        );
    });
  });
  return errors;
}

export function checkStepMap(
  parts: ContentParts,
  section: Section,
  stepIndex: number,
  reports: readonly string[],
  reportTexts: Readonly<Record<string, string>>,
  file: string,
): ContentError[] {
  const errors: ContentError[] = [];
  const view = section.steps[stepIndex]?.map;
  if (!view) return errors;
  const at = `steps[${stepIndex}].map`;
  const places = new Map(parts.places.map((p) => [p.id, p]));
  const regions = new Map(parts.regions.map((r) => [r.id, r]));
  const step = section.steps[stepIndex];
  // The step's own report words: its sources' passages and its quotes.
  const passages = [
    ...(step?.sources ?? []).map((s) => excerptsOf(s.passage).join(' ')),
    ...(step?.quotes ?? []).map((q) => q.text),
  ];
  const placed = (name: string) => passages.some((p) => namesOutlet(p, { aliases: [name] }));
  view.places.forEach((id, i) => {
    const place = places.get(id);
    if (!place) return; // unknown ids are reported with the other references
    if (!reports.some((r) => namesOutlet(reportTexts[r] ?? '', { aliases: [place.name] }))) {
      errors.push({
        file,
        field: `${at}.places[${i}]`,
        problem: `no report of this step names ${place.name}`,
        fix:
          `mark only places the step's reports name (${reports.join(', ')}); to show ` +
          `${place.name} for orientation, move it to ` +
          '"orientation"' +
          (NO_ORIENTATION.has(section.leg) ? `, but not on a ${section.leg} section` : ''),
      });
    } else if (!placed(place.name)) {
      errors.push({
        file,
        field: `${at}.places[${i}]`,
        problem: `no passage on this step names ${place.name}`,
        fix:
          `mark a place only where one of the step's passages names it: add the passage that ` +
          `does to the step's "sources", or leave ${place.name} unmarked`,
      });
    }
  });
  view.highlight.forEach((h, i) => {
    h.regions.forEach((id, j) => {
      const region = regions.get(id);
      if (region && !placed(region.name)) {
        errors.push({
          file,
          field: `${at}.highlight[${i}].regions[${j}]`,
          problem: `${region.name} is shaded, but no passage on this step names it`,
          fix:
            `shade a region only where one of the step's passages places the step's subject ` +
            `there (add that passage to "sources"); otherwise leave it unshaded: the map shows ` +
            `context`,
        });
      }
    });
  });
  if (view.route !== undefined) {
    const route = parts.routes.find((r) => r.id === view.route);
    if (route?.kind === 'gesture') {
      errors.push({
        file,
        field: `${at}.route`,
        problem: `"${route.id}" is a gesture: a line no passage places`,
        fix: 'remove the route: draw a line only as a "path" whose evidence passages describe it',
      });
    } else if (route?.kind === 'path' && !route.evidence.some((e) => reports.includes(e.report))) {
      errors.push({
        file,
        field: `${at}.route`,
        problem: `no report of this step carries the words that describe "${route.id}"`,
        fix: 'draw it only on a step whose sources include the report that describes it',
      });
    }
  }
  if (NO_ORIENTATION.has(section.leg) && (view.orientation?.length ?? 0) > 0) {
    errors.push({
      file,
      field: `${at}.orientation`,
      problem:
        `orientation markers on a ${section.leg} section read as ` +
        `${section.leg === 'crossing' ? 'crossing points' : 'hiding places'}`,
      fix: 'remove them: mark only places a report names',
    });
  }
  // A river is named on the map only where the step's own words name it.
  const text = (section.steps[stepIndex]?.text ?? '').toLowerCase();
  view.rivers?.forEach((river, i) => {
    const name = riverNames(parts.ui)[river];
    if (!view.border)
      errors.push({
        file,
        field: `${at}.rivers[${i}]`,
        problem: `${name} is named on a map that does not draw the border`,
        fix: 'set "border": true, or remove the river',
      });
    if (!text.includes(name.toLowerCase()))
      errors.push({
        file,
        field: `${at}.rivers[${i}]`,
        problem: `the step's text does not name the ${name}`,
        fix: `name the ${name} in the step's text, or remove "${river}" from "rivers"`,
      });
  });
  view.orientation?.forEach((id, i) => {
    if (!places.has(id))
      errors.push({
        file,
        field: `${at}.orientation[${i}]`,
        problem: `unknown place "${id}"`,
        fix:
          `use one of ${parts.places.map((p) => `"${p.id}"`).join(', ')}, or add it to ` +
          `data/places.json`,
      });
    if (view.places.includes(id))
      errors.push({
        file,
        field: `${at}.orientation[${i}]`,
        problem: `"${id}" is both marked and orientation`,
        fix: 'list it once',
      });
  });
  return errors;
}

/** Map descriptions repeated word for word across steps: each step's map says what is new. */
export function repeatedDescriptions(
  sections: readonly { file: string; section: Section }[],
): ContentError[] {
  const first = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const { file, section } of sections) {
    section.steps.forEach((step, s) => {
      const key = step.map.description.trim().toLowerCase();
      const where = `${file} › steps[${s}]`;
      const earlier = first.get(key);
      if (earlier)
        errors.push({
          file,
          field: `steps[${s}].map.description`,
          problem: `the same description as ${earlier}`,
          fix: "say what this step's map shows that is new, for readers who cannot see it",
        });
      else first.set(key, where);
    });
  }
  return errors;
}
