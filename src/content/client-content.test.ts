import { describe, expect, it } from 'vitest';
import { clientContent } from './client-content.ts';
import { realFiles } from './edit-real-content.ts';
import { validateContent } from './validate-content.ts';

const { editions } = validateContent(realFiles);
const [en, ko] = editions ?? [];

describe('clientContent', () => {
  it("keeps each section's title and map views for a site page and drops its words", () => {
    if (!en) throw new Error('content does not validate');
    const out = clientContent(en, 'site', ['travelIntro']);
    expect(out.sections.map((s) => s.title)).toEqual(en.sections.map((s) => s.title));
    expect(
      out.sections
        .flatMap((s) => s.steps)
        .every((s) => s.text === '' && s.sources.length === 0 && s.quotes.length === 0),
    ).toBe(true);
    expect(out.sections[0]?.steps[0]?.map).toEqual(en.sections[0]?.steps[0]?.map);
    expect(JSON.stringify(out)).not.toContain(en.story.lede.slice(0, 40));
    expect(out.travel).toEqual({ upstream: [], links: [] });
    // Interface words the script renders stay; those only server HTML uses are dropped.
    expect(out.ui.share).toBe(en.ui.share);
    expect(out.ui.mapShows).toBe(en.ui.mapShows);
    expect(out.ui.travelIntro).toBe('');
    expect(clientContent(en, { embed: 'south-korea' }, ['travelIntro']).ui).toEqual(en.ui);
  });
  it("keeps an embed's one section whole, and no other", () => {
    if (!ko) throw new Error('no Korean edition');
    const out = clientContent(ko, { embed: 'south-korea' });
    expect(out.sections).toEqual(ko.sections.filter((s) => s.slug === 'south-korea'));
    expect(out.locale.id).toBe('ko');
  });
});
