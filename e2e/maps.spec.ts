import { expect, test, type Page } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { allSteps, expectedHighlight, highlighted, provinceIds } from './map-expectations.ts';
import { content } from './story-content.ts';
import { activateStep, waitForScrollRest } from './page-ready.ts';
import { MAP_LINES } from '../src/geo/map-style.ts';

/** The labels are placed for the camera the drawing shows (not one it has left). */
async function expectLabelsForDrawnCamera(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.querySelector('.map-labels')?.getAttribute('data-camera-at') ===
          document.querySelector('.story-map svg > g')?.getAttribute('transform'),
      ),
    )
    .toBe(true);
}
test.use({ viewport: { width: 390, height: 844 } });

for (const section of content.sections) {
  test(`prerendered /s/${section.slug}/ and /embed/${section.slug}/ hold the map as SVG`, async ({
    request,
  }) => {
    for (const path of [`/s/${section.slug}/`, `/embed/${section.slug}/`]) {
      const html = await (await request.get(path)).text();
      const svg = /<svg[^>]*role="img"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
      // The prerendered frame draws the land its view can show (not all of it: see story-map.tsx).
      const land = /<g class="provinces">([^]*?)<\/g>/.exec(svg)?.[1] ?? '';
      expect(land.match(/<path d="M/g)?.length ?? 0, path).toBeGreaterThan(5);
      const shaded = [...svg.matchAll(/data-region="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(shaded).toEqual(expectedHighlight(section.steps[0]!.map, provinceIds));
      expect(html).toContain(
        section.steps[0]!.map.description.replace(/"/g, '&quot;').replace(/'/g, '&#x27;'),
      );
    }
  });
}

test('scrolling at 390×844 changes the shaded provinces as each step becomes active', async ({
  page,
}) => {
  test.setTimeout(120_000); // a reader's pace of wheel steps; slow on a loaded machine
  const problems = collectProblems(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.mouse.move(195, 600);
  const activated = new Set<number>();
  for (let i = 0; i < 260; i++) {
    const step = Number(await page.locator('.step.is-active').getAttribute('data-step'));
    if (!activated.has(step)) {
      activated.add(step);
      // The reader pauses at each new step: the map shows exactly its shading.
      await expect
        .poll(() => highlighted(page), { message: `shading at step ${step}` })
        .toEqual(expectedHighlight(allSteps[step]!.step.map, provinceIds));
    }
    if (
      await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      )
    )
      break;
    await page.mouse.wheel(0, 300);
    // A reader's pace: the next look comes once the page has stopped moving.
    await waitForScrollRest(page);
  }
  allSteps.forEach((_, index) =>
    expect(activated.has(index), `step ${index} became active`).toBe(true),
  );
  expect(problems).toEqual([]);
});

/**
 * Records, from the page's first script on, every camera transform written and every flight
 * started (an animation of the drawing).
 */
async function recordCamera(page: Page): Promise<{ transforms: string[]; flights: number[] }> {
  const seen = { transforms: [] as string[], flights: [] as number[] };
  await page.exposeFunction('recordTransform', (t: string) => seen.transforms.push(t));
  await page.exposeFunction('recordFlight', () => seen.flights.push(1));
  await page.addInitScript(() => {
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<typeof animate>) {
      if (this.classList.contains('map-drawing')) (window as any).recordFlight();
      return animate.apply(this, args);
    };
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target instanceof Element && r.target.parentElement?.tagName === 'svg')
          (window as any).recordTransform(r.target.getAttribute('transform'));
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['transform'],
    });
  });
  return seen;
}

test('a deep link lands with its own view, not a replay', async ({ page }) => {
  const section = content.sections.find((s) => s.slug === 'south-korea')!;
  const view = expectedHighlight(section.steps[0]!.map, provinceIds);
  const seen = await recordCamera(page);
  const runtime: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/map-runtime-')) runtime.push(r.url());
  });
  await page.goto(`/s/${section.slug}/`);
  await page.waitForLoadState('networkidle');
  // The browser lands the page (CSS) on the prerendered frame of the section's view: no script
  // moves it, so the map runtime waits for the reader's first move, as on the story's start.
  expect(await highlighted(page)).toEqual(view);
  expect(runtime).toEqual([]);
  expect(seen.transforms).toEqual([]);
  await page.keyboard.press('Shift');
  await expect(page.locator('.map-canvas[data-settled]')).toHaveCount(1);
  expect(runtime).toHaveLength(1);
  expect(await highlighted(page)).toEqual(view);
  // At most one jump (to the measured viewport); no flight through earlier views.
  expect(seen.transforms.length).toBeLessThanOrEqual(1);
  expect(seen.flights).toEqual([]);
});

