import { describe, expect, it } from 'vitest';
import { pageHead } from './page-head.ts';

const site = { siteName: 'No papers', absolute: (path: string) => `https://explainer.example.org${path}` };
const section = {
  kind: 'section' as const,
  title: 'Across the river',
  description: 'd',
  canonicalPath: '/s/a/',
  imagePath: '/social/a.png',
  imageAlt: 'a map',
  oembedPath: '/oembed/a.json',
  embedPath: '/embed/a/',
};

describe('pageHead', () => {
  it('offers the embed as a player card, keeping the large-image card', () => {
    const head = pageHead(section, site);
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(head).toContain('<meta name="twitter:player" content="https://explainer.example.org/embed/a/" />');
    expect(head).toContain('<meta name="twitter:player:width" content="600" />');
    expect(head).toContain('<meta name="twitter:player:height" content="1000" />');
  });
  it('has no player on pages without a section', () => {
    expect(pageHead({ ...section, kind: 'story', oembedPath: undefined, embedPath: undefined }, site)).not.toContain('twitter:player');
  });
});
