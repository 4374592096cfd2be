/**
 * What the site's own script (not the embed's, not the server's) needs of each data file. The
 * story's words are server HTML the browser adopts (StaticHtml), so the script keeps only what
 * moves: titles (for the document title and share texts), map views, interface words. Pure:
 * the Vite plugin in vite.config.ts applies it to data/*.json for the browser build.
 */
type Json = Record<string, unknown>;

const emptyStep = (step: Json): Json => ({ text: '', sources: [], quotes: [], map: step.map });

export function clientContent(file: string, json: Json): Json {
  if (/data\/sections\/[^/]+\.json$/.test(file)) {
    return { ...json, steps: (json.steps as Json[]).map(emptyStep) };
  }
  if (/data\/story\.json$/.test(file)) {
    return { ...json, opening: { text: '', sources: [], quotes: [] }, lede: '', caveat: '', closing: { title: '', text: '' } };
  }
  if (/data\/travel\.json$/.test(file)) return { upstream: [], links: [] };
  if (/data\/reports\/[^/]+\.json$/.test(file)) return { ...json, relation: '', headline: '' };
  return json;
}