/**
 * Moves from step 1 to step 2 (a zoom into Jilin) by keyboard and records what the browser
 * does meanwhile: every value the camera group's transform takes, anything added to the canvas,
 * and how the drawing was animated. Resolves when the map has landed.
 */
async function oneStep(
  page: Page,
): Promise<{ transforms: number; layers: number; animated: boolean; properties: string[] }> {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // A reader's first move fetches the map's runtime (until then the prerendered frame shows the
  // view).
  await page.keyboard.press('Shift');
  // The map has its own geometry and is past the settling that follows a load.
  await expect(page.locator('.map-canvas[data-settled]')).toHaveCount(1);
  const group = page.locator('.story-map svg > g').first();
  const before = await group.getAttribute('transform');
  await page.evaluate(() => {
    const g = document.querySelector('.story-map svg > g');
    const seen = {
      transforms: new Set<string>(),
      layers: 0,
      animated: false,
      properties: new Set<string>(),
    };
    (window as any).__flight = seen;
    new MutationObserver(() => seen.transforms.add(g?.getAttribute('transform') ?? '')).observe(
      g!,
      { attributes: true, attributeFilter: ['transform'] },
    );
    // Anything the flight would build: nodes added to the canvas itself.
    new MutationObserver((records) => {
      for (const r of records) seen.layers += r.addedNodes.length;
    }).observe(document.querySelector('.map-canvas')!, { childList: true });
    // How the drawing is animated, seen frame by frame.
    const drawing = document.querySelector('svg.map-drawing')!;
    const watch = () => {
      for (const a of drawing.getAnimations()) {
        seen.animated ||= a.playState === 'running';
        for (const k of (a.effect as KeyframeEffect).getKeyframes())
          for (const p of Object.keys(k))
            if (!['offset', 'easing', 'composite', 'computedOffset'].includes(p))
              seen.properties.add(p);
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  // Keyboard: focus a link in step 2, whose view zooms in on Jilin.
  await page.locator('.step').nth(1).getByRole('link').first().focus();
  // Landed: the camera has moved, and the drawing is not moved any more.
  await expect(group).not.toHaveAttribute('transform', before ?? '');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const drawing = document.querySelector<SVGSVGElement>('svg.map-drawing')!;
        return drawing.getAnimations().length + drawing.style.transform.length;
      }),
    )
    .toBe(0);
  await expect(page.locator('.map-labels')).not.toHaveClass(/is-hidden/);
  return page.evaluate(() => {
    const seen = (window as any).__flight;
    return {
      transforms: seen.transforms.size,
      layers: seen.layers,
      animated: seen.animated,
      properties: [...seen.properties] as string[],
    };
  });
}

test('reduced motion jumps to the next view; otherwise the camera flies on the compositor', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await oneStep(page)).toEqual({
    transforms: 1,
    layers: 0,
    animated: false,
    properties: [],
  });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // The drawing as painted, moved by its transform alone; nothing is built for the flight, and
  // the drawing itself is written once, on landing.
  expect(await oneStep(page)).toEqual({
    transforms: 1,
    layers: 0,
    animated: true,
    properties: ['transform'],
  });
});

