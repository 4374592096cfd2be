import type { Plugin } from 'vite';
import { quotePassages } from '../content/quote-passages.ts';
import { readContentFiles } from '../content/read-content-files.ts';
import { validateContent, type ValidationResult } from '../content/validate-content.ts';
import { openingPassages } from '../provenance/opening-passages.ts';

/**
 * `virtual:quote-passages`: the paragraph around each quote (the opening's and the steps') in
 * its report. The report texts stay out of the browser; only these paragraphs, for the sources
 * page, are shipped. `validated` is the build's one reading of data/ (vite.config.ts).
 */
export function quotePassagesModule(
  validated: () => ValidationResult = () => validateContent(readContentFiles(process.cwd())),
): Plugin {
  const id = 'virtual:quote-passages';
  return {
    name: 'quote-passages',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const { content, reportTexts } = validated();
      const passages = content
        ? { ...openingPassages(content.story, reportTexts), ...quotePassages(content, reportTexts) }
        : {};
      return `export default ${JSON.stringify(passages)};`;
    },
  };
}
