import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { basePathFromEnv } from './src/build/base-path.ts';
import { siteOriginFrom } from './src/build/site-origin.ts';
import { formatContentErrors } from './src/content/content-error.ts';
import { quotePassagesModule } from './src/build/quote-passages-plugin.ts';
import { mapStyleModule } from './src/build/map-style-plugin.ts';
import { SHARED_JSX_GLOBAL, SHARED_REACT_GLOBAL } from './src/components/map/world-script.ts';
import { readContentFiles } from './src/content/read-content-files.ts';
import { validateContent } from './src/content/validate-content.ts';

/**
 * The site can live under a sub-folder (e.g. BASE_PATH=/explainer/). Always ends with "/".
 */
const basePath = basePathFromEnv();

/**
 * The site's public origin, for absolute addresses in link previews, canonical links, oEmbed
 * and embed codes (crawlers and host pages need absolute URLs). SITE_ORIGIN; the default is the
 * local server of `npm start`, and a build for publishing refuses one nobody else can reach
 * (see src/build/site-origin.ts).
 */
const siteOrigin = siteOriginFrom(process.env);

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

/** Where the embed build records its script's file name, for the prerenderer (removed after). */
export const EMBED_MANIFEST = 'embed-manifest.json';
export const EMBED_GEO_MANIFEST = 'embed-geo-manifest.json';

/** The two classic scripts of embed pages: the card, and its map geometry (loaded after). */
const embedBuilds: Record<
  string,
  { input: Record<string, string>; manifest: string; globals?: Record<string, string> }
> = {
  embed: { input: { embed: 'src/entry-embed.tsx' }, manifest: EMBED_MANIFEST },
  // The map runtime shares the card's React (two copies would break hooks): see entry-embed.tsx.
  'embed-geo': {
    input: { 'embed-geo': 'src/entry-embed-geo.ts' },
    manifest: EMBED_GEO_MANIFEST,
    globals: { react: SHARED_REACT_GLOBAL, 'react/jsx-runtime': SHARED_JSX_GLOBAL },
  },
};

/**
 * `vite build` builds the site (module scripts, split into chunks). `vite build --mode embed`
 * then adds the embed pages' script to dist/assets: one classic script (IIFE), map geometry
 * included, because a sandboxed iframe (WordPress's sandbox="allow-scripts") has an opaque
 * origin and fetches module scripts and chunks with CORS, which a static host without
 * special headers (GitHub Pages, S3, plain nginx) refuses. A classic script needs no CORS.
 */
export default defineConfig(({ mode }) => ({
  base: basePath,
  define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
  plugins: [contentCheck(), quotePassagesModule(), mapStyleModule(), react()],
  build: embedBuilds[mode]
    ? {
        outDir: 'dist',
        emptyOutDir: false,
        copyPublicDir: false,
        modulePreload: false,
        manifest: embedBuilds[mode].manifest,
        rolldownOptions: {
          input: embedBuilds[mode].input,
          external: Object.keys(embedBuilds[mode].globals ?? {}),
          // Vite's preload helper reads import.meta.url only to preload a dynamic import's
          // chunks; with every import inlined there are none, so its empty import.meta is fine.
          checks: { emptyImportMeta: false },
          output: {
            format: 'iife',
            codeSplitting: false,
            entryFileNames: 'assets/[name]-[hash].js',
            globals: embedBuilds[mode].globals,
          },
        },
      }
    : {
        outDir: 'dist',
        // One CSS file we inline at prerender: small enough to be critical CSS in full.
        cssCodeSplit: false,
      },
}));