test('the land’s lines keep their screen width at every zoom the story uses', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const zooms = new Set<string>();
  // A phone's column and a wide screen, each for half the story: their cameras zoom differently.
  const half = Math.ceil(allSteps.length / 2);
  for (const [viewport, from, to] of [
    [{ width: 390, height: 844 }, 0, half],
    [{ width: 1440, height: 900 }, half, allSteps.length],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    for (let index = from; index < to; index++) {
      const { section, i, step } = allSteps[index]!;
      await activateStep(page, index);
      // Each line's screen width: its computed stroke-width (a world length, from the camera's
      // --px) times the drawing's scale, to a tenth of a px; null where the view draws no such
      // line. Polled: the map follows the step once its view has settled.
      const shaded = expectedHighlight(step.map, provinceIds).length > 0;
      const px = (w: number | null) => (w === null ? null : w.toFixed(1));
      await expect
        .poll(
          async () =>
            (
              await page.evaluate(() => {
                const width = (selector: string) => {
                  const path = document.querySelector<SVGPathElement>(
                    `.story-map svg.map-drawing ${selector}`,
                  );
                  return path
                    ? parseFloat(getComputedStyle(path).strokeWidth) * (path.getCTM()?.a ?? NaN)
                    : null;
                };
                return [
                  width('.provinces path'),
                  width('.coast'),
                  width('.border'),
                  width('.highlights path'),
                ];
              })
            ).map(px),
          { message: `${section.slug} step ${i + 1}: province, coast, border, highlight` },
        )
        .toEqual(
          [
            MAP_LINES.province.page,
            MAP_LINES.coast.page,
            step.map.border ? MAP_LINES.border.page : null,
            shaded ? MAP_LINES.highlight.page : null,
          ].map(px),
        );
      zooms.add(
        await page.evaluate(
          () =>
            document
              .querySelector<SVGGElement>('.story-map svg.map-drawing g[data-camera]')
              ?.getCTM()
              ?.a.toFixed(3) ?? '',
        ),
      );
    }
  }
  // The widths above were checked at more than two zooms.
  expect(zooms.size).toBeGreaterThan(2);
});

test.describe('each view, as a phone reader sees it', () => {
  test.use({ reducedMotion: 'reduce' });
  test('screenshots of every step’s map', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    for (const [index, { section, step, i }] of allSteps.entries()) {
      await activateStep(page, index);
      // The map takes a view once the page settles at its step (useSettled), and its caption
      // with it: a screenshot before that would hold the last view, stable and wrong.
      await expect(page.locator('.map-description')).toContainText(step.map.description);
      // The viewport, not the element: the sticky map's box can land on a fractional pixel.
      await expect(page).toHaveScreenshot(`${section.slug}-${i + 1}.png`, {
        maxDiffPixelRatio: 0.02,
        animations: 'disabled',
        stylePath: 'e2e/map-only.css',
      });
    }
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
  { width: 844, height: 390 },
]) {
  test(
    `at ${viewport.width}×${viewport.height} every label fits the box it was placed with, and ` +
      `the caption its room`,
    async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      for (const [index, { section, i }] of allSteps.entries()) {
        await activateStep(page, index);
        // The labels are placed for the camera the drawing shows.
        await expectLabelsForDrawnCamera(page);
        const misfits = await page.evaluate(() => {
          const out: string[] = [];
          for (const text of Array.from(
            document.querySelectorAll<SVGTextElement>('.map-labels text'),
          )) {
            const [hw = 0] = (text.dataset.box ?? '').split(',').map(Number);
            // The engine's box (text width plus a 3 px halo each side) holds the text as the
            // browser set it.
            if (text.getBBox().width > 2 * hw)
              out.push(
                `${text.textContent}: ${text.getBBox().width.toFixed(1)} px in ` +
                  `${(2 * hw).toFixed(1)}`,
              );
          }
          const caption = document.querySelector<HTMLElement>('.map-caption');
          const room = caption?.dataset.keepOut?.split(',').map(Number);
          const canvas = document.querySelector('.map-canvas')!.getBoundingClientRect();
          // A caption that shows a legend must have the room the camera left it; with no legend
          // on a phone it is visually empty and needs none.
          if (!caption) out.push('the map has no caption');
          else if (!room) {
            if (caption.querySelector('.map-legend li'))
              out.push('a caption with a legend has no keep-out box');
          } else {
            const r = caption.getBoundingClientRect();
            const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = room;
            if (
              r.left - canvas.left < x0 - 1 ||
              r.top - canvas.top < y0 - 1 ||
              r.right - canvas.left > x1 + 1 ||
              r.bottom - canvas.top > y1 + 1
            )
              out.push(
                `caption ${[r.left, r.top, r.right, r.bottom]
                  .map((v, i) => Math.round(v - (i % 2 ? canvas.top : canvas.left)))
                  .join(',')} outside ${room}`,
              );
          }
          return out;
        });
        expect(misfits, `${section.slug} step ${i + 1}`).toEqual([]);
      }
    },
  );
}

