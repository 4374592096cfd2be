/**
 * The three pages the benchmark measures: the whole story, one section's deep link and the same
 * section's embed. The section is the 4th in the story's order (data/story.json), far enough in
 * that the deep link really has to land mid-story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECTION_INDEX = 3;

export interface BenchPage {
  /** A short name for tables: story, section, embed. */
  key: 'story' | 'section' | 'embed';
  path: string;
}

export function pickSectionSlug(sections: readonly string[], index = SECTION_INDEX): string {
  const slug = sections[index] ?? sections[sections.length - 1];
  if (!slug) throw new Error('data/story.json lists no sections');
  return slug;
}

/** The pages of one edition: `folder` is its address folder ("" for English, "ko" for Korean). */
export function benchPages(slug: string, folder = ''): BenchPage[] {
  const p = folder ? `/${folder}` : '';
  return [
    { key: 'story', path: `${p}/` },
    { key: 'section', path: `${p}/s/${slug}/` },
    { key: 'embed', path: `${p}/embed/${slug}/` },
  ];
}

/**
 * The folder of the edition BENCH_EDITION names (an id from data/locales.json; default the first).
 */
export function editionFolder(root: string, id: string | undefined): string {
  const { locales } = JSON.parse(readFileSync(join(root, 'data', 'locales.json'), 'utf8')) as {
    locales: { id: string; path: string }[];
  };
  const locale = id ? locales.find((l) => l.id === id) : locales[0];
  if (!locale)
    throw new Error(
      `BENCH_EDITION "${id}" is not an edition in data/locales.json ` +
        `(${locales.map((l) => l.id).join(', ')})`,
    );
  return locale.path;
}

export function readStorySections(root: string): string[] {
  const story = JSON.parse(readFileSync(join(root, 'data', 'story.json'), 'utf8')) as {
    sections?: unknown;
  };
  if (!Array.isArray(story.sections) || !story.sections.every((s) => typeof s === 'string')) {
    throw new Error('data/story.json has no "sections" list of slugs');
  }
  return story.sections as string[];
}
