import { useMediaQuery } from './use-media-query.ts';

/** The reader's reduced-motion setting, live. False on the server and while hydrating. */
export const usePrefersReducedMotion = (): boolean =>
  useMediaQuery('(prefers-reduced-motion: reduce)');
