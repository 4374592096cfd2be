import { createContext, use } from 'react';
import type { Content } from './content-types.ts';

/**
 * The edition a page is rendered in. There is no content module to import: the server renders
 * each edition's pages with that edition, and the browser reads its page's edition from the
 * page itself (see page-data.ts), so one script serves every language.
 */
export const ContentContext = createContext<Content | null>(null);

export function useContent(): Content {
  const content = use(ContentContext);
  if (!content)
    throw new Error('useContent: no ContentContext above (see entry-client.tsx, entry-server.tsx)');
  return content;
}
