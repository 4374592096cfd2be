import type { Plugin } from 'vite';
import { quotePassages } from '../content/quote-passages.ts';
import { readContentFiles } from '../content/read-content-files.ts';
import { validateContent } from '../content/validate-content.ts';
import { openingPassages } from '../provenance/opening-passages.ts';

/**
 * `virtual:quote-passages`: the paragraph around each quote (the opening's and the steps') in
 * its report. The report texts stay out of the browser; only these paragraphs, for the sources
 * page, are shipped.
 */
export function quotePassagesModule(): Plugin {
  const id = 'virtual:quote-passages';
  return {
    name: 'quote-passages',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const { content, reportTexts } = validateContent(readContentFiles(process.cwd()));
      const passages = content
        ? { ...openingPassages(content.story, reportTexts), ...quotePassages(content, reportTexts) }
        : {};
      return `export default ${JSON.stringify(passages)};`;
    },
  };
}
