import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { legendItems } from '../../components/map/legend-items.ts';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import {
  escapeXml,
  SOCIAL_IMAGE,
  socialImageSvg,
  socialMapCamera,
  type SocialImageInput,
} from './social-image-svg.ts';
import { textWidth } from '../../geo/text-metrics.ts';
import { mapNames } from '../../components/map/map-names.ts';
import { readRegionTopology, socialImageJobs, socialWorld } from './write-social-images.ts';

const root = process.cwd();
const { content } = validateContent(readContentFiles(root));
if (!content) throw new Error('data/ does not validate: run npm run check:content');
const world = socialWorld(content, readRegionTopology(root));
const names = mapNames(content);
const firstView = content.sections[0]!.steps[0]!.map;

function input(overrides: Partial<SocialImageInput> = {}): SocialImageInput {
  return {
    kicker: content!.story.title,
    title: 'A title',
    siteName: content!.ui.siteName,
    view: firstView,
    world,
    names,
    ...overrides,
  };
}

/** y and font-size of every title line. */
function titleLines(svg: string): { y: number; size: number; text: string }[] {
  return [
    ...svg.matchAll(
      /<text class="title-line"[^>]* y="([\d.]+)"[^>]* font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g,
    ),
  ].map((m) => ({
    y: Number(m[1]),
    size: Number(m[2]),
    text: m[3] ?? '',
  }));
}

describe('socialImageSvg', () => {
  it('is a 1200×630 SVG document', () => {
    const svg = socialImageSvg(input());
    const open = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" ';
    expect(svg.startsWith(`${open}viewBox="0 0 1200 630">`)).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const rendered = new Resvg(svg, {
      fitTo: { mode: 'original' },
      font: { loadSystemFonts: false },
    });
    expect([rendered.width, rendered.height]).toEqual([SOCIAL_IMAGE.width, SOCIAL_IMAGE.height]);
  });

  it('escapes the title, kicker and site name for XML', () => {
    const svg = socialImageSvg(
      input({ title: 'Tom & Jerry\'s <"quoted"> test', kicker: 'A & B', siteName: '<Site>' }),
    );
    expect(
      titleLines(svg)
        .map((l) => l.text)
        .join(' '),
    ).toBe('Tom &amp; Jerry&apos;s &lt;&quot;quoted&quot;&gt; test');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;Site&gt;');
    expect(svg).not.toContain('<"quoted">');
    expect(svg).not.toContain('<Site>');
    // Still well-formed: resvg's XML parser rejects the document otherwise.
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
  });

  it('escapeXml handles every special character', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
    expect(escapeXml('a\u0001b')).toBe('ab');
  });

  it('references nothing outside itself', () => {
    for (const job of socialImageJobs(content)) {
      const svg = socialImageSvg(
        input({
          title: job.title,
          kicker: job.kicker,
          view: job.view,
          legend: legendItems(job.view, content),
        }),
      );
      expect(svg.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/http/i);
      expect(svg).not.toMatch(/href|@import|@font-face|<image/i);
      for (const [, ref] of svg.matchAll(/url\(([^)]*)\)/g)) expect(ref).toMatch(/^#[\w-]+$/);
    }
  });

  it('keeps every title line inside the central 1200×600 band', () => {
    const titles = [
      ...socialImageJobs(content).map((j) => j.title),
      'Short',
      'A very long title that goes on and on about the route through China and the reports ' +
        'that describe it in detail',
      'Supercalifragilisticexpialidocious-antidisestablishmentarianism',
    ];
    for (const title of titles) {
      const lines = titleLines(
        socialImageSvg(input({ title, legend: legendItems(firstView, content) })),
      );
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(4);
      for (const { y, size, text } of lines) {
        // DejaVu's full ascent
        expect(y - 0.93 * size).toBeGreaterThanOrEqual(SOCIAL_IMAGE.safeTop);
        expect(y + 0.24 * size).toBeLessThanOrEqual(SOCIAL_IMAGE.safeBottom);
        // ...and stops short of the map (text starts at x = 64, the map at x = 560).
        const raw = text
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        expect(64 + textWidth(raw, size, 'serif-bold')).toBeLessThan(540);
      }
    }
  });

  it('writes the whole title when it fits, and shortens it with an ellipsis when not', () => {
    const title = 'In South Korea, a test without arrest';
    expect(
      titleLines(socialImageSvg(input({ title })))
        .map((l) => l.text)
        .join(' '),
    ).toBe(escapeXml(title));
    const long = titleLines(socialImageSvg(input({ title: 'word '.repeat(80) })));
    expect(long).toHaveLength(4);
    expect(long[3]?.text.endsWith('\u2026')).toBe(true);
  });

  it("fits every view's focus inside the band, on the map side", () => {
    for (const job of socialImageJobs(content)) {
      // The camera works in the map area's pixels; the area starts at x = 560 on the card.
      const camera = socialMapCamera(world, job.view);
      const [[x0, y0], [x1, y1]] = world.viewBounds(job.view.focus);
      const [left, top] = camera.apply([x0, y0]);
      const [right, bottom] = camera.apply([x1, y1]);
      expect(top).toBeGreaterThanOrEqual(SOCIAL_IMAGE.safeTop);
      expect(bottom).toBeLessThanOrEqual(SOCIAL_IMAGE.safeBottom);
      expect(left + 560).toBeGreaterThanOrEqual(560);
      expect(right + 560).toBeLessThanOrEqual(SOCIAL_IMAGE.width);
    }
  });

  it(
    "shades only what a passage places, in the site's colours, and draws no line no passage " +
      'places',
    () => {
      const southKorea = content.sections.find((s) => s.slug === 'south-korea')!.steps[0]!.map;
      const svg = socialImageSvg(input({ view: southKorea }));
      expect(svg).toContain('fill="#a4161a"');
      expect(svg).toContain('stroke="#1c1b19"'); // the border
      // No report describes the way out: the card marks Seoul for orientation and draws no arrow.
      const arrested = content.sections.find((s) => s.slug === 'arrested-on-the-way-out')!.steps[0]!
        .map;
      const card = socialImageSvg(input({ view: arrested }));
      expect(card).not.toMatch(/stroke-dasharray|class="route/);
      expect(card).toContain('stroke="#6b675f"'); // Seoul, for orientation only
      // No report places hiding: the card shades nothing.
      const hiding = content.sections.find((s) => s.slug === 'hiding-in-china')!.steps[0]!.map;
      expect(socialImageSvg(input({ view: hiding }))).not.toMatch(
        /fill="url\(#hatch-map\)"|fill="#a4161a"/,
      );
    },
  );

  it('is deterministic', () => {
    expect(socialImageSvg(input())).toBe(socialImageSvg(input()));
  });
});
