/**
 * One thing a content author must fix: where (file and field), what is wrong, and how to fix it.
 */
export interface ContentError {
  /** Path from the project root, e.g. "data/sections/south-korea.json". */
  file: string;
  /** Field path inside the file, e.g. "steps[1].quotes[0].text"; "(file)" for the whole file. */
  field: string;
  problem: string;
  fix: string;
}

export function formatContentError(error: ContentError): string {
  return `${error.file} › ${error.field}: ${error.problem}\n    Fix: ${error.fix}`;
}

export function formatContentErrors(errors: ContentError[]): string {
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return [
    `Content check failed: ${errors.length} ${noun} in data/`,
    ...errors.map(formatContentError),
  ].join('\n\n');
}

/** Formats a zod issue path like ["steps", 0, "text"] as "steps[0].text". */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(file)';
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
