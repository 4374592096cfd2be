import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { create, type Font } from 'fontkit';
import { legendItems } from '../../components/map/legend-items.ts';
import { mapNames } from '../../components/map/map-names.ts';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import { cjkFaceFile } from '../fonts/cjk-faces.ts';
import { cjkSubsets, withFontFiles } from './card-fonts.ts';
import { fontFamily, CJK_FACES, hasCjk } from '../../geo/card-type.ts';

const HANGUL_FAMILY = CJK_FACES.ko;
import { cardTextWidth } from './card-text.ts';
import { measureLabel, socialImageSvg, type SocialImageInput } from './social-image-svg.tsx';
import { svgText, wrapLines } from './social-text-panel.ts';
import {
  DEJAVU_FILES,
  readRegionTopology,
  socialImageJobs,
  renderPng,
  socialImageSvgs,
  socialWorld,
  writeSocialImages,
} from './write-social-images.ts';

const root = process.cwd();
// The real Korean edition (data/ko/), as the build draws its cards.
const editions = validateContent(readContentFiles(root)).editions ?? [];
const [english, korean] = [editions[0], editions.find((e) => e.locale.id === 'ko')];
if (!english || !korean)
  throw new Error('data/ does not validate, or has no Korean edition: run npm run check:content');
const ko = korean;
const topology = readRegionTopology(root);
const cards = socialImageSvgs({ content: ko, topology, lang: 'ko' });
const world = socialWorld(ko, topology);

/** The panel's text column: x = 64 to 516. */
const TEXT_X = 64;
const TEXT_RIGHT = 516;

/** Titles beyond the fixture's: long, mixed with Latin and digits, one word longer than a line. */
const HARD_TITLES = [
  '중국에서 신분증 없이 십 년 넘게 살아온 탈북 여성들이 전하는 코로나19 시기의 이야기',
  'COVID-19 시기, 중국에 숨어 사는 탈북민',
  '국경의강을건너중국으로숨어든탈북민들의이야기와보도',
];

function koInput(overrides: Partial<SocialImageInput>): SocialImageInput {
  const view = ko.sections[0]!.steps[0]!.map;
  return {
    kicker: ko.story.kicker,
    title: ko.story.title,
    siteName: ko.ui.siteName,
    view,
    world,
    names: mapNames(ko),
    legend: legendItems(view, ko),
    lang: 'ko',
    ...overrides,
  };
}

/** XML text back to characters (the panel writes &apos;, React's markup &#x27;). */
const unescape = (s: string) =>
  s
    .replace(/&apos;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface TextElement {
  markup: string;
  attributes: string;
  text: string;
  x: number;
  y: number;
  size: number;
}

/** The `<text>` elements of a class, with their plain text (tspans taken out). */
function textElements(svg: string, cls: string): TextElement[] {
  return [...svg.matchAll(new RegExp(`<text class="${cls}"([^>]*)>([\\s\\S]*?)</text>`, 'g'))].map(
    (m) => ({
      markup: m[0],
      attributes: m[1] ?? '',
      text: unescape((m[2] ?? '').replace(/<[^>]*>/g, '')),
      x: Number(/ x="([-\d.]+)"/.exec(m[1] ?? '')?.[1]),
      y: Number(/ y="([-\d.]+)"/.exec(m[1] ?? '')?.[1]),
      size: Number(/ font-size="([\d.]+)"/.exec(m[1] ?? '')?.[1]),
    }),
  );
}

const words = (text: string) => text.trim().split(/\s+/).join(' ');

/**
 * Renders an SVG fragment on a white card (1200×630 unless told), as the build does: DejaVu and
 * `fontFiles`, no system fonts. RGBA pixels.
 */
function render(body: string, fontFiles: readonly string[], width = 1200, height = 630): Buffer {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect ` +
    `width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
  return new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      fontFiles: [...DEJAVU_FILES, ...fontFiles],
    },
    logLevel: 'off',
  }).render().pixels;
}

/** Count and horizontal extent of the dark pixels (ink, not the white paper or halo). */
function ink(pixels: Buffer, width = 1200): { count: number; left: number; right: number } {
  let count = 0;
  let left = Infinity;
  let right = -Infinity;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! > 3 * 160) continue;
    count++;
    const x = (i / 4) % width;
    left = Math.min(left, x);
    right = Math.max(right, x + 1);
  }
  return { count, left, right };
}

