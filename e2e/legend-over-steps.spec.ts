/**
 * On a phone the step cards scroll over the map: the legend, the key to what the map shades and
 * draws, must stay in sight while its step is read. At each step's reading position (its card's
 * top where a link to the step lands it, and scrolled on until the card's end is in view) the
 * active card leaves the legend clear, or passes under it; never over it.
 */
import { expect, test, type Page } from '@playwright/test';
import { pathsFor } from '../src/address/paths.ts';
import { legendItems } from '../src/components/map/legend-items.ts';
import { waitForHydration, waitForScrollRest } from './page-ready.ts';
import { editions } from './story-content.ts';

test.use({ viewport: { width: 390, height: 844 } });

/** Scrolls by the mouse wheel, as a reader does (headless touch does not scroll), and rests. */
async function scrollBy(page: Page, dy: number) {
  await page.mouse.wheel(0, dy);
  await waitForScrollRest(page);
}

/**
 * Whether the legend is on top at a few points inside it: nothing lies over it there, neither a
 * card nor the steps' transparent layer (which would also keep a tap from its folded Key button).
 */
const legendOnTop = (page: Page) =>
  page.evaluate(() => {
    const legend = document.querySelector('.map-caption .map-legend');
    const box = legend?.getBoundingClientRect();
    if (!legend || !box) return [];
    return [0.1, 0.5, 0.9].map((fx) => {
      const hit = document.elementFromPoint(box.left + fx * box.width, box.top + box.height / 2);
      return hit !== null && legend.contains(hit);
    });
  });

const boxes = (page: Page, index: number) =>
  page.evaluate((index) => {
    const card = document.querySelectorAll('.step')[index]!.getBoundingClientRect();
    const legend = document.querySelector('.map-caption .map-legend')?.getBoundingClientRect();
    return {
      card: { top: card.top, bottom: card.bottom },
      legend: legend ? { top: legend.top, bottom: legend.bottom } : null,
      landing: 0.57 * innerHeight,
      height: innerHeight,
    };
  }, index);

for (const edition of editions) {
  const path = pathsFor(edition.locale).story();
  // The steps whose map has something to key, by their place in the story.
  const keyed = edition.sections
    .flatMap((section) => section.steps)
    .flatMap((step, index) => (legendItems(step.map, edition).length > 0 ? [index] : []));
  test(`${path} at 390×844: no step card covers the legend of the step it is read at`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    await waitForHydration(page);
    await page.mouse.move(195, 600);
    const steps = page.locator('.step');
    expect(keyed.length).toBeGreaterThan(5);
    for (const i of keyed) {
      // Where a link to the step lands its card: its top at the landing margin.
      const at = await boxes(page, i);
      await scrollBy(page, at.card.top - at.landing);
      await expect(steps.nth(i)).toHaveClass(/is-active/);
      const landed = await boxes(page, i);
      expect(landed.legend, `step ${i} has a legend`).not.toBeNull();
      expect(
        landed.card.top >= landed.legend!.bottom || landed.card.bottom <= landed.legend!.top,
        `step ${i}: card ${landed.card.top}–${landed.card.bottom}, ` +
          `legend ${landed.legend!.top}–${landed.legend!.bottom}`,
      ).toBe(true);
      expect(await legendOnTop(page), `step ${i} landed`).toEqual([true, true, true]);
      // Read on to the card's end: the card may pass under the legend, never over it.
      const end = await boxes(page, i);
      await scrollBy(page, Math.max(0, end.card.bottom - end.height));
      await expect(steps.nth(i)).toHaveClass(/is-active/);
      expect(await legendOnTop(page), `step ${i} read to its end`).toEqual([true, true, true]);
    }
  });
}
