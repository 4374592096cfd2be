import { createContext, use } from 'react';
import type { Address } from './address.ts';

/**
 * Where the reader is, for every page component: the page as the server matched it (carried in
 * the page's data), and the address bar's path, query and fragment. Every move to another page
 * is a page load (the back/forward cache makes Back instant), so this never changes.
 */
export interface PageLocation {
  page: Address;
  pathname: string;
  search: string;
  hash: string;
}

export const PageLocationContext = createContext<PageLocation | null>(null);

export function usePageLocation(): PageLocation {
  const location = use(PageLocationContext);
  if (!location)
    throw new Error('usePageLocation: no PageLocationContext above (see entry-client.tsx)');
  return location;
}
