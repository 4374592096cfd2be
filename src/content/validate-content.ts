/**
 * Checks every file in data/ and assembles the story. Pure: it takes file contents keyed by
 * path, so tests can feed it broken content without touching the disk.
 */
import type { z } from 'zod';
import { buildContent } from './build-content.ts';
import type { ContentError } from './content-error.ts';
import { formatFieldPath } from './content-error.ts';
import type { Content, ContentParts } from './content-types.ts';
import { checkReferences } from './check-references.ts';
import {
  orientationFileSchema,
  outletsFileSchema,
  placesFileSchema,
  regionsFileSchema,
  reportMetaSchema,
  routesFileSchema,
  travelSchema,
  evidenceLedgerSchema,
  correctionsFileSchema,
  sectionSchema,
  storySchema,
  uiSchema,
} from './schema.ts';
import {
  checkWordsSchema,
  localesFileSchema,
  namesFileSchema,
  outletsTranslationSchema,
  reportsTranslationSchema,
  routesTranslationSchema,
  sectionTranslationSchema,
  storyTranslationSchema,
  travelTranslationSchema,
  uiTranslationSchema,
  correctionsTranslationSchema,
  type Translation,
} from './edition-schema.ts';
import { translateParts } from './translate-parts.ts';
import { checkTranslation, editionDateReader } from './check-translation.ts';
import { checkGlossary, glossarySchema } from './check-glossary.ts';
import { checkVoice, checkVoiceTranslation, LEDGER_FILE } from './check-voice.ts';
import { editionWords } from './edition-words.ts';

/** File contents keyed by path from the project root, e.g. "data/story.json". */
export type ContentFiles = Record<string, string>;

export interface ValidationResult {
  /** The source edition (the reports' language). Present only when there are no errors. */
  content?: Content;
  /**
   * Every edition, the source first, in data/locales.json's order. Present only when there are no
   * errors.
   */
  editions?: Content[];
  /** Report texts by report id (not shipped to the browser). */
  reportTexts: Record<string, string>;
  errors: ContentError[];
}

const SECTION_FILE = /^data\/sections\/([^/]+)\.json$/;
const REPORT_FILE = /^data\/reports\/([^/]+)\.(json|txt)$/;

