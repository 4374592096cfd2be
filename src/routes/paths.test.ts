import { describe, expect, it } from 'vitest';
import { paths, withBase } from './paths.ts';

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
