import { describe, expect, it } from 'vitest';
import { encodeTextDirective, textDirective, textFragmentUrl } from './text-fragment.ts';

const decode = (fragment: string) => decodeURIComponent(fragment);
/** The directives of an address, split and decoded as a browser reads them. */
function directives(url: string): { start: string; end?: string }[] {
  const at = url.indexOf(':~:');
  expect(at).toBeGreaterThan(0);
  return url
    .slice(at + 3)
    .split('&')
    .map((d) => {
      expect(d.startsWith('text=')).toBe(true);
      const parts = d.slice(5).split(',');
      expect(parts.length).toBeLessThanOrEqual(2);
      return parts.length === 2
        ? { start: decode(parts[0]!), end: decode(parts[1]!) }
        : { start: decode(parts[0]!) };
    });
}

describe('encodeTextDirective', () => {
  it('percent-encodes the directive syntax: dashes, commas and ampersands', () => {
    expect(encodeTextDirective('COVID-19, tests & vaccines')).toBe(
      'COVID%2D19%2C%20tests%20%26%20vaccines',
    );
  });

  it('leaves only the characters the spec allows unencoded', () => {
    const encoded = encodeTextDirective("a-b,c&d e!$'()*+./:;=?@_~#%“’…–—");
    expect(encoded).toMatch(/^[A-Za-z0-9!$'()*+./:;=?@_~%]*$/);
    expect(encoded).not.toMatch(/[-,&# ]/);
    expect(decodeURIComponent(encoded)).toBe("a-b,c&d e!$'()*+./:;=?@_~#%“’…–—");
  });

  it('encodes curly quotes, dashes and other non-ASCII as UTF-8', () => {
    expect(encodeTextDirective('“dogs”')).toBe('%E2%80%9Cdogs%E2%80%9D');
    expect(encodeTextDirective('China–North Korea')).toBe('China%E2%80%93North%20Korea');
    expect(encodeTextDirective('탈북민')).toBe('%ED%83%88%EB%B6%81%EB%AF%BC');
  });
});

describe('textDirective', () => {
  it('matches a short excerpt whole, spacing collapsed', () => {
    expect(textDirective('  Daily NK reported,\n the source  said ')).toEqual({
      start: 'Daily NK reported, the source said',
    });
  });

  it('drops quote marks around a short excerpt (the page may write them either way)', () => {
    expect(textDirective('“treated worse than dogs.”')).toEqual({
      start: 'treated worse than dogs.',
    });
    expect(textDirective('"treated worse than dogs."')).toEqual({
      start: 'treated worse than dogs.',
    });
  });

  it('matches a long excerpt from its first words to its last', () => {
    const passage =
      'China has refused to give the COVID vaccine to North Korean refugees, endangering their ' +
      'lives in the process, according to the US-based Radio Network Voice of America (VOA).';
    expect(textDirective(passage)).toEqual({
      start: 'China has refused to give',
      end: 'Network Voice of America (VOA).',
    });
  });

  it('starts and ends its match clear of quote marks and apostrophes inside the words', () => {
    const passage =
      'She reportedly told CNN, “When I found out, I felt so humiliated … I started crying and ' +
      'asked to leave, but the boss said he had paid a lot of money for me, and I now had a debt ' +
      'towards him.”';
    const d = textDirective(passage);
    expect(d).toEqual({ start: 'She reportedly told CNN,', end: 'had a debt towards him.' });
    const apostrophes =
      "Defectors can't get vaccines in China's northeast because they don't have any ID, " +
      'the source told the paper on Friday';
    const e = textDirective(apostrophes);
    expect(e?.start).not.toMatch(/['’]/);
    expect(e?.end).not.toMatch(/['’]/);
    expect(apostrophes).toContain(e!.start);
    expect(apostrophes).toContain(e!.end!);
  });

  it('ends before a quoted last word rather than across its quote mark', () => {
    expect(
      textDirective('one two three four five six seven eight nine ten eleven “twelve”'),
    ).toEqual({ start: 'one two three four five', end: 'seven eight nine ten eleven' });
  });

  it('never lets the end fold back before the start', () => {
    // The only run clear of quote marks is in the middle: it is the start, and there is no end.
    expect(textDirective('‘a’ ‘b’ c d e f g ‘h’ ‘i’ ‘j’ ‘k’')).toEqual({ start: 'c d e f g' });
  });

  it('gives nothing for an empty excerpt', () => {
    expect(textDirective('   ')).toBeNull();
  });
});

describe('textFragmentUrl', () => {
  const url = 'https://www.example.org/news/a-report/';

  it('adds one text directive to the capture address', () => {
    const href = textFragmentUrl(url, 'the Tumen River');
    expect(href).toBe(`${url}#:~:text=the%20Tumen%20River`);
    expect(directives(href)).toEqual([{ start: 'the Tumen River' }]);
  });

  it('gives each excerpt its own directive, in order', () => {
    const href = textFragmentUrl(url, [
      'Daily NK, a website in Seoul,',
      'even if North Korean defectors in China are sick [with the virus], ' +
        'they cannot obtain treatment.',
    ]);
    expect(href.startsWith(`${url}#:~:text=`)).toBe(true);
    expect(directives(href)).toEqual([
      { start: 'Daily NK, a website in Seoul,' },
      { start: 'even if North Korean defectors', end: 'virus], they cannot obtain treatment.' },
    ]);
    // Commas and dashes inside the words never split a directive.
    expect(href.split('&')).toHaveLength(2);
    expect(href.slice(href.indexOf(':~:'))).not.toMatch(/-/);
  });

  it('keeps a fragment the address already has', () => {
    expect(textFragmentUrl('https://example.org/a#top', 'some words')).toBe(
      'https://example.org/a#top:~:text=some%20words',
    );
  });

  it('leaves the address alone when there are no words', () => {
    expect(textFragmentUrl(url, ['  '])).toBe(url);
  });
});
