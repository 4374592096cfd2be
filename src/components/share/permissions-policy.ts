/**
 * Whether this document's Permissions Policy lets it use a feature. Inside an iframe whose host
 * did not grant it (WordPress's sandboxed embeds grant nothing), calling the clipboard or the
 * share sheet prints a "Permissions policy violation" error in the console before it fails, so
 * callers ask first and fall back quietly. False only where the browser says so; browsers that
 * cannot say (no policy API) may try.
 */
interface PolicyDocument {
  /** Chromium's policy object, under its current and its older name. */
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

export function allowedByPolicy(feature: 'clipboard-write' | 'web-share'): boolean {
  const doc = document as Document & PolicyDocument;
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  if (!policy) return true;
  try {
    return policy.allowsFeature(feature);
  } catch {
    return true;
  }
}
