import { describe, expect, it } from 'vitest';
import { embedSnippets } from './embed-snippets.ts';
import { oembedFor } from './oembed.ts';

const input = {
  title: 'Left to the "provinces" <b>',
  providerName: 'No papers, no vaccine',
  providerUrl: 'https://example.org/',
  sectionUrl: 'https://example.org/s/a/',
  embedUrl: 'https://example.org/embed/a/',
  thumbnailUrl: 'https://example.org/social/a.png',
};

describe('oembedFor', () => {
  it('has the fields the oEmbed spec requires for a rich embed', () => {
    const doc = oembedFor(input);
    expect(doc).toMatchObject({ type: 'rich', version: '1.0', width: 600, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(typeof doc.html).toBe('string');
    expect(doc.height).toBeGreaterThan(0);
  });
  it('puts a fallback link and an iframe in the html, escaping the title', () => {
    const { html } = oembedFor(input);
    expect(html).toMatch(/^<blockquote[^>]*><a href="https:\/\/example.org\/s\/a\/">Left to the &quot;provinces&quot; &lt;b&gt;<\/a><\/blockquote><iframe src="https:\/\/example.org\/embed\/a\/"/);
    expect(html).not.toContain('<b>');
  });
});

describe('embedSnippets', () => {
  const snippets = embedSnippets({ embedUrl: input.embedUrl, sectionUrl: input.sectionUrl, loaderUrl: 'https://example.org/embed.js', pymUrl: 'https://example.org/pym.v1.min.js', title: "It's <x>", slug: 'a' });
  it('gives a loader, Pym, iframe and WordPress code', () => {
    expect(snippets.loader).toContain('data-defector-route-src="https://example.org/embed/a/"');
    expect(snippets.loader).toContain('<script async src="https://example.org/embed.js"></script>');
    expect(snippets.pym).toContain("new pym.Parent('defector-route-a', 'https://example.org/embed/a/'");
    expect(snippets.pym).toContain('<script src="https://example.org/pym.v1.min.js"></script>');
    expect(snippets.iframe).toMatch(/^<iframe src="https:\/\/example.org\/embed\/a\/" title="It&#39;s &lt;x&gt;"/);
    expect(snippets.wordpress).toBe('https://example.org/s/a/');
  });
});
