import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientContent } from './client-content.ts';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('clientContent', () => {
  it('keeps a section\'s title and map views and drops its words', () => {
    const section = read('data/sections/south-korea.json');
    const out = clientContent('/x/data/sections/south-korea.json', section) as { title: string; steps: { text: string; sources: unknown[]; quotes: unknown[]; map: unknown }[] };
    expect(out.title).toBe(section.title);
    expect(out.steps).toHaveLength((section.steps as unknown[]).length);
    expect(out.steps.every((s) => s.text === '' && s.sources.length === 0 && s.quotes.length === 0)).toBe(true);
    expect(out.steps[0]!.map).toEqual((section.steps as { map: unknown }[])[0]!.map);
    expect(JSON.stringify(out)).not.toContain('justice department');
  });
  it('drops the story\'s prose and the travel passages, and leaves interface words alone', () => {
    const story = clientContent('data/story.json', read('data/story.json')) as { title: string; lede: string; sections: string[] };
    expect(story.lede).toBe('');
    expect(story.sections).toEqual(read('data/story.json').sections);
    expect(clientContent('data/travel.json', read('data/travel.json'))).toEqual({ upstream: [], links: [] });
    expect(clientContent('data/ui.json', read('data/ui.json'))).toEqual(read('data/ui.json'));
  });
});
