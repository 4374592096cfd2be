import { inspect } from 'node:util';
import react from '@vitejs/plugin-react';
import { defineConfig, type EnvironmentOptions, type Plugin, type Rolldown } from 'vite';
import type { ViteBuilder } from 'vite';
import { basePathFromEnv } from './src/build/base-path.ts';
import { siteOriginFrom } from './src/build/site-origin.ts';
import { formatContentErrors } from './src/content/content-error.ts';
import { quotePassagesModule } from './src/build/quote-passages-plugin.ts';
import { mapStyleModule } from './src/build/map-style-plugin.ts';
import { prerender } from './src/build/prerender.ts';
import { SHARED_JSX_GLOBAL, SHARED_REACT_GLOBAL } from './src/components/map/world-script.ts';
import { readContentFiles } from './src/content/read-content-files.ts';
import { validateContent, type ValidationResult } from './src/content/validate-content.ts';

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

/**
 * data/, read and validated once per process: every environment's build, the quote passages and
 * the prerenderer share this result. A mistake stops the build (and the dev server) with the
 * validator's message, which names the file, the field and the fix.
 */
let checked: ValidationResult | undefined;
function validContent(): ValidationResult {
  checked ??= validateContent(readContentFiles(process.cwd()));
  if (checked.errors.length === 0) return checked;
  const message = formatContentErrors(checked.errors);
  // Printed as the message alone (Vite prints errors with util.inspect): it is the author's.
  throw Object.assign(new Error(message), { [inspect.custom]: () => message });
}

const contentCheck = (): Plugin => ({
  name: 'content-check',
  buildStart: () => void validContent(),
});

/**
 * The two classic scripts of embed pages: the card, and its map geometry (loaded after). One
 * classic script (IIFE) each, every import inlined, because a sandboxed iframe (WordPress's
 * sandbox="allow-scripts") has an opaque origin and fetches module scripts and chunks with
 * CORS, which a static host without special headers (GitHub Pages, S3, plain nginx) refuses. A
 * classic script needs no CORS.
 */
const classicScript = (
  name: string,
  entry: string,
  globals?: Record<string, string>,
): EnvironmentOptions => ({
  consumer: 'client',
  // The mode names the script, as a build per mode did: use-world.ts loads the map runtime by
  // classic script where import.meta.env.MODE is "embed".
  define: { 'import.meta.env.MODE': JSON.stringify(name) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    modulePreload: false,
    rolldownOptions: {
      input: { [name]: entry },
      external: Object.keys(globals ?? {}),
      // Vite's preload helper reads import.meta.url only to preload a dynamic import's chunks;
      // with every import inlined there are none, so its empty import.meta is fine.
      checks: { emptyImportMeta: false },
      output: {
        format: 'iife',
        codeSplitting: false,
        entryFileNames: 'assets/[name]-[hash].js',
        globals,
      },
    },
  },
});

/** Builds one environment; its files (one output each here: no watch mode, no second output). */
async function build(builder: ViteBuilder, name: string) {
  const environment = builder.environments[name];
  if (!environment) throw new Error(`vite.config.ts defines no ${name} environment`);
  return ((await builder.build(environment)) as Rolldown.RolldownOutput).output;
}

/** The file an environment's one entry was written to. */
const entryOf = (files: readonly (Rolldown.OutputChunk | Rolldown.OutputAsset)[]) =>
  files.find((f) => f.type === 'chunk' && f.isEntry)?.fileName ?? '';

/**
 * `vite build` builds every output in one run, one environment each: the site's module scripts
 * (client, split into chunks), the embed pages' two classic scripts, the server entry that
 * renders every page and the offline copy's service worker; then the prerenderer writes the pages
 * and each edition's worker (src/build/prerender.ts).
 */
export default defineConfig({
  base: basePath,
  define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
  plugins: [contentCheck(), quotePassagesModule(validContent), mapStyleModule(), react()],
  environments: {
    client: {
      build: {
        outDir: 'dist',
        // One CSS file, inlined into every page: small enough to be critical CSS in full.
        cssCodeSplit: false,
        // The page shell's scripts and stylesheet (src/document.tsx), removed after prerender.
        manifest: true,
      },
    },
    embed: classicScript('embed', 'src/entry-embed.tsx'),
    // The map runtime shares the card's React (two copies would break hooks): see
    // entry-embed.tsx. (Vite's environment names allow no "-".)
    embedGeo: classicScript('embed-geo', 'src/entry-embed-geo.ts', {
      react: SHARED_REACT_GLOBAL,
      'react/jsx-runtime': SHARED_JSX_GLOBAL,
    }),
    ssr: { build: { outDir: 'dist-ssr', rolldownOptions: { input: 'src/entry-server.tsx' } } },
    // The service worker of each edition's copy for offline reading: one classic script, kept in
    // memory (write: false); the prerenderer writes it once per edition with that edition's
    // manifest in front (src/build/offline-workers.ts).
    offlineWorker: {
      consumer: 'client',
      build: {
        write: false,
        copyPublicDir: false,
        modulePreload: false,
        rolldownOptions: {
          input: { 'offline-worker': 'src/entry-offline-worker.ts' },
          output: { format: 'iife', codeSplitting: false },
        },
      },
    },
  },
  builder: {
    // One resolved config and one set of plugins for every environment: data/ is read once.
    sharedConfigBuild: true,
    async buildApp(builder) {
      const { editions = [] } = validContent();
      // The client first: it empties dist/, where the embed scripts land too.
      const site = await build(builder, 'client');
      const [embed = [], geo = [], server = [], worker = []] = await Promise.all(
        ['embed', 'embedGeo', 'ssr', 'offlineWorker'].map((name) => build(builder, name)),
      );
      const workerChunk = worker.find((f) => f.type === 'chunk' && f.isEntry);
      await prerender({
        editions,
        site,
        embedScript: entryOf(embed),
        geoScript: entryOf(geo),
        serverEntry: entryOf(server),
        offlineWorker: workerChunk?.type === 'chunk' ? workerChunk.code : '',
      });
    },
  },
});
