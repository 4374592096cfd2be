/**
 * A section's oEmbed endpoint for a pasted step link. oEmbed consumers send the address they
 * embed as `url` (WordPress: `/oembed/<slug>.json?…&url=…/s/<slug>/?step=2`). A static file
 * cannot read it, so a static host serves the section's document (the card opens at step 1); a
 * host that can rewrite by query (src/build/serve.ts does) serves the step's own document
 * instead, written beside it by the build (paths.ts: `/oembed/<slug>/step-<n>.json`).
 *
 * Pure, and strict: anything but the same section's address (read by the address codec) with a
 * step past the first gives null (serve the section's document). Nothing of the request is
 * echoed anywhere.
 */
import { parseAddress } from '../address/parse-address.ts';
import { oembedPath } from '../address/paths.ts';

const ENDPOINT = /^(.*\/)oembed\/([a-z0-9-]+)\.json$/;

export function oembedStepPath(pathname: string, search: string): string | null {
  const endpoint = ENDPOINT.exec(pathname);
  if (!endpoint || search.length > 4000) return null;
  const [, folder, slug] = endpoint;
  let embedded: URL;
  try {
    const url = new URLSearchParams(search).get('url');
    if (!url) return null;
    embedded = new URL(url);
  } catch {
    return null;
  }
  // The address must be this section's page (under the same folder: the same edition).
  if (!folder || !slug || !embedded.pathname.startsWith(folder)) return null;
  const page = parseAddress(`/${embedded.pathname.slice(folder.length)}${embedded.search}`);
  if (page.kind !== 'section' || page.slug !== slug || !page.stepIndex) return null;
  return oembedPath(folder.slice(0, -1), slug, page.stepIndex);
}
