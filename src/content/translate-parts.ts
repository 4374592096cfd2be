/**
 * A translated edition: the source edition's parts with the translation's words put in place.
 * Everything that is not words (sources and their passages, quotes' reports, map views, dates,
 * coordinates, links) is taken from the source edition, so a translation cannot add a claim,
 * a place or a date. Pure; the mismatches it finds are content errors naming the edition's file.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import type { Translation } from './edition-schema.ts';
import type { Quote, Section } from './schema.ts';
import { normalizeForQuoteMatch } from './normalize-quote.ts';

export interface TranslatedParts {
  parts: ContentParts;
  errors: ContentError[];
}

export function translateParts(base: ContentParts, t: Translation, dir: string): TranslatedParts {
  const errors: ContentError[] = [];
  const missing = (file: string, field: string, what: string) =>
    errors.push({
      file,
      field,
      problem: `no translation of ${what}`,
      fix: `translate it: add "${field}" to ${file}`,
    });
  const extra = (file: string, field: string, what: string) =>
    errors.push({
      file,
      field,
      problem: `${what} is not in the source edition`,
      fix: `remove "${field}": a translation translates the source edition's words and adds none`,
    });

  /** Names keyed by id: every id of the source, and no other. */
  function names<T extends { id: string; name: string }>(
    items: readonly T[],
    given: Record<string, string>,
    file: string,
    key = 'names',
  ): T[] {
    for (const id of Object.keys(given))
      if (!items.some((i) => i.id === id)) extra(file, `${key}.${id}`, `"${id}"`);
    return items.map((item) => {
      const name = given[item.id];
      if (name === undefined) missing(file, `${key}.${item.id}`, `"${item.name}"`);
      return { ...item, name: name ?? item.name };
    });
  }

  /** Quotes in the source's order; each names the source quote it translates. */
  function quotes(
    source: readonly Quote[],
    given: Translation['story']['opening']['quotes'],
    file: string,
    at: string,
  ): Quote[] {
    if (given.length !== source.length) {
      errors.push({
        file,
        field: at,
        problem: `${given.length} quote(s) where the source edition has ${source.length}`,
        fix: `translate each of the ${source.length} quote(s), in the source's order`,
      });
    }
    return source.map((quote, i) => {
      const g = given[i];
      if (!g) return quote;
      // Compared as quotes are (curly or straight marks, spacing): the same words.
      if (normalizeForQuoteMatch(g.original) !== normalizeForQuoteMatch(quote.text)) {
        errors.push({
          file,
          field: `${at}[${i}].original`,
          problem: "is not the source edition's quote, word for word",
          fix: `copy the quote exactly: "${quote.text}"`,
        });
      }
      return { report: quote.report, text: g.text, speaker: g.speaker, original: quote.text };
    });
  }

  const storyFile = `${dir}/story.json`;
  const story: ContentParts['story'] = {
    ...base.story,
    title: t.story.title,
    kicker: t.story.kicker,
    description: t.story.description,
    lede: t.story.lede,
    caveat: t.story.caveat,
    opening: {
      ...base.story.opening,
      text: t.story.opening.text,
      quotes: quotes(
        base.story.opening.quotes,
        t.story.opening.quotes,
        storyFile,
        'opening.quotes',
      ),
    },
    closing: t.story.closing,
  };

  const sectionsBySlug: Record<string, Section> = {};
  for (const [slug, section] of Object.entries(base.sectionsBySlug)) {
    const file = `${dir}/sections/${slug}.json`;
    const given = t.sections[slug];
    if (!given) {
      errors.push({
        file,
        field: '(file)',
        problem: `section "${slug}" has no translation`,
        fix: `create ${file}, translating data/sections/${slug}.json`,
      });
      sectionsBySlug[slug] = section;
      continue;
    }
    if (given.steps.length !== section.steps.length) {
      errors.push({
        file,
        field: 'steps',
        problem:
          `${given.steps.length} step(s) ` + `where the source edition has ${section.steps.length}`,
        fix: `translate each of the ${section.steps.length} step(s), in order`,
      });
    }
    sectionsBySlug[slug] = {
      ...section,
      title: given.title,
      description: given.description,
      steps: section.steps.map((step, s) => {
        const g = given.steps[s];
        if (!g) return step;
        const at = `steps[${s}]`;
        const highlight = step.map.highlight.map((h, i) => {
          const label = g.map.highlight[i]?.label;
          if (h.label !== undefined && label === undefined)
            missing(file, `${at}.map.highlight[${i}].label`, `"${h.label}"`);
          if (h.label === undefined && label !== undefined)
            extra(file, `${at}.map.highlight[${i}].label`, 'a label');
          return label === undefined ? { ...h } : { ...h, label };
        });
        if (g.map.highlight.length !== step.map.highlight.length) {
          errors.push({
            file,
            field: `${at}.map.highlight`,
            problem:
              `${g.map.highlight.length} entries where the source edition has ` +
              `${step.map.highlight.length}`,
            fix:
              'give one entry per shading, in order: { "label": … } where the source has a ' +
              'label, {} where it has none',
          });
        }
        return {
          ...step,
          text: g.text,
          quotes: quotes(step.quotes, g.quotes, file, `${at}.quotes`),
          map: { ...step.map, description: g.map.description, highlight },
        };
      }),
    };
  }
  for (const slug of Object.keys(t.sections)) {
    if (!base.sectionsBySlug[slug])
      extra(`${dir}/sections/${slug}.json`, '(file)', `section "${slug}"`);
  }

  const outletsFile = `${dir}/outlets.json`;
  for (const id of Object.keys(t.outlets))
    if (!base.outlets.some((o) => o.id === id))
      extra(outletsFile, `outlets.${id}`, `outlet "${id}"`);
  const outlets = base.outlets.map((o) => {
    const g = t.outlets[o.id];
    if (!g) missing(outletsFile, `outlets.${o.id}`, o.name);
    return g ? { ...o, ...g } : o;
  });

  const reportsFile = `${dir}/reports.json`;
  for (const id of Object.keys(t.reports))
    if (!base.reports[id]) extra(reportsFile, id, `report "${id}"`);
  const reports = Object.fromEntries(
    Object.entries(base.reports).map(([id, meta]) => {
      const g = t.reports[id];
      if (!g) {
        missing(reportsFile, id, `the record of report "${id}"`);
        return [id, meta];
      }
      const date = { ...meta.date };
      if (date.precision === 'undated' && date.note !== undefined) {
        if (g.dateNote === undefined)
          missing(reportsFile, `${id}.dateNote`, `the date note "${date.note}"`);
        date.note = g.dateNote ?? date.note;
      } else if (g.dateNote !== undefined) extra(reportsFile, `${id}.dateNote`, 'a date note');
      return [id, { ...meta, relation: g.relation, date }];
    }),
  );

  const routesFile = `${dir}/routes.json`;
  for (const id of Object.keys(t.routes))
    if (!base.routes.some((r) => r.id === id)) extra(routesFile, id, `route "${id}"`);
  const routes = base.routes.map((r) => {
    const g = t.routes[r.id];
    if (!g) missing(routesFile, r.id, `route "${r.id}"`);
    return g ? { ...r, ...g } : r;
  });

  const correctionsFile = `${dir}/corrections.json`;
  for (const id of Object.keys(t.corrections))
    if (!base.corrections.some((c) => c.id === id))
      extra(correctionsFile, `corrections.${id}`, `correction "${id}"`);
  const corrections = base.corrections.map((c) => {
    const g = t.corrections[c.id];
    if (!g) missing(correctionsFile, `corrections.${c.id}`, `correction "${c.id}"`);
    return g ? { ...c, ...g } : c;
  });

  const travelFile = `${dir}/travel.json`;
  const upstream = base.travel.upstream.map((u) => ({ id: u.id, name: u.label, item: u }));
  const upstreamNamed = names(upstream, t.travel, travelFile, 'upstream');

  return {
    errors,
    parts: {
      ...base,
      story,
      ui: t.ui,
      sectionsBySlug,
      reports,
      outlets,
      regions: names(base.regions, t.regions, `${dir}/regions.json`),
      places: names(base.places, t.places, `${dir}/places.json`),
      orientation: names(base.orientation, t.orientation, `${dir}/orientation.json`),
      routes,
      travel: {
        ...base.travel,
        upstream: upstreamNamed.map((u) => ({ ...u.item, label: u.name })),
      },
      corrections,
    },
  };
}
