import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageHead } from './document.tsx';

// vitest.config.ts builds for https://example.org, at the root.
const origin = 'https://example.org';
const pageHead = (meta: ComponentProps<typeof PageHead>['meta']) =>
  renderToStaticMarkup(<PageHead meta={meta} siteName="No papers" />);
const section = {
  kind: 'section' as const,
  title: 'Across the river',
  description: 'd',
  canonicalPath: '/s/a/',
  imagePath: '/social/a.png',
  imageAlt: 'a map',
  oembedPath: '/oembed/a.json',
  embedPath: '/embed/a/',
  lang: 'en',
  ogLocale: 'en_GB',
  alternates: [
    { lang: 'en', ogLocale: 'en_GB', path: '/s/a/' },
    { lang: 'ko', ogLocale: 'ko_KR', path: '/ko/s/a/' },
  ],
};

describe('PageHead', () => {
  it('offers the embed as a player card, keeping the large-image card', () => {
    const head = pageHead(section);
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(head).toContain(`<meta name="twitter:player" content="${origin}/embed/a/"/>`);
    expect(head).toContain('<meta name="twitter:player:width" content="600"/>');
    expect(head).toContain('<meta name="twitter:player:height" content="1000"/>');
  });
  it("names the page's locale and its twin in every edition, both ways", () => {
    const head = pageHead(section);
    expect(head).toContain('<meta property="og:locale" content="en_GB"/>');
    expect(head).toContain('<meta property="og:locale:alternate" content="ko_KR"/>');
    expect(head).toContain(`<link rel="alternate" hrefLang="en" href="${origin}/s/a/"/>`);
    expect(head).toContain(`<link rel="alternate" hrefLang="ko" href="${origin}/ko/s/a/"/>`);
    expect(head).toContain(`<link rel="alternate" hrefLang="x-default" href="${origin}/s/a/"/>`);
    const korean = pageHead({
      ...section,
      lang: 'ko',
      ogLocale: 'ko_KR',
      canonicalPath: '/ko/s/a/',
    });
    expect(korean).toContain('<meta property="og:locale" content="ko_KR"/>');
    expect(korean).toContain('<meta property="og:locale:alternate" content="en_GB"/>');
    expect(korean).toContain(`<link rel="alternate" hrefLang="en" href="${origin}/s/a/"/>`);
  });
  it('has no player on pages without a section', () => {
    expect(
      pageHead({ ...section, kind: 'story', oembedPath: undefined, embedPath: undefined }),
    ).not.toContain('twitter:player');
  });
});
