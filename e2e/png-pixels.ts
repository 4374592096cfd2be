import type { Page } from '@playwright/test';

/** A decoded screenshot: RGBA bytes, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: number[];
}

/**
 * Decodes PNG screenshots with the browser's own decoder, on a blank page of the same context
 * (no page's content policy, no forced colours: an image drawn to a canvas keeps its pixels).
 */
export async function decodePngs(page: Page, pngs: readonly Buffer[]): Promise<Pixels[]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      (sources) =>
        Promise.all(
          sources.map(async (src) => {
            const image = new Image();
            image.src = src;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.naturalWidth;
            canvas.height = image.naturalHeight;
            const context = canvas.getContext('2d');
            if (!context) throw new Error('no 2D canvas');
            context.drawImage(image, 0, 0);
            const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
            return { width: canvas.width, height: canvas.height, data: Array.from(data) };
          }),
        ),
      pngs.map((png) => `data:image/png;base64,${png.toString('base64')}`),
    );
  } finally {
    await blank.close();
  }
}

/** Each pixel as [r, g, b]. */
export const rgbOf = ({ data }: Pixels): [number, number, number][] =>
  Array.from({ length: data.length / 4 }, (_, i) => [
    data[4 * i]!,
    data[4 * i + 1]!,
    data[4 * i + 2]!,
  ]);

/** How far apart two colours are: the largest difference of a channel, 0–255. */
export const colourDistance = (a: readonly number[], b: readonly number[]): number =>
  Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));

/** The share of pixels (0–1) farther than `tolerance` from `colour`. */
export function shareUnlike(pixels: Pixels, colour: readonly number[], tolerance = 24): number {
  const rgb = rgbOf(pixels);
  return rgb.filter((p) => colourDistance(p, colour) > tolerance).length / rgb.length;
}

/** The share of pixels (0–1) at which two same-sized images differ by more than `tolerance`. */
export function shareDiffering(a: Pixels, b: Pixels, tolerance = 24): number {
  const pa = rgbOf(a);
  const pb = rgbOf(b);
  const n = Math.min(pa.length, pb.length);
  let differing = 0;
  for (let i = 0; i < n; i++) if (colourDistance(pa[i]!, pb[i]!) > tolerance) differing++;
  return differing / n;
}
