import type { Content } from '../../content/content-types.ts';
import type { Section } from '../../content/schema.ts';
import { fillMessage } from '../../content/fill-message.ts';
import { embedSnippets, type EmbedSnippets } from '../../embed/embed-snippets.ts';
import { absoluteUrl, withBase } from '../../address/site-base.ts';
import { pathsFor, sitePaths } from '../../address/paths.ts';

const ORDER: {
  key: keyof EmbedSnippets;
  label: 'embedLoader' | 'embedPym' | 'embedIframe' | 'embedWordPress';
}[] = [
  { key: 'loader', label: 'embedLoader' },
  { key: 'pym', label: 'embedPym' },
  { key: 'iframe', label: 'embedIframe' },
  { key: 'wordpress', label: 'embedWordPress' },
];

/**
 * The "Embed" disclosure's words: codes to paste into a campaign site, each with a copy button,
 * and where the preview goes. Rendered by the server only (see embed-code.tsx); the codes can be
 * selected and copied by hand without scripts.
 */
export function EmbedCodeWords({ section, content }: { section: Section; content: Content }) {
  const paths = pathsFor(content.locale);
  const snippets = embedSnippets({
    embedUrl: absoluteUrl(paths.embed(section.slug)),
    sectionUrl: absoluteUrl(paths.section(section.slug)),
    loaderUrl: absoluteUrl(sitePaths.embedLoader()),
    pymUrl: absoluteUrl(sitePaths.pym()),
    title: section.title,
    slug: section.slug,
  });
  const id = `embed-${section.slug}`;
  const { ui } = content;
  return (
    <details
      className="embed-code"
      data-preview-src={withBase(paths.embed(section.slug))}
      data-preview-title={
        fillMessage(ui.fieldLabel, { label: ui.embedPreview }).join('') + section.title
      }
    >
      <summary>{ui.embedThis}</summary>
      <p className="embed-code-intro">{ui.embedIntro}</p>
      {ORDER.map(({ key, label }) => (
        <div className="snippet" key={key}>
          <label htmlFor={`${id}-${key}`}>{ui[label]}</label>
          <textarea id={`${id}-${key}`} readOnly defaultValue={snippets[key]} rows={4} />
          <button type="button" data-copy={`${id}-${key}`} hidden>
            {ui.copy}
          </button>
        </div>
      ))}
      <p className="embed-code-preview-label">{ui.embedPreview}</p>
    </details>
  );
}
