import type { ReactNode } from 'react';
import { withBase } from '../../address/site-base.ts';

/**
 * A link to another page of the site: a plain anchor. One listener on the document (see
 * routes/link-navigation.ts) turns a plain click on it into an in-app navigation, so the same
 * markup works in server HTML, before the router has loaded, and after.
 */
export function AppLink({
  to,
  className,
  children,
}: {
  to: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a href={withBase(to)} className={className}>
      {children}
    </a>
  );
}
