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
import { CAPTURE_NOTES_FILE, captureDates } from './capture-notes.ts';
import {
  orientationFileSchema,
  outletsFileSchema,
  placesFileSchema,
  regionsFileSchema,
  reportMetaSchema,
  routesFileSchema,
  travelSchema,
  sectionSchema,
  storySchema,
  uiSchema,
} from './schema.ts';

/** File contents keyed by path from the project root, e.g. "data/story.json". */
export type ContentFiles = Record<string, string>;

export interface ValidationResult {
  /** Present only when there are no errors. */
  content?: Content;
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
      errors.push({ file, field: '(file)', problem: `not valid JSON (${message})`, fix: 'fix the JSON syntax: check commas, quotes and brackets' });
      return undefined;
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file, field: formatFieldPath(issue.path), problem: issue.message, fix: fixFor(issue) });
      }
      return undefined;
    }
    return result.data;
  }

  const story = parse('data/story.json', storySchema);
  const ui = parse('data/ui.json', uiSchema);
  const outlets = parse('data/outlets.json', outletsFileSchema)?.outlets;
  const regions = parse('data/regions.json', regionsFileSchema)?.regions;
  const places = parse('data/places.json', placesFileSchema)?.places;
  const orientation = parse('data/orientation.json', orientationFileSchema)?.labels;
  const routes = parse('data/routes.json', routesFileSchema)?.routes;
  const travel = parse('data/travel.json', travelSchema);

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
        errors.push({ file, field: 'slug', problem: `slug "${section.slug}" does not match the file name`, fix: `set "slug" to "${sectionMatch[1]}" or rename the file to data/sections/${section.slug}.json` });
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
        errors.push({ file, field: '(file)', problem: `report "${id}" has no ${ext === 'json' ? 'text' : 'record'} file`, fix: `add ${partner}` });
        continue;
      }
      if (ext === 'txt') {
        if ((files[file] ?? '').trim() === '') errors.push({ file, field: '(file)', problem: 'report text is empty', fix: 'paste the report text, without page furniture' });
        else reportTexts[id] = files[file] ?? '';
      } else {
        const meta = parse(file, reportMetaSchema);
        if (meta) reports[id] = meta;
      }
    }
  }

  const notes = files[CAPTURE_NOTES_FILE];
  if (notes === undefined) errors.push({ file: CAPTURE_NOTES_FILE, field: '(file)', problem: 'the capture notes are missing', fix: `copy the capture notes (SOURCES.md, with each report file's date) to ${CAPTURE_NOTES_FILE}` });
  if (!story || !ui || !outlets || !regions || !places || !orientation || !routes || !travel || notes === undefined) return { reportTexts, errors };

  const parts: ContentParts = { story, ui, sectionsBySlug, reports, outlets, regions, places, orientation, routes, travel };
  errors.push(...checkReferences(parts, reportTexts, sectionFiles, captureDates(notes)));
  if (errors.length > 0) return { reportTexts, errors };
  return { content: buildContent(parts), reportTexts, errors };
}

/** A plain-language fix for a schema issue. */
function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `remove ${issue.keys.map((k) => `"${k}"`).join(', ')} (not a known field; check the spelling)`;
    case 'invalid_type':
      return issue.input === undefined ? `add this field (${issue.expected})` : `make this a ${issue.expected}`;
    case 'too_small':
      return issue.message.includes('empty') ? 'write the text, or remove the entry' : issue.message;
    default:
      return issue.message;
  }
}
