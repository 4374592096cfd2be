import { describe, expect, it } from 'vitest';
import { editionAddress, formatAddress, prerenderPathsFor, stepIndexOf } from './address.ts';
import { parseAddress } from './parse-address.ts';
import { embedPathPattern, pageKinds } from './page-kinds.ts';
import { pathsFor } from './paths.ts';

const paths = pathsFor({ path: '', id: 'en' });

describe('page kinds', () => {
  it("matches each kind's addresses, with or without the trailing slash", () => {
    expect(parseAddress('/')).toEqual({ kind: 'story', locale: '' });
    expect(parseAddress('/s/south-korea/')).toEqual({
      kind: 'section',
      slug: 'south-korea',
      locale: '',
    });
    expect(parseAddress('/embed/south-korea')).toEqual({
      kind: 'embed',
      slug: 'south-korea',
      locale: '',
    });
    expect(parseAddress('/read/')).toEqual({ kind: 'read', locale: '' });
    expect(parseAddress('/sources')).toEqual({ kind: 'sources', locale: '' });
    expect(parseAddress('/s/a/b/')).toEqual({ kind: 'not-found', locale: '' });
    expect(parseAddress('/nope')).toEqual({ kind: 'not-found', locale: '' });
  });

  it("matches an edition's pages in its folder, and only the editions given", () => {
    expect(parseAddress('/ko/', ['', 'ko'])).toEqual({ kind: 'story', locale: 'ko' });
    expect(parseAddress('/ko', ['', 'ko'])).toEqual({ kind: 'story', locale: 'ko' });
    expect(parseAddress('/ko/s/south-korea/', ['', 'ko'])).toEqual({
      kind: 'section',
      slug: 'south-korea',
      locale: 'ko',
    });
    expect(parseAddress('/ko/embed/a/', ['', 'ko'])).toEqual({
      kind: 'embed',
      slug: 'a',
      locale: 'ko',
    });
    expect(parseAddress('/kor/s/a/', ['', 'ko'])).toEqual({ kind: 'not-found', locale: '' });
    expect(parseAddress('/ko/s/a/')).toEqual({ kind: 'not-found', locale: '' });
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
    const at = (path: string, search: string, hash: string, to: string) =>
      editionAddress(parseAddress(path, editions), path, search, hash, to);
    expect(at('/s/a/', '?step=2', '', 'ko')).toBe('/ko/s/a/?step=2');
    expect(at('/ko/sources/', '', '#report-x', '')).toBe('/sources/#report-x');
    expect(at('/ko/no-such/', '?q=1', '', '')).toBe('/');
    expect(at('/404/', '', '', 'ko')).toBe('/ko/');
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
    for (const path of written) expect(parseAddress(path).kind).not.toBe('not-found');
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

describe('the address codec', () => {
  const editions = ['', 'ko'];

  it('reads back every address it writes, in every edition, steps included', () => {
    for (const locale of editions) {
      for (const kind of ['story', 'sources', 'read'] as const) {
        expect(parseAddress(formatAddress({ kind, locale }), editions)).toEqual({ kind, locale });
      }
      for (const kind of ['section', 'embed'] as const) {
        for (const stepIndex of [0, 1, 4]) {
          const address = formatAddress({ kind, locale, slug: 'south-korea', stepIndex });
          const read = parseAddress(address, editions);
          expect(read).toEqual(
            stepIndex
              ? { kind, locale, slug: 'south-korea', stepIndex }
              : { kind, locale, slug: 'south-korea' },
          );
        }
      }
    }
    expect(formatAddress({ kind: 'section', locale: 'ko', slug: 'a', stepIndex: 2 })).toBe(
      '/ko/s/a/?step=3',
    );
    expect(formatAddress({ kind: 'story', stepIndex: 3 })).toBe('/');
    expect(formatAddress({ kind: 'not-found', locale: 'ko' })).toBe('/ko/404.html');
  });

  it('counts ?step from 1 as readers do, and ignores what is not a step', () => {
    expect(stepIndexOf('?step=1')).toBe(0);
    expect(stepIndexOf('?step=3')).toBe(2);
    expect(stepIndexOf('?theme=dark&step=2')).toBe(1);
    for (const bad of ['', '?step=', '?step=-1', '?step=2.5', '?step=1e3', '?step=12345', '?x=2'])
      expect(stepIndexOf(bad)).toBeUndefined();
    expect(stepIndexOf(`?step=2&${'a'.repeat(3000)}`)).toBeUndefined();
    expect(parseAddress('/s/a/?step=2#section-a')).toEqual({
      kind: 'section',
      locale: '',
      slug: 'a',
      stepIndex: 1,
    });
  });

  it('is case-sensitive and never throws on hostile input', () => {
    expect(parseAddress('/S/a/').kind).toBe('not-found');
    expect(parseAddress('/KO/', editions)).toEqual({ kind: 'not-found', locale: '' });
    for (const hostile of [
      '',
      '?',
      '#',
      '//evil.example/s/a/',
      '/s/%E0%A4%A/',
      '/s/<b>/x',
      '\u0000',
    ])
      expect(() => parseAddress(hostile, editions)).not.toThrow();
  });
});
