/**
 * The Simplified Chinese edition's link-preview cards (data/zh-hans/), as the build draws them:
 * Han in Noto Sans SC (whose glyphs for an ideograph differ from Noto Sans KR's), every run of it
 * naming that face, drawn with the build's subset and measured with the face's own advances.
 * The Korean cards' fuller checks are in social-image-ko.test.ts; these are the ones a second
 * CJK script could break.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import { CJK_FACES, fontFamily, hasCjk } from '../../geo/card-type.ts';
import { cjkFaceFile } from '../fonts/cjk-faces.ts';
import { cjkSubsets, withFontFiles } from './card-fonts.ts';
import { cardTextWidth } from './card-text.ts';
import { svgText } from './social-text-panel.ts';
import { readRegionTopology, renderPng, socialImageSvgs } from './write-social-images.ts';

const root = process.cwd();
const zh = validateContent(readContentFiles(root)).editions?.find((e) => e.locale.id === 'zh-hans');
if (!zh) throw new Error('data/ does not validate, or has no Chinese edition');
const LANG = zh.locale.lang;
const HAN_FAMILY = CJK_FACES.zh;
const cards = socialImageSvgs({ content: zh, topology: readRegionTopology(root), lang: LANG });
/** A 300×80 card with one bold label. */
const labelSvg = (text: string) =>
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80">' +
  `<text x="20" y="55" font-family="${fontFamily('sans', LANG)}" font-weight="700" ` +
  `font-size="40" fill="#000000">${svgText(text, LANG)}</text></svg>`;
/** The label card rendered as the build renders a card: DejaVu and `files`, no system fonts. */
const labelCard = (text: string, files: readonly string[]) => renderPng(labelSvg(text), files).png;
const NAMES = ['吉林省', '图们江'];
// Subset as the build does, for the cards and the two labels drawn here.
const subsets = await cjkSubsets([...cards.map((c) => c.svg), ...NAMES.map(labelSvg)]);

describe('Chinese cards', () => {
  it('carry lang="zh-Hans" on the root and name Noto Sans SC, never the Korean face', () => {
    expect(cards.length).toBe(zh.sections.length + 1);
    for (const { svg } of cards) {
      expect(svg).toMatch(/^<svg [^>]* lang="zh-Hans" xml:lang="zh-Hans">/);
      expect(svg).toContain(`'${HAN_FAMILY}'`);
      expect(svg).not.toContain(CJK_FACES.ko);
    }
  });

  it('put every run of Han and full-width punctuation in a tspan naming Noto Sans SC', () => {
    expect(svgText('日本海（韩国称东海）', LANG)).toBe(
      `<tspan font-family="'${HAN_FAMILY}'">日本海（韩国称东海）</tspan>`,
    );
    expect(svgText('据Daily NK报道', LANG)).toBe(
      `<tspan font-family="'${HAN_FAMILY}'">据</tspan>Daily NK<tspan ` +
        `font-family="'${HAN_FAMILY}'">报道</tspan>`,
    );
    for (const { svg } of cards)
      for (const [, body] of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g))
        expect(hasCjk((body ?? '').replace(/<tspan [^>]*>[^<]*<\/tspan>/g, ''))).toBe(false);
  });

  it('draw Han with the subset: real glyphs, the full face’s, not boxes or nothing', () => {
    // Without the subsets no installed font stands in: the two names come out alike.
    const bare = NAMES.map((n) => labelCard(n, []));
    expect(bare[0]!.equals(bare[1]!)).toBe(true);
    withFontFiles(subsets, (files) => {
      const drawn = NAMES.map((n) => labelCard(n, files));
      expect(drawn[0]!.equals(drawn[1]!)).toBe(false);
      expect(drawn[0]!.equals(bare[0]!)).toBe(false);
      expect(labelCard('吉林省', [cjkFaceFile(HAN_FAMILY, 700)]).equals(drawn[0]!)).toBe(true);
    });
  });

  it('measure Han with Noto Sans SC’s own advances, a full em each, punctuation included', () => {
    expect(cardTextWidth('吉林省', 18, 'sans-bold', 0, LANG)).toBeCloseTo(3 * 18, 6);
    expect(cardTextWidth('（东海）', 15, 'sans', 0, LANG)).toBeCloseTo(4 * 15, 6);
    // Latin inside keeps DejaVu's widths: a mixed run is the sum of its parts.
    expect(cardTextWidth('据Daily NK报道', 15, 'sans', 0, LANG)).toBeCloseTo(
      3 * 15 + cardTextWidth('Daily NK', 15, 'sans'),
      6,
    );
  });
});
