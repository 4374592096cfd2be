/** The validated story, read from data/ the way the build reads it, for assertions. */
import { readContentFiles } from '../src/content/read-content-files.ts';
import { validateContent } from '../src/content/validate-content.ts';

const result = validateContent(readContentFiles(process.cwd()));
if (!result.content) throw new Error('data/ does not validate: run npm run check:content');
export const content = result.content;
export const slugs = content.sections.map((s) => s.slug);
export const allQuotes = content.sections.flatMap((s) => s.steps.flatMap((st) => st.quotes));
export const allStepTexts = content.sections.flatMap((s) => s.steps.map((st) => st.text));
