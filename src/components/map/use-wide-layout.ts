import { useMediaQuery } from '../motion/use-media-query.ts';

/** The breakpoint at which global.css puts the story text beside the map instead of over it. */
const QUERY = '(min-width: 56rem)';

/**
 * Whether the story's text runs beside the map (live). False on the server and while hydrating, as
 * on a phone.
 */
export const useWideLayout = (): boolean => useMediaQuery(QUERY);