export function validateContent(files: ContentFiles): ValidationResult {
  const errors: ContentError[] = [];

  function parse<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    const raw = files[file];
    if (raw === undefined) {
      errors.push({ file, field: '(file)', problem: 'file is missing', fix: `create ${file}` });
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      errors.push({
        file,
        field: '(file)',
        problem: `not valid JSON (${message})`,
        fix: 'fix the JSON syntax: check commas, quotes and brackets',
      });
      return undefined;
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({
          file,
          field: formatFieldPath(issue.path),
          problem: issue.message,
          fix: fixFor(issue),
        });
      }
      return undefined;
    }
    return result.data;
  }

  const locales = parse('data/locales.json', localesFileSchema)?.locales;
  const sourceWords = parse('data/check-words.json', checkWordsSchema);
  const story = parse('data/story.json', storySchema);
  const ui = parse('data/ui.json', uiSchema);
  const outlets = parse('data/outlets.json', outletsFileSchema)?.outlets;
  const regions = parse('data/regions.json', regionsFileSchema)?.regions;
  const places = parse('data/places.json', placesFileSchema)?.places;
  const orientation = parse('data/orientation.json', orientationFileSchema)?.labels;
  const routes = parse('data/routes.json', routesFileSchema)?.routes;
  const travel = parse('data/travel.json', travelSchema);
  const ledger = parse(LEDGER_FILE, evidenceLedgerSchema);
  const corrections = parse('data/corrections.json', correctionsFileSchema)?.corrections;

  const sectionsBySlug: ContentParts['sectionsBySlug'] = {};
  const sectionFiles: Record<string, string> = {};
  const reports: ContentParts['reports'] = {};
  const reportTexts: Record<string, string> = {};

  for (const file of Object.keys(files).sort()) {
    const sectionMatch = SECTION_FILE.exec(file);
    if (sectionMatch?.[1]) {
      // Known by its file name even if its contents are broken, so one mistake reports once.
      sectionFiles[sectionMatch[1]] = file;
      const section = parse(file, sectionSchema);
      if (!section) continue;
      if (section.slug !== sectionMatch[1]) {
        errors.push({
          file,
          field: 'slug',
          problem: `slug "${section.slug}" does not match the file name`,
          fix:
            `set "slug" to "${sectionMatch[1]}" or rename the file to ` +
            `data/sections/${section.slug}.json`,
        });
        continue;
      }
      sectionsBySlug[section.slug] = section;
      continue;
    }
    const reportMatch = REPORT_FILE.exec(file);
    if (reportMatch?.[1]) {
      const [, id, ext] = reportMatch;
      const partner = `data/reports/${id}.${ext === 'json' ? 'txt' : 'json'}`;
      if (files[partner] === undefined) {
        errors.push({
          file,
          field: '(file)',
          problem: `report "${id}" has no ${ext === 'json' ? 'text' : 'record'} file`,
          fix: `add ${partner}`,
        });
        continue;
      }
      if (ext === 'txt') {
        if ((files[file] ?? '').trim() === '')
          errors.push({
            file,
            field: '(file)',
            problem: 'report text is empty',
            fix: 'paste the report text, without page furniture',
          });
        else reportTexts[id] = files[file] ?? '';
      } else {
        const meta = parse(file, reportMetaSchema);
        if (meta) reports[id] = meta;
      }
    }
  }

  if (
    !story ||
    !ui ||
    !outlets ||
    !regions ||
    !places ||
    !orientation ||
    !routes ||
    !travel ||
    !ledger ||
    !corrections ||
    !locales ||
    !sourceWords
  )
    return { reportTexts, errors };
  const [sourceLocale] = locales;
  if (!sourceLocale) return { reportTexts, errors };
  if (sourceLocale.path !== '')
    errors.push({
      file: 'data/locales.json',
      field: 'locales[0].path',
      problem: 'the source edition has a folder',
      fix: 'set "path" to "": the first edition is served at the site\'s root',
    });
  const seenLocale = new Set<string>();
  locales.forEach((l, i) => {
    for (const key of [l.id, `path:${l.path}`]) {
      if (seenLocale.has(key))
        errors.push({
          file: 'data/locales.json',
          field: `locales[${i}]`,
          problem: `"${key.replace(/^path:/, '')}" is used by two editions`,
          fix: 'give each edition its own id and path',
        });
      seenLocale.add(key);
    }
    if (i > 0 && l.path === '')
      errors.push({
        file: 'data/locales.json',
        field: `locales[${i}].path`,
        problem: 'only the source edition lives at the root',
        fix: `set "path" to "${l.id}"`,
      });
  });

  const parts: ContentParts = {
    story,
    ui,
    sectionsBySlug,
    reports,
    outlets,
    regions,
    places,
    orientation,
    routes,
    travel,
    corrections,
  };
  const dates = { locale: sourceLocale, reader: editionDateReader(sourceLocale) };
  errors.push(...checkReferences(parts, reportTexts, sectionFiles, dates, sourceWords));
  if (errors.length > 0) return { reportTexts, errors };
  const evidenceCtx = { reportTexts, outlets: new Map(outlets.map((o) => [o.id, o])) };
  const sourceTexts = editionWords(parts, 'data');
  const voice = checkVoice(
    parts,
    sourceTexts,
    ledger,
    evidenceCtx,
    sourceWords,
    sourceLocale.lang,
    dates.reader,
  );
  errors.push(...voice.errors);
  if (errors.length > 0) return { reportTexts, errors };

  // Each translation: its words on the source's structure, held to the source and the reports.
  const editions: Content[] = [buildContent(parts, sourceLocale, locales, voice.evidence)];
  for (const locale of locales.slice(1)) {
    const dir = `data/${locale.id}`;
    const translation = parseTranslation(dir, Object.keys(sectionsBySlug));
    const words = parse(`${dir}/check-words.json`, checkWordsSchema);
    if (!translation || !words) continue;
    const translated = translateParts(parts, translation, dir);
    errors.push(...translated.errors);
    if (translated.errors.length > 0) continue;
    errors.push(
      ...checkTranslation(
        { locale: sourceLocale, dir: 'data', parts, words: sourceWords },
        { locale, dir, parts: translated.parts, words },
        reportTexts,
      ),
    );
    // The edition's settled terms, where it has settled them (check-glossary.ts).
    const glossary =
      files[`${dir}/glossary.json`] === undefined
        ? undefined
        : parse(`${dir}/glossary.json`, glossarySchema);
    if (glossary) errors.push(...checkGlossary(parts, translated.parts, dir, glossary));
    const translatedVoice = checkVoiceTranslation(
      { evidence: voice.evidence, texts: sourceTexts, words: sourceWords },
      { texts: editionWords(translated.parts, dir), words, lang: locale.lang },
    );
    errors.push(...translatedVoice.errors);
    editions.push(buildContent(translated.parts, locale, locales, translatedVoice.evidence));
  }
  if (errors.length > 0) return { reportTexts, errors };
  return { content: editions[0], editions, reportTexts, errors };

  /** An edition's translation files; undefined (with errors) when one is missing or malformed. */
  function parseTranslation(dir: string, slugs: readonly string[]): Translation | undefined {
    const sections: Translation['sections'] = {};
    for (const file of Object.keys(files)) {
      const m = new RegExp(`^${dir}/sections/([^/]+)\\.json$`).exec(file);
      if (m?.[1] && !slugs.includes(m[1]))
        errors.push({
          file,
          field: '(file)',
          problem: `section "${m[1]}" is not in the source edition`,
          fix: `remove ${file}, or add data/sections/${m[1]}.json`,
        });
    }
    for (const slug of slugs) {
      const section = parse(`${dir}/sections/${slug}.json`, sectionTranslationSchema);
      if (section) sections[slug] = section;
    }
    const t = {
      story: parse(`${dir}/story.json`, storyTranslationSchema),
      ui: parse(`${dir}/ui.json`, uiTranslationSchema),
      regions: parse(`${dir}/regions.json`, namesFileSchema)?.names,
      places: parse(`${dir}/places.json`, namesFileSchema)?.names,
      orientation: parse(`${dir}/orientation.json`, namesFileSchema)?.names,
      outlets: parse(`${dir}/outlets.json`, outletsTranslationSchema)?.outlets,
      reports: parse(`${dir}/reports.json`, reportsTranslationSchema),
      routes: parse(`${dir}/routes.json`, routesTranslationSchema),
      travel: parse(`${dir}/travel.json`, travelTranslationSchema)?.upstream,
      corrections: parse(`${dir}/corrections.json`, correctionsTranslationSchema)?.corrections,
    };
    if (Object.keys(sections).length !== slugs.length) return undefined;
    const {
      story,
      ui,
      regions,
      places,
      orientation,
      outlets,
      reports,
      routes,
      travel,
      corrections,
    } = t;
    if (
      !story ||
      !ui ||
      !regions ||
      !places ||
      !orientation ||
      !outlets ||
      !reports ||
      !routes ||
      !travel ||
      !corrections
    )
      return undefined;
    return {
      story,
      ui,
      sections,
      regions,
      places,
      orientation,
      outlets,
      reports,
      routes,
      travel,
      corrections,
    };
  }
}

/** A plain-language fix for a schema issue. */
function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return (
        `remove ${issue.keys.map((k) => `"${k}"`).join(', ')} (not a known field; check the ` +
        `spelling)`
      );
    case 'invalid_type':
      return issue.input === undefined
        ? `add this field (${issue.expected})`
        : `make this a ${issue.expected}`;
    case 'too_small':
      return issue.message.includes('empty')
        ? 'write the text, or remove the entry'
        : issue.message;
    default:
      return issue.message;
  }
}
