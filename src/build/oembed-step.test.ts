import { describe, expect, it } from 'vitest';
import { pathsFor } from '../address/paths.ts';
import { oembedStepPath } from './oembed-step.ts';

const query = (url: string) => `?maxwidth=600&maxheight=1000&url=${encodeURIComponent(url)}&dnt=1`;

describe('oembedStepPath', () => {
  it('maps a pasted step link to the step’s document, as paths.ts names it', () => {
    expect(
      oembedStepPath(
        '/oembed/hiding-in-china.json',
        query('https://example.org/s/hiding-in-china/?step=3'),
      ),
    ).toBe(pathsFor({ path: '', id: 'en' }).oembed('hiding-in-china', 2));
  });
  it('keeps the edition’s folder and a base path', () => {
    expect(oembedStepPath('/ko/oembed/a.json', query('https://example.org/ko/s/a/?step=2'))).toBe(
      pathsFor({ path: 'ko', id: 'ko' }).oembed('a', 1),
    );
    expect(
      oembedStepPath('/base/ko/oembed/a.json', query('https://example.org/base/ko/s/a/?step=2')),
    ).toBe('/base/ko/oembed/a/step-2.json');
  });
  it('serves the section’s own document for step 1, no step, or another page', () => {
    for (const url of [
      'https://example.org/s/a/',
      'https://example.org/s/a/?step=1',
      'https://example.org/s/b/?step=2',
      'https://example.org/ko/s/a/?step=2',
      'https://example.org/',
    ]) {
      expect(oembedStepPath('/oembed/a.json', query(url)), url).toBeNull();
    }
    expect(oembedStepPath('/oembed/a.json', '')).toBeNull();
  });
  it('ignores bad input', () => {
    for (const search of [
      query('not a url'),
      query('https://example.org/s/a/?step=2x'),
      query('https://example.org/s/a/?step=-2'),
      query('https://example.org/s/a/?step=99999'),
      '?url=%E0%A4%A',
      `?url=${'a'.repeat(5000)}`,
    ]) {
      expect(oembedStepPath('/oembed/a.json', search), search).toBeNull();
    }
    expect(
      oembedStepPath('/oembed/../a.json', query('https://example.org/s/a/?step=2')),
    ).toBeNull();
    expect(oembedStepPath('/s/a/', query('https://example.org/s/a/?step=2'))).toBeNull();
  });
});
