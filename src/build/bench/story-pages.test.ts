import { describe, expect, it } from 'vitest';
import { benchPages, pickSectionSlug } from './story-pages.ts';

describe('pickSectionSlug and benchPages', () => {
  it('takes the 4th section, or the last one of a shorter story', () => {
    expect(pickSectionSlug(['a', 'b', 'c', 'd', 'e'])).toBe('d');
    expect(pickSectionSlug(['a', 'b'])).toBe('b');
    expect(() => pickSectionSlug([])).toThrow();
  });
  it('measures the story, the deep link and the embed of that section', () => {
    expect(benchPages('d').map((p) => p.path)).toEqual(['/', '/s/d/', '/embed/d/']);
    expect(benchPages('d', 'ko').map((p) => p.path)).toEqual(['/ko/', '/ko/s/d/', '/ko/embed/d/']);
  });
});
