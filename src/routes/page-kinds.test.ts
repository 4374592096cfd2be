import { describe, expect, it } from 'vitest';
import {
  editionAddress,
  embedPathPattern,
  matchPageKind,
  pageKinds,
  prerenderPathsFor,
} from './page-kinds.ts';
import { pathsFor } from './paths.ts';

const paths = pathsFor({ path: '' });

describe('page kinds', () => {
  it("matches each kind's addresses, with or without the trailing slash", () => {
    expect(matchPageKind('/')).toEqual({ kind: 'story', locale: '' });
    expect(matchPageKind('/s/south-korea/')).toEqual({
      kind: 'section',
      slug: 'south-korea',
      locale: '',
    });
    expect(matchPageKind('/embed/south-korea')).toEqual({
      kind: 'embed',
      slug: 'south-korea',
      locale: '',
    });
    expect(matchPageKind('/read/')).toEqual({ kind: 'read', locale: '' });
    expect(matchPageKind('/sources')).toEqual({ kind: 'sources', locale: '' });
    expect(matchPageKind('/s/a/b/')).toEqual({ kind: 'not-found', locale: '' });
    expect(matchPageKind('/nope')).toEqual({ kind: 'not-found', locale: '' });
  });

  it("matches an edition's pages in its folder, and only the editions given", () => {
    expect(matchPageKind('/ko/', ['', 'ko'])).toEqual({ kind: 'story', locale: 'ko' });
    expect(matchPageKind('/ko', ['', 'ko'])).toEqual({ kind: 'story', locale: 'ko' });
    expect(matchPageKind('/ko/s/south-korea/', ['', 'ko'])).toEqual({
      kind: 'section',
      slug: 'south-korea',
      locale: 'ko',
    });
    expect(matchPageKind('/ko/embed/a/', ['', 'ko'])).toEqual({
      kind: 'embed',
      slug: 'a',
      locale: 'ko',
    });
    expect(matchPageKind('/kor/s/a/', ['', 'ko'])).toEqual({ kind: 'not-found', locale: '' });
    expect(matchPageKind('/ko/s/a/')).toEqual({ kind: 'not-found', locale: '' });
    expect(prerenderPathsFor(['a'], ['', 'ko'])).toEqual([
      '/',
      '/s/a/',
      '/embed/a/',
      '/sources/',
      '/read/',
      '/ko/',
      '/ko/s/a/',
      '/ko/embed/a/',
      '/ko/sources/',
      '/ko/read/',
    ]);
    expect(new RegExp(embedPathPattern()).test('/ko/embed/south-korea/')).toBe(true);
  });

  it("switches language to the same page, query and fragment, or the edition's start", () => {
    const editions = ['', 'ko'];
    expect(editionAddress('/s/a/', '?step=2', '', editions, 'ko')).toBe('/ko/s/a/?step=2');
    expect(editionAddress('/ko/sources/', '', '#report-x', editions, '')).toBe(
      '/sources/#report-x',
    );
    expect(editionAddress('/ko/no-such/', '?q=1', '', editions, '')).toBe('/');
    expect(editionAddress('/404/', '', '', editions, 'ko')).toBe('/ko/');
  });

  it('writes every kind but the 404 page from the table', () => {
    const written = prerenderPathsFor(['a', 'b']);
    expect(written).toEqual([
      '/',
      '/s/a/',
      '/s/b/',
      '/embed/a/',
      '/embed/b/',
      '/sources/',
      '/read/',
    ]);
    for (const path of written) expect(matchPageKind(path).kind).not.toBe('not-found');
    expect(new Set(pageKinds.map((k) => k.kind)).size).toBe(pageKinds.length);
    // The app's address helpers make the same addresses the table writes.
    expect(
      [paths.story(), paths.section('a'), paths.embed('a'), paths.sources(), paths.read()].every(
        (p) => prerenderPathsFor(['a']).includes(p),
      ),
    ).toBe(true);
  });

  it("derives the embed loader's allow-list from the embed route", () => {
    const re = new RegExp(embedPathPattern());
    expect(re.test('/embed/south-korea/')).toBe(true);
    expect(re.test('/explainer/embed/south-korea/')).toBe(true);
    expect(re.test('/s/south-korea/')).toBe(false);
    expect(re.test('/embed/South_Korea/')).toBe(false);
    expect(re.test('/embed/a/b/')).toBe(false);
  });
});