// Every card of the fixture, plus cards for the hard titles: their subsets, written once.
const hardSvgs = HARD_TITLES.map((title) => socialImageSvg(koInput({ title })));
const subsets = await cjkSubsets([
  ...cards.map((c) => c.svg),
  ...hardSvgs,
  socialImageSvg(koInput({ title: '지린성 두만강' })),
]);
function withSubsets<T>(run: (files: string[]) => T): T {
  return withFontFiles(subsets, run);
}

describe('Korean cards', () => {
  it(
    'carry lang="ko" and xml:lang="ko" on the root, and name the Korean font in their ' +
      'font-family lists',
    () => {
      for (const { svg } of cards) {
        const open = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" ';
        expect(svg.startsWith(`${open}viewBox="0 0 1200 630" lang="ko" xml:lang="ko">`)).toBe(true);
        const families = [...svg.matchAll(/<text [^>]*font-family="([^"]*)"/g)];
        expect(families.length).toBeGreaterThan(5);
        for (const [, family] of families)
          expect(unescape(family!)).toContain(`'${HANGUL_FAMILY}'`);
      }
      const [english0] = socialImageSvgs({ content: english, topology });
      expect(english0!.svg).not.toMatch(/lang=/);
      expect(english0!.svg).not.toContain(HANGUL_FAMILY);
      expect(() => socialImageSvg(koInput({ lang: 'ko"><script' }))).toThrow(
        'not a BCP 47 language tag',
      );
    },
  );

  it('put each run of Hangul in a tspan naming the embedded font, Latin in DejaVu', () => {
    expect(svgText('서해(황해)')).toBe(
      `<tspan font-family="'${HANGUL_FAMILY}'">서해</tspan>(<tspan ` +
        `font-family="'${HANGUL_FAMILY}'">황해</tspan>)`,
    );
    expect(svgText('COVID-19 & 탈북민')).toBe(
      `COVID-19 &amp; <tspan font-family="'${HANGUL_FAMILY}'">탈북민</tspan>`,
    );
    expect(svgText('No papers & no vaccine')).toBe('No papers &amp; no vaccine');
    for (const { svg } of cards) {
      for (const [, body] of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
        const outside = (body ?? '').replace(/<tspan [^>]*>[^<]*<\/tspan>/g, '');
        expect(hasCjk(outside)).toBe(false);
      }
    }
  });

  it(
    'draw Hangul with the subset of Noto Sans KR: the real glyphs, not boxes, whatever other ' +
      'Korean fonts are installed',
    () => {
      const label = (text: string, body = svgText(text)) =>
        `<text x="20" y="55" font-family="${fontFamily('sans', 'ko')}" font-weight="700" ` +
        `font-size="40" fill="#000000">${body}</text>`;
      // Rendered as the build renders a card (renderPng): DejaVu and `files`, no system fonts.
      const card = (body: string, files: readonly string[]) =>
        renderPng(
          `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80">${body}</svg>`,
          files,
        ).png;
      const names = ['지린성', '두만강'];
      // Without the subsets, the two names come out the same (no glyphs, or boxes): no Korean
      // font installed on the machine (Noto Sans CJK, say) stands in.
      const bare = names.map((w) => card(label(w), []));
      expect(bare[0]!.equals(bare[1]!)).toBe(true);
      withSubsets((files) => {
        const drawn = names.map((w) => card(label(w), files));
        expect(drawn[0]!.equals(drawn[1]!)).toBe(false);
        expect(drawn[0]!.equals(bare[0]!)).toBe(false);
        // The subset draws exactly what the full 6 MB Noto Sans KR Bold draws.
        expect(card(label('지린성'), [cjkFaceFile(HANGUL_FAMILY, 700)]).equals(drawn[0]!)).toBe(
          true,
        );
        // Another Korean font loaded first (Noto Sans KR Thin standing in for an installed one)
        // changes nothing: the tspans name the card's font and weight. Without them, fallback
        // picks the other.
        const thin = cjkFaceFile(HANGUL_FAMILY, 700).replace(
          '700Bold/NotoSansKR_700Bold',
          '100Thin/NotoSansKR_100Thin',
        );
        expect(card(label('지린성'), [thin, ...files]).equals(drawn[0]!)).toBe(true);
        expect(card(label('지린성', '지린성'), [thin, ...files]).equals(drawn[0]!)).toBe(false);
      });
    },
  );

  it(
    "measure Hangul with Noto Sans KR's advances (0.92 em a syllable), for labels and the " +
      'panel alike',
    () => {
      expect(cardTextWidth('지린성', 18, 'sans-bold')).toBeCloseTo(3 * 0.92 * 18, 6);
      expect(cardTextWidth('서해(황해)', 15, 'sans')).toBeCloseTo(
        4 * 0.92 * 15 + cardTextWidth('()', 15, 'sans'),
        6,
      );
      expect(measureLabel('지린성', { font: 'sans-bold', size: 18 })).toBeCloseTo(3 * 0.92 * 18, 6);
      // A tracked kind (country: 2 px) sets Hangul untracked; the engine takes the 2 px off again.
      expect(
        measureLabel('북한', { font: 'sans-bold', size: 15, letterSpacing: 2, uppercase: true }) -
          2,
      ).toBeCloseTo(2 * 0.92 * 15, 6);
      // Outside the Korean font's ranges: DejaVu's estimate.
      expect(() => cardTextWidth('\u{20000}', 18, 'sans')).not.toThrow();
      expect(() => cardTextWidth('\u4dbf', 18, 'sans')).toThrow('no glyph');
    },
  );

  it('centre each map label on the box the engine measured for it', () => {
    const card = cards.find((c) => c.job.name === 'hiding-in-china')!.svg;
    const labels = textElements(card, 'label is-(?:region-secondary|country)');
    // Nothing is shaded on this card now (no passage places hiding): its names are the countries'.
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['중국', '북한']));
    withSubsets((files) => {
      for (const label of labels) {
        expect(label.markup).not.toMatch(/letter-spacing|font-style/);
        const at = /translate\(([-\d.]+),([-\d.]+)\)/.exec(label.markup)!;
        const cx = Number(at[1]);
        const size = label.size;
        const measured = measureLabel(label.text, { font: 'sans-bold', size });
        const drawn = ink(
          render(label.markup.replace(/ stroke="[^"]*"/, ' stroke="none"'), files, 640, 630),
          640,
        );
        expect(drawn.count).toBeGreaterThan(0);
        expect(drawn.left).toBeGreaterThanOrEqual(cx - measured / 2 - 1);
        expect(drawn.right).toBeLessThanOrEqual(cx + measured / 2 + 1);
        expect(drawn.right - drawn.left).toBeGreaterThan(measured - 0.2 * size);
      }
    });
  });

  it('keep every title line inside the panel, measured with the real font and as drawn', () => {
    const titles = [
      ...cards.map((c) => ({ svg: c.svg, title: c.job.title })),
      ...hardSvgs.map((svg, i) => ({ svg, title: HARD_TITLES[i]! })),
    ];
    withSubsets((files) => {
      for (const { svg, title } of titles) {
        const lines = textElements(svg, 'title-line');
        expect(lines.length, title).toBeGreaterThan(0);
        expect(lines.length).toBeLessThanOrEqual(4);
        for (const line of lines) {
          const measured = cardTextWidth(line.text, line.size, 'serif-bold');
          expect(line.x).toBe(TEXT_X);
          expect(TEXT_X + measured, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
          const drawn = ink(render(line.markup, files));
          expect(drawn.count).toBeGreaterThan(0);
          expect(drawn.right, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
          // The measure is the font's: the ink ends within a side bearing of it, never past it.
          expect(drawn.right).toBeLessThanOrEqual(TEXT_X + measured + 1);
          expect(drawn.right, line.text).toBeGreaterThan(TEXT_X + measured - 0.15 * line.size);
        }
      }
    });
  });

  it('break Korean only between words (keep-all), in titles, kickers and legends', () => {
    const check = (svg: string, cls: string, whole: string) => {
      const lines = textElements(svg, cls).map((l) => l.text);
      // Shortened with an ellipsis: not all the words are there.
      if (lines.join('').includes('\u2026')) return;
      expect(lines.join(' '), cls).toBe(words(whole));
    };
    for (const { job, svg } of cards) {
      check(svg, 'title-line', job.title);
      check(svg, 'kicker', job.kicker);
      const legend = legendItems(job.view, ko);
      // Legend items follow each other; their lines join back into the items' words.
      const lines = textElements(svg, 'legend').map((l) => l.text);
      expect(lines.join(' ')).toBe(
        legend
          .slice(0, 3)
          .map((item) => words(item.text))
          .join(' '),
      );
    }
    // The long title runs over several lines, each made of whole words.
    const long = textElements(hardSvgs[0]!, 'title-line').map((l) => l.text);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join(' ')).toBe(HARD_TITLES[0]);
    // At any width, a line break falls between words, never inside one.
    const measure = (l: string) => cardTextWidth(l, 40, 'serif-bold');
    const title = ko.sections.find((s) => s.slug === 'no-papers-no-vaccine')!.title;
    const titleWords = new Set(title.split(' '));
    for (let width = 120; width <= 452; width += 7) {
      for (const line of wrapLines(title, width, measure))
        for (const w of line.split(' ')) expect(titleWords.has(w), `${w} at ${width}`).toBe(true);
    }
    // Only a word wider than a whole line is cut, between syllables, as a last resort.
    expect(wrapLines('국경의 강을', 120, measure, true)).toEqual(['국경의', '강을']);
    // Without breakLongWords: whole, like CSS keep-all.
    expect(wrapLines('국경의강을건너', 120, measure)).toEqual(['국경의강을건너']);
    expect(wrapLines('국경의강을건너', 120, measure, true)).toEqual(['국경의', '강을건', '너']);
  });

  it("set Hangul upright and untracked, and leave the English cards' capitals tracked", () => {
    const card = cards.find((c) => c.job.name === 'crossing-the-river')!.svg;
    for (const cls of ['label is-country', 'label is-neighbour', 'label is-sea']) {
      for (const label of textElements(card, cls))
        expect(label.markup, label.text).not.toMatch(/letter-spacing|font-style/);
    }
    expect(textElements(card, 'kicker')[0]!.markup).toContain('letter-spacing="0"');
    // An italic kind (orientation places) with Hangul: upright, its Hangul in the Korean face.
    const seoul = textElements(
      cards.find((c) => c.job.name === 'south-korea')!.svg,
      'label is-orientation-place',
    );
    expect(seoul.map((l) => l.text)).toEqual(['서울']);
    expect(seoul[0]!.markup).not.toMatch(/font-style/);
    expect(unescape(seoul[0]!.markup)).toContain(`<tspan font-family="'${HANGUL_FAMILY}'">서울`);
    const enSeoul = socialImageSvgs({ content: english, topology }).find(
      (c) => c.job.name === 'south-korea',
    )!.svg;
    expect(textElements(enSeoul, 'label is-orientation-place')[0]!.markup).toContain(
      'font-style="italic"',
    );
    const en = socialImageSvgs({ content: english, topology }).find(
      (c) => c.job.name === 'crossing-the-river',
    )!.svg;
    expect(textElements(en, 'label is-country')[0]!.markup).toContain('letter-spacing="2"');
    expect(textElements(en, 'label is-sea')[0]!.markup).toContain('font-style="italic"');
    expect(textElements(en, 'kicker')[0]!.text).toBe(english.story.kicker.toUpperCase());
  });
});

