import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { legendItems } from '../../components/map/legend-items.ts';
import { mapChrome } from '../../components/map/map-chrome.ts';
import { MapDrawing } from '../../components/map/map-drawing.tsx';
import type { MapView } from '../../content/schema.ts';
import { gesturePath, gesturePoints } from '../../geo/gesture-path.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import {
  escapeXml,
  measureLabel,
  SOCIAL_IMAGE,
  socialImageSvg,
  socialMapCamera,
  type SocialImageInput,
} from './social-image-svg.tsx';
import { render } from '../../entry-server.tsx';
import { labelFont, MAP_COLORS, MAP_LINES } from '../../geo/map-style.ts';
import { mapStyleCss } from '../../geo/map-style-css.ts';
import { textWidth } from '../../geo/text-metrics.ts';
import { LABEL_KINDS } from '../../geo/view-labels.ts';
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
      const bare = socialImageSvg(input({ view: hiding }));
      expect(bare).not.toMatch(/fill="url\(#hatch-secondary\)"|fill="#a4161a"|data-region=/);
      // ...while a view with a secondary tone fills it with the hatch the card defines.
      const hatched = socialImageSvg(input({ view: madeUp[0]!, world: withRoutes }));
      expect(hatched).toMatch(/<pattern id="hatch-secondary"/);
      expect(hatched).toMatch(
        /class="province tone-secondary"[^>]* fill="url\(#hatch-secondary\)"/,
      );
    },
  );

  it("names the step's subject and its places: every label kind measures to a width", () => {
    for (const kind of LABEL_KINDS) {
      const width = measureLabel('Seoul', labelFont(kind, 'card'));
      expect(Number.isFinite(width), kind).toBe(true);
      expect(width, kind).toBeGreaterThan(0);
    }
    const southKorea = content.sections.find((s) => s.slug === 'south-korea')!.steps[0]!.map;
    const svg = socialImageSvg(input({ view: southKorea }));
    expect(svg).toMatch(/<text class="label is-region-primary"[^>]*>South Korea<\/text>/);
    expect(svg).toMatch(/<text class="label is-orientation-place"[^>]*>Seoul<\/text>/);
  });

  it('is deterministic', () => {
    expect(socialImageSvg(input())).toBe(socialImageSvg(input()));
  });
});

/** The prerendered page's map drawing (the `role="img"` SVG), as the build writes it. */
function pageDrawing(slug: string): string {
  const html = render(`/s/${slug}/`, content!).html;
  const svg = /<svg[^>]*role="img"[^]*?<\/svg>/.exec(html)?.[0];
  if (!svg) throw new Error(`/s/${slug}/ has no map drawing`);
  return svg;
}

/** The page's map component for a view on a 390×844 phone, as the server renders it. */
function pageMap(view: MapView, onWorld: WorldGeometry = world): string {
  const viewport = { width: 390, height: 844 };
  return renderToStaticMarkup(
    <MapDrawing
      world={onWorld}
      view={view}
      content={content!}
      viewport={viewport}
      chrome={mapChrome(viewport, 'story', legendItems(view, content!), view.description, false)}
      canvas={{ current: null }}
      name="map"
    />,
  );
}

/** The map layers an SVG draws, in order, by class: sea, context, provinces, highlights, … */
const layers = (svg: string) =>
  [
    ...svg.matchAll(
      /<(?:rect|g|path) class="(sea|context|provinces|highlights|border|route(?: is-gesture)?)"/g,
    ),
  ].map((m) => m[1]);

/** Every shaded province with its tone, as "KR-11 tone-primary". */
const shaded = (svg: string) =>
  [...svg.matchAll(/class="province (tone-\w+)" data-region="([^"]+)"/g)]
    .map((m) => `${m[2]} ${m[1]}`)
    .sort();

/**
 * The data has no route and no secondary tone yet: a world with two made-up routes (a way and a
 * gesture, from Jilin to Seoul) and views that draw them over both tones.
 */
