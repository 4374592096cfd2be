/**
 * Node-only: reads data/ into the map validateContent() takes. Never imported by app code.
 * Generated geography (data/geo/) is checked by its own tests, not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from './validate-content.ts';

const SKIP_DIRS = new Set(['geo']);

export function readContentFiles(root: string): ContentFiles {
  const files: ContentFiles = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (/\.(json|txt)$/.test(entry.name) || full.endsWith(join('capture', 'SOURCES.md'))) {
        files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
      }
    }
  };
  walk(join(root, 'data'));
  return files;
}
