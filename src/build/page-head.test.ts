import { describe, expect, it } from 'vitest';
import { pageHead } from './page-head.ts';

const site = {
  siteName: 'No papers',
  absolute: (path: string) => `https://explainer.example.org${path}`,
};
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

describe('pageHead', () => {
  it('offers the embed as a player card, keeping the large-image card', () => {
    const head = pageHead(section, site);
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(head).toContain(
      '<meta name="twitter:player" content="https://explainer.example.org/embed/a/" />',
    );
    expect(head).toContain('<meta name="twitter:player:width" content="600" />');
    expect(head).toContain('<meta name="twitter:player:height" content="1000" />');
  });
  it("names the page's locale and its twin in every edition, both ways", () => {
    const head = pageHead(section, site);
    expect(head).toContain('<meta property="og:locale" content="en_GB" />');
    expect(head).toContain('<meta property="og:locale:alternate" content="ko_KR" />');
    expect(head).toContain(
      '<link rel="alternate" hreflang="en" href="https://explainer.example.org/s/a/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="ko" href="https://explainer.example.org/ko/s/a/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://explainer.example.org/s/a/" />',
    );
    const korean = pageHead(
      { ...section, lang: 'ko', ogLocale: 'ko_KR', canonicalPath: '/ko/s/a/' },
      site,
    );
    expect(korean).toContain('<meta property="og:locale" content="ko_KR" />');
    expect(korean).toContain('<meta property="og:locale:alternate" content="en_GB" />');
    expect(korean).toContain(
      '<link rel="alternate" hreflang="en" href="https://explainer.example.org/s/a/" />',
    );
  });
  it('has no player on pages without a section', () => {
    expect(
      pageHead({ ...section, kind: 'story', oembedPath: undefined, embedPath: undefined }, site),
    ).not.toContain('twitter:player');
  });
});
