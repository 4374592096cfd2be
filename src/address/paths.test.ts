import { describe, expect, it } from 'vitest';
import { twinPath } from './address.ts';
import { pathsFor } from './paths.ts';
import { absoluteUrl, withBase } from './site-base.ts';

const paths = pathsFor({ path: '', id: 'en' });
const ko = pathsFor({ path: 'ko', id: 'ko' });

describe('paths', () => {
  it('builds section, embed and sources addresses with trailing slashes', () => {
    expect(paths.section('south-korea')).toBe('/s/south-korea/');
    expect(paths.embed('south-korea')).toBe('/embed/south-korea/');
    expect(paths.sources()).toBe('/sources/');
  });
  it("puts an edition's pages in its folder", () => {
    expect(ko.story()).toBe('/ko/');
    expect(ko.section('a')).toBe('/ko/s/a/');
    expect(ko.embed('a')).toBe('/ko/embed/a/');
    expect(ko.oembed('a')).toBe('/ko/oembed/a.json');
    expect(ko.socialImage('a')).toBe('/ko/social/a.png');
    expect(ko.step('a', 1)).toBe('/ko/s/a/?step=2');
    expect(ko.notFound()).toBe('/ko/404.html');
    expect(ko.download()).toBe('/ko/download/ko.html');
    expect(paths.download()).toBe('/download/en.html');
  });
  it('prefixes the base path for plain links, at the root or in a sub-folder', () => {
    expect(withBase(paths.section('a'), '/')).toBe('/s/a/');
    expect(withBase(paths.section('a'), '/explainer/')).toBe('/explainer/s/a/');
    expect(withBase(paths.story(), '/explainer/')).toBe('/explainer/');
    expect(withBase(ko.story(), '/explainer/')).toBe('/explainer/ko/');
  });
});

describe('twinPath', () => {
  it('finds the same page in another edition, both ways', () => {
    expect(twinPath('/s/a/', '', 'ko')).toBe('/ko/s/a/');
    expect(twinPath('/ko/s/a/', 'ko', '')).toBe('/s/a/');
    expect(twinPath('/', '', 'ko')).toBe('/ko/');
    expect(twinPath('/ko/', 'ko', '')).toBe('/');
    expect(twinPath('/ko', 'ko', '')).toBe('/');
    expect(twinPath('/ko/embed/a/', 'ko', 'zh')).toBe('/zh/embed/a/');
  });
});

describe('absolute and step addresses', () => {
  it('builds absolute URLs from the build-time origin and base', () => {
    expect(absoluteUrl(paths.section('a'), '/explainer/', 'https://example.org')).toBe(
      'https://example.org/explainer/s/a/',
    );
    expect(absoluteUrl(paths.oembed('a'), '/', 'https://example.org')).toBe(
      'https://example.org/oembed/a.json',
    );
  });
  it('numbers steps from 1 and leaves the first step as the section address', () => {
    expect(paths.step('a', 0)).toBe('/s/a/');
    expect(paths.step('a', 2)).toBe('/s/a/?step=3');
  });
});
