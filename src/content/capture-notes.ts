/**
 * The capture notes (data/capture/SOURCES.md, copied from the material the reports were
 * captured with): for each report file, the date cell of its row. Besides a report's own text,
 * these are the only place a report's date may come from.
 */
export const CAPTURE_NOTES_FILE = 'data/capture/SOURCES.md';

/** Date cells by report id (the row's file name without ".txt"). */
export function captureDates(markdown: string): Record<string, string> {
  const lines = markdown.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('|'));
  const cells = (line: string) => line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
  const header = lines[0] ? cells(lines[0]).map((c) => c.toLowerCase()) : [];
  const fileAt = header.indexOf('file');
  const dateAt = header.indexOf('date');
  if (fileAt < 0 || dateAt < 0) return {};
  const out: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const row = cells(line);
    const file = row[fileAt] ?? '';
    if (/^[a-z0-9-]+\.txt$/.test(file)) out[file.replace(/\.txt$/, '')] = row[dateAt] ?? '';
  }
  return out;
}
