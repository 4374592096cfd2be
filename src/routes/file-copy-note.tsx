import { Fragment, type ReactNode } from 'react';
import { useContent } from '../content/content-context.tsx';
import { fillMessage } from '../content/fill-message.ts';
import { pathsFor } from '../address/paths.ts';
import { absoluteUrl } from '../address/site-base.ts';

/**
 * What the single-file edition says of itself, at the top of the article: the day it was
 * built, the article's canonical address (where corrections land) and the sources page's, both
 * absolute from the site's origin setting and printed whole, so they survive paper and a file
 * opened far from the site.
 */
export function FileCopyNote({ builtOn }: { builtOn: string }) {
  const { ui, locale } = useContent();
  const paths = pathsFor(locale);
  const day = new Intl.DateTimeFormat(locale.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${builtOn}T00:00:00Z`),
  );
  const address = (path: string) => {
    const url = absoluteUrl(path);
    return (
      <a href={url} className="print-url">
        {url}
      </a>
    );
  };
  const line = (message: string, values: Record<string, ReactNode>) => (
    <p>
      {fillMessage<ReactNode>(message, values).map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </p>
  );
  return (
    <div className="file-copy">
      {line(ui.fileBuilt, { date: <time dateTime={builtOn}>{day}</time> })}
      {line(ui.fileOnline, { address: address(paths.read()) })}
      {line(ui.fileSources, { address: address(paths.sources()) })}
    </div>
  );
}
