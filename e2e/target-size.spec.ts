/**
 * WCAG 2.2 target size (2.5.8) on /read/: every note mark (a sentence's evidence note, a report's
 * note) and every note's way back is at least 24×24 CSS px, and no two overlap, so a finger
 * finds the one it means even where two marks stand side by side ("…Mint⁷,³").
 */
import { expect, test } from '@playwright/test';
import { pathsFor } from '../src/address/paths.ts';
import { editions } from './story-content.ts';

test.use({ viewport: { width: 390, height: 844 } });

const TARGETS = '.evidence-ref a, .note-ref a, .note-back';
/** Sub-pixel layout: boxes may overlap or fall short by less than this. */
const EPSILON = 0.5;

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > EPSILON &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > EPSILON;

for (const edition of editions) {
  const read = pathsFor(edition.locale).read();
  test(`${read}: every note mark is a 24×24 px target, and none overlaps another`, async ({
    page,
  }) => {
    await page.goto(read);
    const boxes: Box[] = await page.locator(TARGETS).evaluateAll((links) =>
      links.map((link) => {
        const r = link.getBoundingClientRect();
        return {
          text: `${link.className || link.parentElement?.className}: ${link.textContent}`,
          x: r.x + window.scrollX,
          y: r.y + window.scrollY,
          width: r.width,
          height: r.height,
        };
      }),
    );
    // The article's marks: one per sentence in its own voice, one per report cited.
    expect(boxes.length).toBeGreaterThan(50);
    expect(boxes.filter((b) => b.width < 24 - EPSILON || b.height < 24 - EPSILON)).toEqual([]);
    const overlapping = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.text} / ${b.text}`] : [])),
    );
    expect(overlapping).toEqual([]);
  });
}
