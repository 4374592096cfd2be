/**
 * Every piece of prose an edition writes in its own words (not the reports' words), with where
 * it lives and which reports it speaks for. The translation check walks the source edition and a
 * translation side by side with it, pairing each text with its counterpart by `key`.
 */
import type { ContentParts } from './content-types.ts';
import { stepReports } from './claim-line.ts';

export interface EditionWord {
  /** The same in every edition, e.g. "section:hiding-in-china:steps[0].text". */
  key: string;
  file: string;
  field: string;
  text: string;
  /** Reports whose dates this text may use; undefined: any report's. */
  reports?: readonly string[];
}

/**
 * `dir` is "data" for the source edition (words in data/*.json) or "data/<id>" for a
 * translation (words in data/<id>/*.json, reports' and routes' words in one file each).
 */
export function editionWords(parts: ContentParts, dir: string): EditionWord[] {
  const source = dir === 'data';
  const out: EditionWord[] = [];
  /**
   * `key` names the text the same way in every edition; `field` is where this edition's file has
   * it.
   */
  const put = (
    key: string,
    file: string,
    field: string,
    text: string | undefined,
    reports?: readonly string[],
  ) => {
    if (text !== undefined) out.push({ key, file, field, text, ...(reports ? { reports } : {}) });
  };
  // Most files keep the source's field names.
  const add = (
    key: string,
    file: string,
    field: string,
    text: string | undefined,
    reports?: readonly string[],
  ) => put(`${key}:${field}`, file, field, text, reports);

  const story = `${dir}/story.json`;
  for (const field of ['title', 'kicker', 'description', 'lede', 'caveat'] as const)
    add('story', story, field, parts.story[field]);
  add('story', story, 'closing.title', parts.story.closing.title);
  add('story', story, 'closing.text', parts.story.closing.text);
  const opening = stepReports(parts.story.opening);
  add('story', story, 'opening.text', parts.story.opening.text, opening);
  parts.story.opening.quotes.forEach((q, i) =>
    add('story', story, `opening.quotes[${i}].speaker`, q.speaker, [q.report]),
  );

  const ui = `${dir}/ui.json`;
  for (const [k, v] of Object.entries(parts.ui))
    if (k !== '$comment' && typeof v === 'string') add('ui', ui, k, v);

  for (const slug of parts.story.sections) {
    const section = parts.sectionsBySlug[slug];
    if (!section) continue;
    const file = `${dir}/sections/${slug}.json`;
    const all = [...new Set(section.steps.flatMap((st) => stepReports(st)))];
    add(`section:${slug}`, file, 'title', section.title, all);
    add(`section:${slug}`, file, 'description', section.description, all);
    section.steps.forEach((step, s) => {
      const reports = stepReports(step);
      add(`section:${slug}`, file, `steps[${s}].text`, step.text, reports);
      add(`section:${slug}`, file, `steps[${s}].map.description`, step.map.description, reports);
      step.map.highlight.forEach((h, i) =>
        add(`section:${slug}`, file, `steps[${s}].map.highlight[${i}].label`, h.label, reports),
      );
      step.quotes.forEach((q, i) =>
        add(`section:${slug}`, file, `steps[${s}].quotes[${i}].speaker`, q.speaker, [q.report]),
      );
    });
  }

  for (const [id, meta] of Object.entries(parts.reports)) {
    const [file, at] = source
      ? [`${dir}/reports/${id}.json`, '']
      : [`${dir}/reports.json`, `${id}.`];
    // A relation note compares the report with the others: any report's dates may appear.
    put(`report:${id}:relation`, file, `${at}relation`, meta.relation);
    if (meta.date.precision === 'undated' && meta.date.note !== undefined)
      put(`report:${id}:date.note`, file, source ? 'date.note' : `${at}dateNote`, meta.date.note, [
        id,
      ]);
  }
  parts.routes.forEach((r, i) => {
    put(
      `route:${r.id}:label`,
      `${dir}/routes.json`,
      source ? `routes[${i}].label` : `${r.id}.label`,
      r.label,
    );
    put(
      `route:${r.id}:note`,
      `${dir}/routes.json`,
      source ? `routes[${i}].note` : `${r.id}.note`,
      r.note,
    );
  });
  parts.corrections.forEach((c, i) => {
    for (const f of ['what', 'why'] as const)
      put(
        `correction:${c.id}:${f}`,
        `${dir}/corrections.json`,
        source ? `corrections[${i}].${f}` : `corrections.${c.id}.${f}`,
        c[f],
      );
  });
  parts.travel.upstream.forEach((u, i) =>
    put(
      `upstream:${u.id}:label`,
      `${dir}/travel.json`,
      source ? `upstream[${i}].label` : `upstream.${u.id}`,
      u.label,
    ),
  );
  return out;
}
