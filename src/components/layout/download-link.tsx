import type { Content } from '../../content/content-types.ts';
import { pathsFor } from '../../address/paths.ts';
import { withBase } from '../../address/site-base.ts';

/**
 * A plain link to the edition's article as one self-contained file (paths.ts: download), which
 * the browser saves rather than opens: a copy to keep, print or pass on.
 */
export function DownloadLink({ content }: { content: Content }) {
  return (
    <a href={withBase(pathsFor(content.locale).download())} className="download-link" download>
      {content.ui.downloadArticle}
    </a>
  );
}
