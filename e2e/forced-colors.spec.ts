/**
 * Forced colours (Windows High Contrast): the browser repaints the page in the reader's system
 * colours but leaves the map's drawing as it is. The legend's swatches must stay the map's
 * paints too, or every swatch becomes the same empty square. Judged from real pixels: element
 * screenshots of the swatches, decoded.
 */
import { expect, test, type Page } from '@playwright/test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { pathsFor } from '../src/address/paths.ts';
import { legendItems, type LegendItem } from '../src/components/map/legend-items.ts';
import { MapLegend } from '../src/components/map/map-legend.tsx';
import { MAP_COLORS } from '../src/geo/map-style.ts';
import { waitForHydration, waitForMapRuntime } from './page-ready.ts';
import { colourDistance, decodePngs, rgbOf, shareDiffering, shareUnlike } from './png-pixels.ts';
import { content } from './story-content.ts';

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
/** Whether some pixel lies within `tolerance` of `colour` (antialiasing blends the edges). */
const shows = (pixels: [number, number, number][], colour: string, tolerance = 20) =>
  pixels.some((p) => colourDistance(p, hex(colour)) <= tolerance);

/** The caption's background in forced colours (the system's Canvas), as [r, g, b]. */
async function captionBackground(page: Page): Promise<number[]> {
  const rgb = await page
    .locator('.map-caption')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  return (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

/** Element screenshots of the legend's swatches, in order, decoded. */
async function swatchPixels(page: Page) {
  const swatches = page.locator('.map-caption .legend-swatch');
  const shots = [];
  for (const swatch of await swatches.all()) shots.push(await swatch.screenshot());
  return decodePngs(page, shots);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
});

test('forced colours: a step’s legend keeps the map’s solid shading and its line', async ({
  page,
}) => {
  // A step whose legend has the solid tone and a line beside it (the border).
  const at = content.sections.flatMap((section) =>
    section.steps.map((step, i) => ({ section, i, kinds: legendItems(step.map, content) })),
  );
  const pick = at.find(
    ({ kinds }) =>
      kinds.some((k) => k.kind === 'primary') && kinds.some((k) => k.kind === 'border'),
  );
  expect(pick, 'a step with a solid shading and the border').toBeDefined();
  await page.goto(pathsFor(content.locale).step(pick!.section.slug, pick!.i));
  await waitForHydration(page);
  await waitForMapRuntime(page);
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  const items = page.locator('.map-caption .map-legend li');
  await expect(items).toHaveCount(pick!.kinds.length);
  await expect(items.first()).toHaveClass(`legend-${pick!.kinds[0]!.kind}`);

  const pixels = await swatchPixels(page);
  const background = await captionBackground(page);
  const solid = pixels[pick!.kinds.findIndex((k) => k.kind === 'primary')]!;
  const line = pixels[pick!.kinds.findIndex((k) => k.kind === 'border')]!;
  // The solid swatch is the map's red, not the system's background…
  expect(shareUnlike(solid, background)).toBeGreaterThan(0.6);
  expect(shows(rgbOf(solid), MAP_COLORS.primary)).toBe(true);
  // …the border's is the map's dark line on a piece of land…
  expect(shareUnlike(line, background)).toBeGreaterThan(0.6);
  expect(shows(rgbOf(line), MAP_COLORS.outline, 40)).toBe(true);
  // …and the two do not look alike.
  expect(shareDiffering(solid, line)).toBeGreaterThan(0.5);
});

test('forced colours: solid and hatched swatches stay apart, as MapLegend draws them', async ({
  page,
}) => {
  // No step of the story shades in the hatched tone yet: the legend MapLegend writes for every
  // kind of item, set into a live page's caption, in the page's own styles.
  const name = (id: string) => content.regions[id]?.name ?? id;
  const items: LegendItem[] = [
    { kind: 'primary', text: name('CN-JL') },
    { kind: 'secondary', text: [name('CN-LN'), name('CN-HL')].join(', ') },
    { kind: 'border', text: content.ui.borderLabel },
    { kind: 'route', text: name('KR') },
    { kind: 'gesture', text: name('CN') },
    { kind: 'orientation', text: content.ui.orientationLabel },
  ];
  const legend = renderToStaticMarkup(
    createElement(MapLegend, { items, folded: false, keyLabel: content.ui.mapKey }),
  );
  await page.goto('/');
  await waitForHydration(page);
  // The legend goes into the runtime's caption, which stays (the server's would be replaced).
  await waitForMapRuntime(page);
  await page.locator('.map-caption').evaluate((caption, html) => {
    caption.querySelector('.map-legend')?.remove();
    caption.insertAdjacentHTML('beforeend', html);
  }, legend);
  await expect(page.locator('.map-caption .legend-swatch')).toHaveCount(items.length);
  await page.locator('.map-caption').screenshot({ path: test.info().outputPath('legend.png') });

  const pixels = await swatchPixels(page);
  const background = await captionBackground(page);
  const [solid, hatched] = pixels;
  // Neither is blank: both are mostly the map's paint, not the system's background.
  for (const [i, swatch] of pixels.entries())
    expect(shareUnlike(swatch, background), items[i]!.kind).toBeGreaterThan(0.5);
  // The solid one is the map's red; the hatched one its two hatch colours, side by side.
  expect(shows(rgbOf(solid!), MAP_COLORS.primary)).toBe(true);
  expect(shows(rgbOf(solid!), MAP_COLORS.hatchLine)).toBe(false);
  expect(shows(rgbOf(hatched!), MAP_COLORS.hatchBg)).toBe(true);
  expect(shows(rgbOf(hatched!), MAP_COLORS.hatchLine)).toBe(true);
  expect(shows(rgbOf(hatched!), MAP_COLORS.primary)).toBe(false);
  // No two kinds of swatch look alike.
  for (let a = 0; a < pixels.length; a++)
    for (let b = a + 1; b < pixels.length; b++)
      expect(
        shareDiffering(pixels[a]!, pixels[b]!),
        `${items[a]!.kind} vs ${items[b]!.kind}`,
      ).toBeGreaterThan(0.1);
});