const from = world.anchors['CN-JL']!;
const to = world.places['seoul'] ?? world.anchors['KR']!;
const gesture = gesturePath(from, to, 0.3, -1);
const withRoutes: WorldGeometry = {
  ...world,
  routes: {
    ...world.routes,
    way: { d: `M${from.join(',')}L${to.join(',')}`, points: [from, to] },
    gesture: { d: gesture.d, head: gesture.head, points: gesturePoints(from, to, 0.3, -1) },
  },
};
const madeUp: MapView[] = ['way', 'gesture'].map((route) => ({
  ...firstView,
  highlight: [
    { regions: ['CN-JL'], tone: 'secondary' },
    { regions: ['KP'], tone: 'primary' },
  ],
  border: true,
  route,
}));

describe('one renderer', () => {
  it("draws the card's map with the page's layers: same elements, same shading", () => {
    const views = [
      ...content.sections.flatMap((s) => s.steps.map((step) => ({ view: step.map, on: world }))),
      ...madeUp.map((view) => ({ view, on: withRoutes })),
    ];
    const tones = new Set<string>();
    for (const { view, on } of views) {
      const page = pageMap(view, on);
      const card = socialImageSvg(input({ view, world: on }));
      expect(layers(card), view.description).toEqual(layers(page));
      expect(layers(card).slice(0, 4)).toEqual(['sea', 'context', 'provinces', 'highlights']);
      expect(shaded(card), view.description).toEqual(shaded(page));
      for (const s of shaded(card)) tones.add(s.split(' ')[1]!);
      // The gesture's arrowhead: on both, or on neither.
      expect(card.includes('class="route-head"')).toBe(page.includes('class="route-head"'));
    }
    expect([...tones].sort()).toEqual(['tone-primary', 'tone-secondary']);
    expect(layers(pageMap(madeUp[1]!, withRoutes))).toContain('route is-gesture');
    // The prerendered page (its land cut to its frame) shades what the card shades, too.
    for (const section of content.sections) {
      const card = socialImageSvg(input({ view: section.steps[0]!.map }));
      expect(shaded(pageDrawing(section.slug)), section.slug).toEqual(shaded(card));
    }
  });

  it("paints the card from the token table the page's CSS is written from", () => {
    const css = mapStyleCss();
    /** The value the page's stylesheet gives a property for a selector. */
    const rule = (selector: string, property: string) =>
      css
        .split('\n')
        .find((line) => line.startsWith(`${selector}{`))
        ?.match(new RegExp(`[{;]${property}:([^;}]+)`))?.[1];
    const card = socialImageSvg(input({ view: madeUp[1]!, world: withRoutes }));
    const attr = (cls: string, name: string) =>
      new RegExp(`class="${cls}"[^>]* ${name}="([^"]+)"`).exec(card)?.[1];
    expect(attr('sea', 'fill')).toBe(MAP_COLORS.sea);
    expect(attr('sea', 'fill')).toBe(rule('.sea', 'fill'));
    expect(attr('province tone-primary', 'fill')).toBe(rule('.tone-primary', 'fill'));
    expect(attr('province country-KR', 'fill')).toBe(rule('.country-KR', 'fill'));
    expect(attr('route is-gesture', 'stroke')).toBe(rule('.route', 'stroke'));
    expect(attr('route-head', 'fill')).toBe(rule('.route-head', 'fill'));
    const southKorea = content.sections.find((s) => s.slug === 'south-korea')!.steps[0]!.map;
    const seoul = /class="dot is-orientation"[^>]* stroke="([^"]+)"/.exec(
      socialImageSvg(input({ view: southKorea })),
    );
    expect(seoul?.[1]).toBe(rule('.dot.is-orientation', 'stroke'));
    expect(attr('label is-country', 'fill')).toBe(rule('.label.is-country', 'fill'));
    // Line widths: the page's column as CSS (world lengths through the camera's --px), the
    // card's as world lengths at the card's camera.
    const camera = socialMapCamera(withRoutes, madeUp[1]!);
    for (const [cls, line, selector] of [
      ['border', 'border', '.border'],
      ['route is-gesture', 'gesture', '.route.is-gesture'],
    ] as const) {
      expect(rule(selector, 'stroke-width')).toBe(`calc(var(--px)*${MAP_LINES[line].page}px)`);
      const width = Number(attr(cls, 'stroke-width'));
      expect(camera.screenLength(width), cls).toBeCloseTo(MAP_LINES[line].card, 3);
    }
  });
});
