/**
 * Post contents as WordPress's editors save them, for php/publish.php: a campaigner's address
 * pasted on its own line (the classic editor's text, which WordPress's autoembed turns into an
 * embed), and the block editor's embed block (the markup it saves for a rich embed with no
 * aspect ratio, as ours has: its width is "100%").
 */
const BEFORE =
  'North Koreans hiding in China went through the pandemic without papers, and so without ' +
  'care. This explainer shows the route and what the reports say.';
const AFTER = 'Write to your MP: it takes five minutes.';

export const pastedAddress = (...urls: string[]) => [BEFORE, ...urls, AFTER].join('\n\n');

/** The block editor's slug of a provider's name (lodash's kebabCase, as the editor uses it). */
const providerSlug = (name: string) =>
  name
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.join('-') ?? '';

export function embedBlock(url: string, providerName: string): string {
  const slug = providerSlug(providerName);
  const attributes = JSON.stringify({
    url,
    type: 'rich',
    providerNameSlug: slug,
    responsive: true,
  });
  const figureClass = `wp-block-embed is-type-rich is-provider-${slug} wp-block-embed-${slug}`;
  return `<!-- wp:embed ${attributes} -->
<figure class="${figureClass}"><div class="wp-block-embed__wrapper">
${url}
</div></figure>
<!-- /wp:embed -->`;
}

const paragraph = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

/** A block-editor post: a paragraph, the blocks, a paragraph. */
export const blockPost = (...blocks: string[]) =>
  [paragraph(BEFORE), ...blocks, paragraph(AFTER)].join('\n\n');
