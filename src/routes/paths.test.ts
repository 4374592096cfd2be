import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, withBase } from './paths.ts';

describe('paths', () => {
  it('builds section, embed and sources addresses with trailing slashes', () => {
    expect(paths.section('south-korea')).toBe('/s/south-korea/');
    expect(paths.embed('south-korea')).toBe('/embed/south-korea/');
    expect(paths.sources()).toBe('/sources/');
  });
  it('prefixes the base path for plain links, at the root or in a sub-folder', () => {
    expect(withBase(paths.section('a'), '/')).toBe('/s/a/');
    expect(withBase(paths.section('a'), '/explainer/')).toBe('/explainer/s/a/');
    expect(withBase(paths.story(), '/explainer/')).toBe('/explainer/');
  });
});

describe('absolute and step addresses', () => {
  it('builds absolute URLs from the build-time origin and base', () => {
    expect(absoluteUrl(paths.section('a'), '/explainer/', 'https://example.org')).toBe('https://example.org/explainer/s/a/');
    expect(absoluteUrl(paths.oembed('a'), '/', 'https://example.org')).toBe('https://example.org/oembed/a.json');
  });
  it('numbers steps from 1 and leaves the first step as the section address', () => {
    expect(paths.step('a', 0)).toBe('/s/a/');
    expect(paths.step('a', 2)).toBe('/s/a/?step=3');
  });
});
