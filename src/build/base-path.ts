/**
 * BASE_PATH: the sub-folder the site is served from (e.g. /explainer/), read the same way by
 * the Vite build, the prerenderer and the local server so they can never disagree.
 */
export function basePathFromEnv(raw: string | undefined = process.env.BASE_PATH): string {
  const value = raw ?? '/';
  const trimmed = value.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${value}" must be a plain path such as /explainer/`);
  }
  return trimmed;
}
