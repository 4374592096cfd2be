import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import { QuoteCaptionLines, speakerIsOutlet } from './quote-caption.tsx';

const { editions } = validateContent(readContentFiles(process.cwd()));
if (!editions) throw new Error('data/ does not validate: run npm run check:content');

/** Every quote of an edition, with its report. */
const quotesOf = (edition: (typeof editions)[number]) =>
  [edition.story.opening, ...edition.sections.flatMap((s) => s.steps)]
    .flatMap((step) => step.quotes)
    .map((quote) => ({ quote, report: edition.reports[quote.report]! }));

const caption = (edition: (typeof editions)[number], q: ReturnType<typeof quotesOf>[number]) =>
  renderToStaticMarkup(
    <QuoteCaptionLines
      quote={q.quote}
      report={q.report}
      content={edition}
      link={(name) => <a href={q.report.url}>{name}</a>}
    />,
  );
/** The caption's words, less its date (whose words may name the outlet: "spoke to Daily NK"). */
const words = (html: string) => html.replace(/<time[^]*?<\/time>/g, '').replace(/<[^>]+>/g, '');
const count = (text: string, name: string) => text.split(name).length - 1;

describe.each(editions.map((e) => [e.locale.id, e] as const))('quote captions (%s)', (_, e) => {
  const quotes = quotesOf(e);
  const own = quotes.filter((q) => speakerIsOutlet(q.quote, q.report, e));
  const others = quotes.filter((q) => !speakerIsOutlet(q.quote, q.report, e));

  it('name the outlet once, still linked, where the outlet is the speaker', () => {
    // The story quotes outlets in their own words (Mint, Daily NK, Voices Against Autocracy).
    expect(own.length).toBeGreaterThan(0);
    for (const q of own) {
      const name = e.outlets[q.report.outlet]!.name;
      const html = caption(e, q);
      expect(count(words(html), name), html).toBe(1);
      expect(html).toContain(`<cite><a href="${q.report.url}">${name}</a></cite>`);
      expect(html).toMatch(/^<span class="quote-speaker quote-source">/);
    }
  });

  it('keep the speaker and the source on lines of their own otherwise', () => {
    expect(others.length).toBeGreaterThan(0);
    for (const q of others) {
      const html = caption(e, q);
      expect(html).toMatch(/^<span class="quote-speaker">[^<]+<\/span><span class="quote-source">/);
      expect(html).toContain(`<a href="${q.report.url}">${e.outlets[q.report.outlet]!.name}</a>`);
    }
  });
});