const outDir = mkdtempSync(join(tmpdir(), 'social-images-ko-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const written = await writeSocialImages({ content: ko, topology, outDir, lang: 'ko' });

describe('writeSocialImages with Korean content', () => {
  it('writes every card 1200×630, under 300 KB, the same bytes every time', async () => {
    expect(written.map((w) => w.file)).toEqual(
      socialImageJobs(ko).map((j) => join(outDir, 'social', `${j.name}.png`)),
    );
    for (const w of written) {
      expect([w.width, w.height]).toEqual([1200, 630]);
      expect(w.bytes).toBeLessThan(300 * 1024);
    }
    const again = mkdtempSync(join(tmpdir(), 'social-images-ko-'));
    try {
      await writeSocialImages({ content: ko, topology, outDir: again, lang: 'ko' });
      for (const w of written)
        expect(readFileSync(w.file).equals(readFileSync(w.file.replace(outDir, again)))).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it(
    'embeds only a small subset of Noto Sans KR, per weight, with the characters the cards ' +
      'draw; none for English cards',
    async () => {
      const used = await cjkSubsets(cards.map((c) => c.svg));
      expect(used.map((s) => s.weight)).toEqual([400, 700]);
      for (const s of used) {
        expect(s.font.length).toBeLessThan(40 * 1024);
        const font = create(Buffer.from(s.font)) as Font;
        expect(font.familyName).toBe(HANGUL_FAMILY);
        // fontkit lists U+FFFF, the end mark of the cmap's last segment.
        const mapped = font.characterSet.filter((cp) => cp > 0x7f && cp < 0xffff);
        expect(mapped.length).toBe(s.characters);
        for (const cp of mapped) expect(font.glyphForCodePoint(cp).id).toBeGreaterThan(0);
      }
      const en = socialImageSvgs({ content: english, topology });
      expect(await cjkSubsets(en.map((c) => c.svg))).toEqual([]);
    },
  );

  it('fails loudly on a character the Korean font lacks, rather than drawing a box', async () => {
    const broken = structuredClone(ko);
    broken.sections[0]!.title = '국경의 \u4dbf';
    await expect(
      writeSocialImages({ content: broken, topology, outDir, lang: 'ko' }),
    ).rejects.toThrow('Noto Sans KR has no glyph for "\u4dbf" (U+4DBF): it would draw as a box');
  });
});
