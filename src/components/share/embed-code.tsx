import { useState } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { Section } from '../../content/schema.ts';
import { fillMessage } from '../../content/fill-message.ts';
import { embedSnippets, type EmbedSnippets } from '../../embed/embed-snippets.ts';
import { EMBED_MAX_HEIGHT } from '../../embed/embed-size.ts';
import { absoluteUrl, withBase } from '../../address/site-base.ts';
import { pathsFor, sitePaths } from '../../address/paths.ts';
import { copyText } from './copy-text.ts';

const ORDER: {
  key: keyof EmbedSnippets;
  label: 'embedLoader' | 'embedPym' | 'embedIframe' | 'embedWordPress';
}[] = [
  { key: 'loader', label: 'embedLoader' },
  { key: 'pym', label: 'embedPym' },
  { key: 'iframe', label: 'embedIframe' },
  { key: 'wordpress', label: 'embedWordPress' },
];

/** The "Embed" control: codes to paste into a campaign site, with copy buttons and a preview. */
export function EmbedCode({ section, content }: { section: Section; content: Content }) {
  const paths = pathsFor(content.locale);
  const [open, setOpen] = useState(false);
  const snippets = embedSnippets({
    embedUrl: absoluteUrl(paths.embed(section.slug)),
    sectionUrl: absoluteUrl(paths.section(section.slug)),
    loaderUrl: absoluteUrl(sitePaths.embedLoader()),
    pymUrl: absoluteUrl(sitePaths.pym()),
    title: section.title,
    slug: section.slug,
  });
  const id = `embed-${section.slug}`;
  return (
    <details className="embed-code" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{content.ui.embedThis}</summary>
      <p className="embed-code-intro">{content.ui.embedIntro}</p>
      {ORDER.map(({ key, label }) => (
        <Snippet
          key={key}
          id={`${id}-${key}`}
          label={content.ui[label]}
          code={snippets[key]}
          content={content}
        />
      ))}
      <p className="embed-code-preview-label">{content.ui.embedPreview}</p>
      {/* Loaded only when opened: nobody pays for a preview they did not ask for. */}
      {open ? (
        <iframe
          className="embed-code-preview"
          src={withBase(paths.embed(section.slug))}
          title={
            fillMessage(content.ui.fieldLabel, { label: content.ui.embedPreview }).join('') +
            section.title
          }
          height={EMBED_MAX_HEIGHT}
          loading="lazy"
        />
      ) : null}
    </details>
  );
}

function Snippet({
  id,
  label,
  code,
  content,
}: {
  id: string;
  label: string;
  code: string;
  content: Content;
}) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={code} rows={4} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={async () => setCopied(await copyText(code))}>
        {copied ? content.ui.copied : content.ui.copy}
      </button>
    </div>
  );
}
