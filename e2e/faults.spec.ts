import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content, editions } from './story-content.ts';
import { activateStep, expectMapDrawnByBrowser, waitForHydration } from './page-ready.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { pathsFor } from '../src/address/paths.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('without IntersectionObserver every step stays readable and the map follows focus', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.addInitScript(() => {
    // @ts-expect-error: simulating an old browser
    delete window.IntersectionObserver;
  });
  await page.goto('/');
  await waitForHydration(page);
  const hidden = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('.step')).filter(
        (el) => getComputedStyle(el).opacity !== '1',
      ).length,
  );
  expect(hidden).toBe(0);
  await activateStep(page, 9);
  const flat = content.sections.flatMap((s) => s.steps);
  await expect(page.locator('.map-description')).toContainText(flat[9]!.map.description);
  expect(problems).toEqual([]);
});

test('without its map runtime the story steps; the map keeps its first frame and words', async ({
  page,
}) => {
  const problems = collectProblems(page, [
    /Failed to load resource/,
    /Failed to fetch dynamically imported module/,
  ]);
  const aborted: string[] = [];
  await page.route(/\/assets\/map-runtime-[^/]+\.js$/, (route) => {
    aborted.push(route.request().url());
    return route.abort();
  });
  await page.goto('/');
  await waitForHydration(page);
  const step = await activateStep(page, 9);
  // The runtime was asked for (the reader moved) and refused: the fault really happened.
  await expect.poll(() => aborted.length).toBeGreaterThan(0);
  const flat = content.sections.flatMap((s) => s.steps.map((st, i) => ({ s, st, i })));
  const { s: section, st: step9, i: stepIndex } = flat[9]!;
  expect(step9.map.description).not.toBe(flat[0]!.st.map.description);
  // The map has taken step 10's view by now: the address follows the reader once the page has
  // rested (500 ms), longer than the map's settle (250 ms).
  await expect(page).toHaveURL(
    new RegExp(`${escapeRegExp(pathsFor(content.locale).step(section.slug, stepIndex))}$`),
  );
  // The step tells its map state in its own words; the caption stays with the drawing on screen,
  // the prerendered first frame, rather than describe a view nobody can see: through the map's
  // re-render for the new view, and through another for a new size.
  const caption = page.locator('.map-description');
  await expect(step).toContainText(step9.map.description);
  await expect(caption).toContainText(flat[0]!.st.map.description);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.locator('.story-map svg.map-drawing path').first()).toBeVisible();
  await expect(caption).toContainText(flat[0]!.st.map.description);
  expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
});

test('the sticky map is sized in svh: a phone toolbar showing or hiding cannot resize it', async ({
  page,
}) => {
  // Headless Chromium has no toolbar (svh and lvh are equal there), so this checks the cause:
  // the graphic's height comes from the small viewport unit, not 100vh.
  await page.goto('/');
  const heights = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (
          rule instanceof CSSStyleRule &&
          rule.selectorText.includes('.scrolly-graphic') &&
          rule.style.height
        )
          found.push(rule.style.height);
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    return found;
  });
  expect(heights.length).toBeGreaterThan(0);
  for (const h of heights) expect(h).toMatch(/svh/);
  // And a resize re-fits the map at once, without an animated replay (once the browser draws
  // the map itself: before its geometry arrives it shows the prerendered frame).
  await page.waitForLoadState('networkidle');
  // A reader's first move fetches the map's runtime (until then the prerendered frame shows the
  // view).
  await page.keyboard.press('Shift');
  const provinces = JSON.parse(readFileSync('data/geo/region.topo.json', 'utf8')).objects.provinces
    .geometries.length as number;
  await expect(page.locator('.story-map g.provinces path')).toHaveCount(provinces);
  const group = page.locator('.story-map svg > g').first();
  const before = await group.getAttribute('transform');
  await page.setViewportSize({ width: 390, height: 900 });
  // Once the camera has re-fitted, it stays: the next 20 frames all show the same transform
  // (an animated replay would change it frame by frame). Frames are the signal, not a clock.
  await expect.poll(() => group.getAttribute('transform')).not.toBe(before);
  const frames = await group.evaluate(
    (g) =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const tick = () => {
          seen.push(g.getAttribute('transform') ?? '');
          if (seen.length < 20) requestAnimationFrame(tick);
          else resolve(seen);
        };
        requestAnimationFrame(tick);
      }),
  );
  expect(new Set(frames).size).toBe(1);
  expect(frames[0]).not.toBe(before);
});

for (const [name, viewport] of [
  ['landscape phone', { width: 844, height: 390 }],
  ['200% zoom (a 640px-wide desktop)', { width: 640, height: 450 }],
] as const) {
  test(`${name}: the page fits the width and the story reads`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/s/${content.sections[2]!.slug}/`);
    await waitForHydration(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expect(
      page.getByRole('heading', { level: 2, name: content.sections[2]!.title }),
    ).toBeInViewport();
  });
}

test('the map runtime waits for the reader’s first move, then draws the whole map', async ({
  page,
}) => {
  const runtime: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/map-runtime-[^/]+\.js$/.test(r.url())) runtime.push(r.url());
  });
  await page.goto('/');
  await waitForHydration(page);
  // Hydrated, and the prerendered frame is what shows: nothing fetched yet.
  await expect(page.locator('.story-map svg path').first()).toBeVisible();
  expect(runtime).toEqual([]);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => runtime.length).toBe(1);
  await expectMapDrawnByBrowser(page, '/');
});

// The pages most readers never open load their content as a chunk of its own. On a slow network
// the root hydrates long before that chunk arrives; the page must not say it is live until its
// own links are (a click before then goes by the server's href, and the edition switch would drop
// the reader's #fragment). The delay is the fault injected, a slow network; the test waits on
// the page's own signal.
for (const kind of ['sources', 'read'] as const) {
  test(`a slow ${kind} chunk: the page says it is live only once its links are`, async ({
    page,
  }) => {
    const problems = collectProblems(page);
    const chunk = new RegExp(`/assets/${kind}-route-[^/]+\\.js$`);
    const held: string[] = [];
    await page.route(chunk, async (route) => {
      held.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const korean = editions.find((e) => e.locale.path === 'ko')!;
    await page.goto(`/${kind}/`);
    const fragment = await page.locator('main [id]').first().getAttribute('id');
    expect(fragment).toBeTruthy();
    // A fresh load, not a same-document jump to the fragment.
    await page.goto('about:blank');
    held.length = 0;
    await page.goto(`/${kind}/#${fragment}`);
    await waitForHydration(page);
    expect(held.length).toBeGreaterThan(0);
    await page.locator('.language-switch').getByRole('link', { name: korean.locale.name }).click();
    await expect(page).toHaveURL(new RegExp(`/ko/${kind}/#${escapeRegExp(fragment!)}$`));
    expect(problems).toEqual([]);
  });
}
