/**
 * Node-only, for tests: the real data/ files, and a copy with one JSON file edited, so a test
 * breaks the real content the way an author might.
 */
import { readContentFiles } from './read-content-files.ts';
import type { ContentFiles } from './validate-content.ts';

export const realFiles: ContentFiles = readContentFiles(process.cwd());

/** Copies the real content and edits one JSON file. */
export function withEdit(file: string, edit: (json: any) => void): ContentFiles {
  const files = { ...realFiles };
  const json: unknown = JSON.parse(files[file] ?? 'null');
  edit(json);
  files[file] = JSON.stringify(json);
  return files;
}
