import { describe, expect, it } from 'vitest';
import { embedSnippets } from './embed-snippets.ts';
import { oembedFor } from './oembed.ts';
import { wordpressOembedHtml } from './wordpress-filter.ts';

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
    expect(doc).toMatchObject({
      type: 'rich',
      version: '1.0',
      width: 600,
      height: 1000,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(typeof doc.html).toBe('string');
  });
  it('puts a fallback link and an iframe in the html, escaping the title', () => {
    const { html } = oembedFor(input);
    expect(
      html.startsWith(
        '<blockquote><a href="https://example.org/s/a/">Left to the &quot;provinces&quot; ' +
          '&lt;b&gt;</a></blockquote><iframe src="https://example.org/embed/a/"',
      ),
    ).toBe(true);
    expect(html).not.toContain('<b>');
  });
  it('sizes the iframe to its column (a pixel width overflows a phone’s WordPress column)', () => {
    const { html } = oembedFor(input);
    expect(html).toContain(' width="100%" ');
    expect(html).not.toMatch(/ width="\d+"/);
  });
  it('loses nothing to WordPress’s filter', () => {
    const { html } = oembedFor(input);
    const printed = wordpressOembedHtml(html, 'Ab12Cd34Ef');
    // Every attribute the html sets survives; WordPress only adds its own.
    for (const attribute of html.match(/ [a-z-]+="[^"]*"/g) ?? []) {
      expect(printed).toContain(attribute.replace('/embed/a/"', '/embed/a/#?secret=Ab12Cd34Ef"'));
    }
    expect(printed).toContain('frameborder="0"');
    expect(printed).toMatch(
      /^<blockquote class="wp-embedded-content" data-secret="Ab12Cd34Ef"><a href=/,
    );
    expect(printed).toContain('sandbox="allow-scripts"');
  });
});

describe('wordpressOembedHtml (the model of WordPress’s filter)', () => {
  it('strips what WordPress strips', () => {
    const printed = wordpressOembedHtml(
      '<blockquote class="x" style="y"><a href="/a" target="_blank">a</a></blockquote>' +
        '<script>1</script><iframe src="/e" style="border:0" loading="lazy" allow="web-share" ' +
        'class="c" onload="x()"></iframe>',
      'S',
    )!;
    expect(printed).not.toMatch(
      /target=|loading=|allow=|onload=|class="c"|class="x"|<script|border:0/,
    );
    expect(printed).toContain('<a href="/a">a</a>');
  });
  it('refuses html without an iframe', () => {
    expect(wordpressOembedHtml('<blockquote><a href="/a">a</a></blockquote>', 'S')).toBeNull();
  });
});

describe('embedSnippets', () => {
  const snippets = embedSnippets({
    embedUrl: input.embedUrl,
    sectionUrl: input.sectionUrl,
    loaderUrl: 'https://example.org/embed.js',
    pymUrl: 'https://example.org/pym.v1.min.js',
    title: "It's <x>",
    slug: 'a',
  });
  it('gives a loader, Pym, iframe and WordPress code', () => {
    expect(snippets.loader).toContain('data-defector-route-src="https://example.org/embed/a/"');
    expect(snippets.loader).toContain('<script async src="https://example.org/embed.js"></script>');
    expect(snippets.pym).toContain(
      'new pym.Parent("defector-route-a", "https://example.org/embed/a/"',
    );
    expect(snippets.pym).toContain('<script src="https://example.org/pym.v1.min.js"></script>');
    expect(snippets.iframe).toMatch(
      /^<iframe src="https:\/\/example.org\/embed\/a\/" title="It&#39;s &lt;x&gt;"/,
    );
    expect(snippets.wordpress).toBe('https://example.org/s/a/');
  });
  it('passes a title with quotes, < and </script> to Pym intact', () => {
    const title = `It's "the" <border> </script><script>alert(1)</script>`;
    const { pym } = embedSnippets({
      embedUrl: input.embedUrl,
      sectionUrl: input.sectionUrl,
      loaderUrl: '',
      pymUrl: 'https://example.org/pym.v1.min.js',
      title,
      slug: 'a',
    });
    const inline = /<script>([\s\S]*?)<\/script>$/.exec(pym);
    // The inline script is the last element: nothing in the title closed it early.
    expect(inline?.[1]).toMatch(/^new pym\.Parent\(/);
    const calls: unknown[][] = [];
    const pymLibrary = {
      Parent: function (...args: unknown[]) {
        calls.push(args);
      },
    };
    new Function('pym', inline![1]!)(pymLibrary);
    expect(calls).toEqual([['defector-route-a', 'https://example.org/embed/a/', { title }]]);
  });
});
