/** `npm run check:content`: validates data/ and exits non-zero with author-readable errors. */
import { formatContentErrors } from '../content/content-error.ts';
import { readContentFiles } from '../content/read-content-files.ts';
import { validateContent } from '../content/validate-content.ts';

const result = validateContent(readContentFiles(process.cwd()));
if (result.errors.length > 0) {
  console.error(formatContentErrors(result.errors));
  process.exit(1);
}
const content = result.content;
const steps = content?.sections.reduce((n, s) => n + s.steps.length, 0) ?? 0;
const quotes =
  content?.sections.reduce((n, s) => n + s.steps.reduce((m, st) => m + st.quotes.length, 0), 0) ??
  0;
const editions = (result.editions ?? []).map((e) => e.locale.name).join(', ');
console.log(
  `Content OK: ${content?.sections.length} sections, ${steps} steps, ${quotes} quotes, all ` +
    `found verbatim in ${Object.keys(result.reportTexts).length} reports; editions: ` +
    `${editions}.`,
);
