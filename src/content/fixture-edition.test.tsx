/**
 * A third language is data only: its folder in data/ and one entry in data/locales.json. The
 * fixture here is a pseudo-French edition built from the real English words (each wrapped in
 * ⟦…⟧, as a pseudo-localisation marks text), written into a copy of data/, never to disk. With
 * no code changed, the build's validator takes it as an edition, the checks hold it to the
 * reports, and the server renders its pages under /fr/ in its own language.
 */
import { describe, expect, it } from 'vitest';
import { realFiles } from './edit-real-content.ts';
import { validateContent, type ContentFiles } from './validate-content.ts';
import { render, routesOf } from '../entry-server.tsx';

const source = validateContent(realFiles).content;
if (!source) throw new Error('data/ does not validate');
const pseudo = (text: string) => `⟦${text}⟧`;
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** data/fr/…: every word file of an edition, translated by pseudo(). */
function pseudoFrench(): ContentFiles {
  const s = source!;
  const files: ContentFiles = { ...realFiles };
  const locales = JSON.parse(realFiles['data/locales.json'] ?? '{}') as { locales: unknown[] };
  locales.locales.push({
    id: 'fr',
    lang: 'fr',
    intl: 'fr-FR',
    ogLocale: 'fr_FR',
    name: 'Français',
    path: 'fr',
  });
  files['data/locales.json'] = json(locales);
  const quote = (q: { text: string; speaker: string }) => ({
    text: pseudo(q.text),
    original: q.text,
    speaker: pseudo(q.speaker),
  });
  const ui = Object.fromEntries(Object.entries(s.ui).filter(([k]) => k !== '$comment'));
  // River names stay names: the step texts (wrapped whole) must contain them as written.
  files['data/fr/ui.json'] = json(
    Object.fromEntries(
      Object.entries(ui).map(([k, v]) => [k, k.startsWith('river') ? v : pseudo(v)]),
    ),
  );
  files['data/fr/check-words.json'] = realFiles['data/check-words.json'] ?? '';
  files['data/fr/story.json'] = json({
    title: pseudo(s.story.title),
    kicker: pseudo(s.story.kicker),
    description: pseudo(s.story.description),
    lede: pseudo(s.story.lede),
    caveat: pseudo(s.story.caveat),
    opening: { text: pseudo(s.story.opening.text), quotes: s.story.opening.quotes.map(quote) },
    closing: { title: pseudo(s.story.closing.title), text: pseudo(s.story.closing.text) },
  });
  for (const section of s.sections) {
    files[`data/fr/sections/${section.slug}.json`] = json({
      title: pseudo(section.title),
      description: pseudo(section.description),
      steps: section.steps.map((st) => ({
        text: pseudo(st.text),
        quotes: st.quotes.map(quote),
        map: {
          description: pseudo(st.map.description),
          highlight: st.map.highlight.map((h) => (h.label ? { label: pseudo(h.label) } : {})),
        },
      })),
    });
  }
  const names = (items: Record<string, { name: string }> | { id: string; name: string }[]) =>
    json({
      names: Object.fromEntries(
        Object.values(items).map((i: { id?: string; name: string }, n) => [
          i.id ?? Object.keys(items)[n],
          pseudo(i.name),
        ]),
      ),
    });
  files['data/fr/regions.json'] = names(s.regions);
  files['data/fr/places.json'] = names(s.places);
  files['data/fr/orientation.json'] = names(s.orientation);
  files['data/fr/outlets.json'] = json({
    outlets: Object.fromEntries(
      Object.values(s.outlets).map((o) => [o.id, { name: o.name, aliases: o.aliases }]),
    ),
  });
  files['data/fr/reports.json'] = json(
    Object.fromEntries(
      Object.values(s.reports).map((r) => [
        r.id,
        {
          relation: pseudo(r.relation),
          ...(r.date.precision === 'undated' && r.date.note !== undefined
            ? { dateNote: pseudo(r.date.note) }
            : {}),
        },
      ]),
    ),
  );
  files['data/fr/routes.json'] = json(
    Object.fromEntries(
      Object.values(s.routes).map((r) => [r.id, { label: pseudo(r.label), note: pseudo(r.note) }]),
    ),
  );
  files['data/fr/travel.json'] = json({
    upstream: Object.fromEntries(s.travel.upstream.map((u) => [u.id, pseudo(u.label)])),
  });
  files['data/fr/corrections.json'] = json({
    corrections: Object.fromEntries(
      s.corrections.map((c) => [c.id, { what: pseudo(c.what), why: pseudo(c.why) }]),
    ),
  });
  return files;
}

describe('a third edition, added as data only', () => {
  const files = pseudoFrench();
  const result = validateContent(files);
  const fr = result.editions?.find((e) => e.locale.id === 'fr');

  it('is validated and assembled like the others', () => {
    expect(result.errors).toEqual([]);
    expect(result.editions?.map((e) => e.locale.id)).toEqual(['en', 'ko', 'zh-hans', 'fr']);
    expect(fr?.sections[0]?.title).toBe(pseudo(source.sections[0]?.title ?? ''));
  });

  it('is held to the reports by the same checks', () => {
    const broken = {
      ...files,
      'data/fr/story.json': (files['data/fr/story.json'] ?? '').replace(
        '"lede": "⟦',
        '"lede": "⟦En 2021, ',
      ),
    };
    expect(validateContent(broken).errors).toEqual([
      expect.objectContaining({
        file: 'data/fr/story.json',
        field: 'lede',
        problem: expect.stringContaining('"2021"'),
      }),
    ]);
  });

  it('has its pages rendered under /fr/, in French, with its twins in every edition', () => {
    if (!fr) throw new Error('no fixture edition');
    const routes = routesOf(fr);
    expect(routes).toEqual(
      expect.arrayContaining([
        '/fr/',
        `/fr/s/${source.sections[1]?.slug}/`,
        `/fr/embed/${source.sections[1]?.slug}/`,
        '/fr/sources/',
        '/fr/read/',
      ]),
    );
    const page = render(`/fr/s/${source.sections[1]?.slug}/`, fr);
    expect(page.meta.lang).toBe('fr');
    expect(page.meta.ogLocale).toBe('fr_FR');
    expect(page.meta.alternates.map((a) => a.path)).toEqual([
      `/s/${source.sections[1]?.slug}/`,
      `/ko/s/${source.sections[1]?.slug}/`,
      `/zh-hans/s/${source.sections[1]?.slug}/`,
      `/fr/s/${source.sections[1]?.slug}/`,
    ]);
    expect(page.html).toContain(pseudo(source.sections[1]?.title ?? ''));
    expect(page.html).toContain(`href="/fr/sources/"`);
    // The English page now links its French twin too.
    const english = render('/', result.editions![0]!);
    expect(english.html).toMatch(/<a[^>]*href="\/fr\/"[^>]*hrefLang="fr"[^>]*>Français<\/a>/);
    // The embed carries its edition and its section's words.
    const embed = render(`/fr/embed/${source.sections[1]?.slug}/`, fr);
    expect(embed.data.content.locale.id).toBe('fr');
    expect(embed.data.page).toEqual({
      kind: 'embed',
      locale: 'fr',
      slug: source.sections[1]?.slug,
    });
    expect(embed.html).toContain(pseudo(source.sections[1]?.steps[0]?.text ?? ''));
  });
});
