import { createContext, use } from 'react';

/**
 * Where the reader is, and how to go elsewhere, for every page component. The first page the
 * reader opens gets this from the address bar alone, so its script carries no router; the
 * first in-app navigation loads react-router (router-app.tsx), which provides it from then on.
 */
export interface PageLocation {
  pathname: string;
  search: string;
  hash: string;
  /** Changes on every navigation, even to the same address. */
  key: string;
  /** False only for the page as loaded: the browser has placed it already. */
  navigated: boolean;
  /** In-app navigation to a router-relative path (with its ?query and #hash). */
  navigate: (to: string) => void;
}

export const PageLocationContext = createContext<PageLocation | null>(null);

export function usePageLocation(): PageLocation {
  const location = use(PageLocationContext);
  if (!location)
    throw new Error('usePageLocation: no PageLocationContext above (see entry-client.tsx)');
  return location;
}
