import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { basePathFromEnv } from './src/build/base-path.ts';
import { formatContentErrors } from './src/content/content-error.ts';
import { quotePassages } from './src/content/quote-passages.ts';
import { readContentFiles } from './src/content/read-content-files.ts';
import { validateContent } from './src/content/validate-content.ts';

/**
 * The site can live under a sub-folder (e.g. BASE_PATH=/explainer/). Always ends with "/".
 */
const basePath = basePathFromEnv();

/**
 * The site's public origin, for absolute addresses in link previews, canonical links, oEmbed
 * and embed codes (crawlers and host pages need absolute URLs). Set SITE_ORIGIN when building
 * for a real host; the default is the local server of `npm start`.
 */
const siteOrigin = normaliseOrigin(process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4173');

function normaliseOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_ORIGIN "${raw}" is not a URL; write it like https://example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_ORIGIN "${raw}" must be just an origin such as https://example.org (put sub-folders in BASE_PATH)`);
  }
  return url.origin;
}

/** Stops every build (and the dev server) on a content mistake, with the validator's message. */
function contentCheck(): Plugin {
  return {
    name: 'content-check',
    buildStart() {
      const { errors } = validateContent(readContentFiles(process.cwd()));
      if (errors.length > 0) this.error(formatContentErrors(errors));
    },
  };
}

/**
 * `virtual:quote-passages`: the paragraph around each quote in its report. The report texts
 * stay out of the browser; only these paragraphs, for the sources page, are shipped.
 */
function quotePassagesModule(): Plugin {
  const id = 'virtual:quote-passages';
  return {
    name: 'quote-passages',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const { content, reportTexts } = validateContent(readContentFiles(process.cwd()));
      return `export default ${JSON.stringify(content ? quotePassages(content, reportTexts) : {})};`;
    },
  };
}

export default defineConfig({
  base: basePath,
  define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
  plugins: [contentCheck(), quotePassagesModule(), react()],
  build: {
    outDir: 'dist',
    // One CSS file we inline at prerender: small enough to be critical CSS in full.
    cssCodeSplit: false,
  },
});
