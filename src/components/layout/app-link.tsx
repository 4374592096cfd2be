import type { ReactNode } from 'react';
import { withBase } from '../../address/site-base.ts';

/**
 * A link to another page of the site, from a router-relative path: a plain anchor under the
 * site's base folder. Following it is a page load.
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
