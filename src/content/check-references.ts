/**
 * Checks that go beyond one file's shape: ids that must point somewhere, slugs that must be
 * unique, and every claim of provenance held against the reports' own words (quotes, claim
 * sources, travel links, dates, places, outlet names in the site's own voice).
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import type { EvidenceContext } from './check-evidence.ts';
import { checkClaimBlock, creditedOutlets, quotedPhraseErrors } from './check-claims.ts';
import { checkReportDates, textDateErrors, type SourceDates } from './check-dates.ts';
import { confirmationErrors } from './check-translation.ts';
import type { CheckWords } from './edition-schema.ts';
import { checkRoutes, checkStepMap, repeatedDescriptions } from './check-map-claims.ts';
import { checkTravel } from './check-travel.ts';
import { outletsNamedIn } from './outlet-names.ts';
import { stepReports } from './claim-line.ts';

export function checkReferences(
  parts: ContentParts,
  reportTexts: Record<string, string>,
  sectionFiles: Record<string, string>,
  dates: SourceDates,
  words: CheckWords,
): ContentError[] {
  const errors: ContentError[] = [];
  const outletIds = new Set(parts.outlets.map((o) => o.id));
  const regionIds = new Set(parts.regions.map((r) => r.id));
  const placeIds = new Set(parts.places.map((p) => p.id));
  const routeIds = new Set(parts.routes.map((r) => r.id));
  // A report exists when its text does; a broken record is reported once, in its own file.
  const reportIds = Object.keys(reportTexts).sort();
  const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');
  const ctx: EvidenceContext = {
    reportTexts,
    outlets: new Map(parts.outlets.map((o) => [o.id, o])),
  };
  const outletList = [...ctx.outlets.values()];

  for (const [file, items] of [
    ['data/outlets.json', parts.outlets],
    ['data/regions.json', parts.regions],
    ['data/places.json', parts.places],
    ['data/orientation.json', parts.orientation],
    ['data/routes.json', parts.routes],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        errors.push({
          file,
          field: `[${i}].id`,
          problem: `duplicate id "${item.id}"`,
          fix: 'give each entry its own id',
        });
      seen.add(item.id);
    });
  }

  const credited = creditedOutlets(parts);
  for (const [id, meta] of Object.entries(parts.reports)) {
    const file = `data/reports/${id}.json`;
    const unknownOutlet = (field: string, value: string) =>
      errors.push({
        file,
        field,
        problem: `unknown outlet "${value}"`,
        fix: `use one of ${list(outletIds)}, or add it to data/outlets.json`,
      });
    if (!outletIds.has(meta.outlet)) unknownOutlet('outlet', meta.outlet);
    // The note may compare with another of the five, but credits only what travel.json evidences.
    const allowed = new Set([
      meta.outlet,
      ...(credited.get(id) ?? []),
      ...Object.values(parts.reports).map((r) => r.outlet),
    ]);
    for (const o of outletsNamedIn(meta.relation, outletList)) {
      if (!allowed.has(o))
        errors.push({
          file,
          field: 'relation',
          problem:
            `names ${ctx.outlets.get(o)?.name}, but data/travel.json shows no passage of this ` +
            `report crediting it`,
          fix:
            `add the evidenced link to data/travel.json, or do not name ` +
            `${ctx.outlets.get(o)?.name}`,
        });
    }
  }
  errors.push(...checkReportDates(parts, reportTexts, dates));

  const seenSlugs = new Set<string>();
  parts.story.sections.forEach((slug, i) => {
    const field = `sections[${i}]`;
    if (seenSlugs.has(slug))
      errors.push({
        file: 'data/story.json',
        field,
        problem: `duplicate slug "${slug}"`,
        fix: 'list each section once; give new sections their own slug',
      });
    seenSlugs.add(slug);
    if (!sectionFiles[slug])
      errors.push({
        file: 'data/story.json',
        field,
        problem: `no section file for "${slug}"`,
        fix: `create data/sections/${slug}.json or correct the slug`,
      });
  });
  for (const slug of Object.keys(sectionFiles)) {
    if (!seenSlugs.has(slug))
      errors.push({
        file: sectionFiles[slug] ?? `data/sections/${slug}.json`,
        field: 'slug',
        problem: `section "${slug}" is not listed in data/story.json`,
        fix: `add "${slug}" to "sections" in data/story.json, or delete the file`,
      });
  }

  // Words not tied to one step may use a date any report gives, and name any outlet the
  // evidence shows: one of the five, or one a report is shown to credit.
  const anyOutlet = new Set([
    ...Object.values(parts.reports).map((r) => r.outlet),
    ...[...credited.values()].flatMap((s) => [...s]),
  ]);
  const checkLoose = (
    file: string,
    field: string,
    text: string,
    outlets: ReadonlySet<string | undefined> = anyOutlet,
    reports: readonly string[] = reportIds,
  ) => {
    errors.push(...textDateErrors(text, reports, reportTexts, file, field, dates.reader));
    for (const o of outletsNamedIn(text, outletList)) {
      if (!outlets.has(o))
        errors.push({
          file,
          field,
          problem: `names ${ctx.outlets.get(o)?.name}, but no report here is by or credits it`,
          fix: `name only outlets the reports' words support`,
        });
    }
    errors.push(...quotedPhraseErrors(text, reports, reportTexts, file, field));
  };
  for (const field of ['lede', 'caveat', 'description', 'kicker', 'title'] as const)
    checkLoose('data/story.json', field, parts.story[field]);
  checkLoose('data/story.json', 'closing.text', parts.story.closing.text);
  for (const key of ['sourcesIntro', 'travelIntro'] as const)
    checkLoose('data/ui.json', key, parts.ui[key]);
  const opening = parts.story.opening;
  errors.push(
    ...checkClaimBlock(parts, ctx, {
      file: 'data/story.json',
      at: 'opening',
      text: opening.text,
      sources: opening.sources,
      quotes: opening.quotes,
    }),
  );
  errors.push(
    ...textDateErrors(
      opening.text,
      stepReports(opening),
      reportTexts,
      'data/story.json',
      'opening.text',
      dates.reader,
    ),
  );
  errors.push(...checkTravel(parts, ctx));
  errors.push(...checkRoutes(parts, ctx));

  const ordered: { file: string; section: ContentParts['sectionsBySlug'][string] }[] = [];
  for (const [slug, section] of Object.entries(parts.sectionsBySlug)) {
    const file = sectionFiles[slug] ?? `data/sections/${slug}.json`;
    ordered.push({ file, section });
    const sectionReports = [...new Set(section.steps.flatMap((st) => stepReports(st)))];
    const sectionOutlets = new Set(
      section.steps.flatMap((st) =>
        st.sources.flatMap((s) => [parts.reports[s.report]?.outlet, s.credits ?? undefined]),
      ),
    );
    checkLoose(file, 'description', section.description, sectionOutlets, sectionReports);
    checkLoose(file, 'title', section.title, sectionOutlets, sectionReports);
    section.steps.forEach((step, s) => {
      const at = `steps[${s}]`;
      const reports = stepReports(step);
      const sound = step.sources.every(
        (src) => reportTexts[src.report] !== undefined && parts.reports[src.report] !== undefined,
      );
      errors.push(
        ...checkClaimBlock(parts, ctx, {
          file,
          at,
          text: step.text,
          sources: step.sources,
          quotes: step.quotes,
          more: { 'map.description': step.map.description },
        }),
      );
      if (sound)
        errors.push(
          ...textDateErrors(step.text, reports, reportTexts, file, `${at}.text`, dates.reader),
        );
      errors.push(...confirmationErrors(step.text, words, file, `${at}.text`));

      const view = step.map;
      const checkRegion = (field: string, id: string) => {
        if (!regionIds.has(id))
          errors.push({
            file,
            field,
            problem: `unknown map target "${id}"`,
            fix: `use a region id from data/regions.json (${list(regionIds)}), or add it there`,
          });
      };
      if ('regions' in view.focus)
        view.focus.regions.forEach((r, i) => checkRegion(`${at}.map.focus.regions[${i}]`, r));
      view.highlight.forEach((h, i) =>
        h.regions.forEach((r, j) => checkRegion(`${at}.map.highlight[${i}].regions[${j}]`, r)),
      );
      view.places.forEach((p, i) => {
        if (!placeIds.has(p))
          errors.push({
            file,
            field: `${at}.map.places[${i}]`,
            problem: `unknown place "${p}"`,
            fix: `use one of ${list(placeIds)}, or add it to data/places.json`,
          });
      });
      if (sound) errors.push(...checkStepMap(parts, section, s, reports, reportTexts, file));
      if (view.route !== undefined && !routeIds.has(view.route))
        errors.push({
          file,
          field: `${at}.map.route`,
          problem: `unknown route "${view.route}"`,
          fix: `use one of ${list(routeIds)}, or add it to data/routes.json`,
        });
      if ('bbox' in view.focus) {
        const [w, s2, e, n] = view.focus.bbox;
        if (!(w < e && s2 < n))
          errors.push({
            file,
            field: `${at}.map.focus.bbox`,
            problem: 'bbox is not [west, south, east, north]',
            fix:
              'write the box as [west, south, east, north] in degrees, west < east and south < ' +
              'north',
          });
      }
    });
  }
  errors.push(...repeatedDescriptions(ordered));
  return errors;
}
