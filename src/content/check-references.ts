/**
 * Checks that go beyond one file's shape: ids that must point somewhere, slugs that must be
 * unique, and quotes that must appear verbatim in their report.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { checkTravel } from './check-travel.ts';
import { underivedDates } from './date-mentions.ts';
import { formatReportDate } from './format-report-date.ts';
import { isVerbatimIn, longestMatchingPrefix } from './normalize-quote.ts';

/** The words of a report's date record, where a derived date may legitimately come from. */
function dateRecordTexts(meta: ContentParts['reports'][string] | undefined): string[] {
  if (!meta) return [];
  return [formatReportDate(meta.date), ...('basis' in meta.date ? [meta.date.basis] : [])];
}

export function checkReferences(
  parts: ContentParts,
  reportTexts: Record<string, string>,
  sectionFiles: Record<string, string>,
): ContentError[] {
  const errors: ContentError[] = [];
  const outletIds = new Set(parts.outlets.map((o) => o.id));
  const regionIds = new Set(parts.regions.map((r) => r.id));
  const placeIds = new Set(parts.places.map((p) => p.id));
  const routeIds = new Set(parts.routes.map((r) => r.id));
  // A report exists when its text does; a broken record is reported once, in its own file.
  const reportIds = Object.keys(reportTexts).sort();
  const hasReport = (id: string) => reportTexts[id] !== undefined;
  const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

  for (const [file, items] of [
    ['data/outlets.json', parts.outlets],
    ['data/regions.json', parts.regions],
    ['data/places.json', parts.places],
    ['data/routes.json', parts.routes],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) errors.push({ file, field: `[${i}].id`, problem: `duplicate id "${item.id}"`, fix: 'give each entry its own id' });
      seen.add(item.id);
    });
  }

  for (const [id, meta] of Object.entries(parts.reports)) {
    const file = `data/reports/${id}.json`;
    const unknownOutlet = (field: string, value: string) =>
      errors.push({ file, field, problem: `unknown outlet "${value}"`, fix: `use one of ${list(outletIds)}, or add it to data/outlets.json` });
    if (!outletIds.has(meta.outlet)) unknownOutlet('outlet', meta.outlet);
    if (meta.carrier && !outletIds.has(meta.carrier)) unknownOutlet('carrier', meta.carrier);
    meta.cites.forEach((c, i) => { if (!outletIds.has(c)) unknownOutlet(`cites[${i}]`, c); });
  }

  const seenSlugs = new Set<string>();
  parts.story.sections.forEach((slug, i) => {
    const field = `sections[${i}]`;
    if (seenSlugs.has(slug)) errors.push({ file: 'data/story.json', field, problem: `duplicate slug "${slug}"`, fix: 'list each section once; give new sections their own slug' });
    seenSlugs.add(slug);
    if (!sectionFiles[slug]) errors.push({ file: 'data/story.json', field, problem: `no section file for "${slug}"`, fix: `create data/sections/${slug}.json or correct the slug` });
  });
  for (const slug of Object.keys(sectionFiles)) {
    if (!seenSlugs.has(slug)) errors.push({ file: sectionFiles[slug] ?? `data/sections/${slug}.json`, field: 'slug', problem: `section "${slug}" is not listed in data/story.json`, fix: `add "${slug}" to "sections" in data/story.json, or delete the file` });
  }

  // Words not tied to one step (the lede, section descriptions) may use a date any report gives.
  const allDateSources = Object.keys(reportTexts).flatMap((r) => [reportTexts[r] ?? '', ...dateRecordTexts(parts.reports[r])]);
  const checkLooseDates = (file: string, field: string, text: string) => {
    for (const d of underivedDates(text, allDateSources)) errors.push({ file, field, problem: `the date "${d.text}" is in no report (nor in their date records)`, fix: 'write only dates the reports give' });
  };
  for (const field of ['lede', 'caveat', 'description', 'kicker', 'title'] as const) checkLooseDates('data/story.json', field, parts.story[field]);
  errors.push(...checkTravel(parts, allDateSources, reportIds));

  for (const [slug, section] of Object.entries(parts.sectionsBySlug)) {
    const file = sectionFiles[slug] ?? `data/sections/${slug}.json`;
    checkLooseDates(file, 'description', section.description);
    checkLooseDates(file, 'title', section.title);
    section.steps.forEach((step, s) => {
      const at = `steps[${s}]`;
      if (step.reports.length === 0) errors.push({ file, field: `${at}.reports`, problem: 'step cites no report', fix: `name the report(s) this step rests on: ${list(reportIds)}` });
      step.reports.forEach((r, i) => {
        if (!hasReport(r)) errors.push({ file, field: `${at}.reports[${i}]`, problem: `unknown report "${r}"`, fix: `use one of ${list(reportIds)}` });
      });
      if (new Set(step.reports).size !== step.reports.length) errors.push({ file, field: `${at}.reports`, problem: 'a report is listed twice', fix: 'list each report once: repeating one is not more support' });
      if (new Set(step.claimFrom).size !== step.claimFrom.length) errors.push({ file, field: `${at}.claimFrom`, problem: 'an outlet is listed twice', fix: 'list each origin once: it is one source however often it is repeated' });
      // Judged only when every cited report is sound (a broken one is reported once, in its own file).
      const reportsSound = step.reports.length > 0 && step.reports.every((r) => hasReport(r) && parts.reports[r] !== undefined);
      const traceable = new Set(step.reports.flatMap((r) => { const m = parts.reports[r]; return m ? [m.outlet, ...m.cites] : []; }));
      step.claimFrom.forEach((o, i) => {
        const field = `${at}.claimFrom[${i}]`;
        if (!outletIds.has(o)) errors.push({ file, field, problem: `unknown outlet "${o}"`, fix: `use one of ${list(outletIds)}, or add it to data/outlets.json` });
        else if (reportsSound && !traceable.has(o)) errors.push({ file, field, problem: `no report of this step is by or cites "${o}"`, fix: `name an outlet the step's reports are by or cite (${list([...traceable].sort())}), or cite a report that draws on "${o}"` });
      });
      const dateSources = step.reports.flatMap((r) => [reportTexts[r] ?? '', ...dateRecordTexts(parts.reports[r])]);
      for (const d of reportsSound ? underivedDates(step.text, dateSources) : []) {
        errors.push({ file, field: `${at}.text`, problem: `the date "${d.text}" is in no report this step cites (nor in their date records)`, fix: `write only dates the reports give (${list(step.reports)}), or cite the report that gives "${d.text}"` });
      }
      if (/\b(\d+|two|three|four|five|six|several|multiple)\s+(independent\s+)?(sources|reports|outlets)\s+(confirm|corroborate|verify)/i.test(step.text)) {
        errors.push({ file, field: `${at}.text`, problem: 'the text counts reports as confirmations', fix: 'say what was reported and by whom; the reports largely repeat one another (see claimFrom)' });
      }

      step.quotes.forEach((quote, q) => {
        const field = `${at}.quotes[${q}]`;
        const text = reportTexts[quote.report];
        if (text === undefined) {
          errors.push({ file, field: `${field}.report`, problem: `unknown report "${quote.report}"`, fix: `use one of ${list(reportIds)}` });
          return;
        }
        if (!step.reports.includes(quote.report)) errors.push({ file, field: `${field}.report`, problem: `quote's report "${quote.report}" is not among the step's reports`, fix: `add "${quote.report}" to ${at}.reports` });
        if (!isVerbatimIn(quote.text, text)) {
          const prefix = longestMatchingPrefix(quote.text, text);
          const where = prefix.length > 0 ? ` It matches up to "…${prefix.slice(-40)}" and differs after that.` : '';
          errors.push({ file, field: `${field}.text`, problem: `quote not found verbatim in data/reports/${quote.report}.txt.${where}`, fix: 'copy the words exactly from the report (only curly/straight quotes and spacing may differ), or cite the report that has them' });
        }
      });

      const view = step.map;
      const checkRegion = (field: string, id: string) => {
        if (!regionIds.has(id)) errors.push({ file, field, problem: `unknown map target "${id}"`, fix: `use a region id from data/regions.json (${list(regionIds)}), or add it there` });
      };
      if ('regions' in view.focus) view.focus.regions.forEach((r, i) => checkRegion(`${at}.map.focus.regions[${i}]`, r));
      view.highlight.forEach((h, i) => h.regions.forEach((r, j) => checkRegion(`${at}.map.highlight[${i}].regions[${j}]`, r)));
      view.places.forEach((p, i) => {
        if (!placeIds.has(p)) errors.push({ file, field: `${at}.map.places[${i}]`, problem: `unknown place "${p}"`, fix: `use one of ${list(placeIds)}, or add it to data/places.json` });
      });
      if (view.route !== undefined && !routeIds.has(view.route)) errors.push({ file, field: `${at}.map.route`, problem: `unknown route "${view.route}"`, fix: `use one of ${list(routeIds)}, or add it to data/routes.json` });
      if ('bbox' in view.focus) {
        const [w, s2, e, n] = view.focus.bbox;
        if (!(w < e && s2 < n)) errors.push({ file, field: `${at}.map.focus.bbox`, problem: 'bbox is not [west, south, east, north]', fix: 'write the box as [west, south, east, north] in degrees, west < east and south < north' });
      }
    });
  }
  return errors;
}