test('a flick through the story moves the map once it stops, not at every step it passes', async ({
  page,
}) => {
  const seen = await recordCamera(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.mouse.move(195, 600);
  // A first move wakes the map; wait until a view change would fly.
  await page.keyboard.press('Shift');
  await expect(page.locator('.map-canvas[data-settled]')).toHaveCount(1);
  // Every step that becomes active on the way, and when, as the page marks it.
  await page.evaluate(() => {
    const passed: [number, string][] = [];
    Object.assign(window, { passed });
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target instanceof Element && r.target.classList.contains('is-active'))
          passed.push([performance.now(), r.target.getAttribute('data-step') ?? '']);
    }).observe(document.querySelector('.scrolly-steps')!, {
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  // The flick: 500 px a frame for 16 frames, driven in the page so no round trip paces it.
  await page.evaluate(async () => {
    for (let i = 0; i < 16; i++) {
      window.scrollBy(0, 500);
      await new Promise(requestAnimationFrame);
    }
  });
  // The flick passed several steps, each marked active as it passed...
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { passed: unknown[] }).passed.length))
    .toBeGreaterThanOrEqual(4);
  const passed = await page.evaluate(
    () => (window as unknown as { passed: [number, string][] }).passed,
  );
  // ...and the map, once the page rests, shows the step it stopped at, labels placed for it.
  const final = Number(await page.locator('.step.is-active').getAttribute('data-step'));
  await expect
    .poll(() => highlighted(page))
    .toEqual(expectedHighlight(allSteps[final]!.step.map, provinceIds));
  await expectLabelsForDrawnCamera(page);
  // One flight where the flick began (the map was at rest) and one where it stopped, at most;
  // a machine too slow to flick (steps 250 ms or more apart, story-route.tsx) allows two more
  // for each such pause, as a reader pausing there would get.
  const pauses = passed.slice(1).filter(([at], i) => at - passed[i]![0] >= 250).length;
  expect(seen.flights.length).toBeLessThanOrEqual(2 + 2 * pauses);
  expect(seen.flights.length).toBeLessThan(passed.length);
});

test('a refresh mid-story keeps the step and lands on its view without replaying', async ({
  page,
}) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await activateStep(page, 9);
  // The address follows the reader once the page rests (story-route.tsx).
  await expect(page).toHaveURL(new RegExp(`/s/${allSteps[9]!.section.slug}/`));
  const seen = await recordCamera(page);
  await page.reload();
  await page.waitForLoadState('networkidle');
  const active = Number(await page.locator('.step.is-active').getAttribute('data-step'));
  expect(Math.abs(active - 9)).toBeLessThanOrEqual(1);
  // The address kept the step's section (and ?step), so the prerendered frame, or the runtime
  // fetched at once when the step is not the section's first, shows its view.
  expect(await highlighted(page)).toEqual(
    expectedHighlight(allSteps[active]!.step.map, provinceIds),
  );
  // The reader moves on: the map is live, having landed once at most.
  await page.keyboard.press('Shift');
  await expect(page.locator('.map-canvas[data-settled]')).toHaveCount(1);
  // Landed on the step's view at once: one jump at most, no flight, labels placed for it.
  expect(seen.transforms.length).toBeLessThanOrEqual(1);
  expect(seen.flights).toEqual([]);
  await expectLabelsForDrawnCamera(page);
});
