import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectProblems } from './page-errors.ts';
import { allSteps, expectedHighlight } from './map-expectations.ts';
import { content } from './story-content.ts';

const topology = JSON.parse(readFileSync('data/geo/region.topo.json', 'utf8'));
const provinceIds: string[] = topology.objects.provinces.geometries.map((g: { id: string }) => g.id);

const highlighted = (page: Page) =>
  page.locator('.story-map .highlights [data-region]').evaluateAll((els) => els.map((e) => e.getAttribute('data-region') ?? '').sort());

test.use({ viewport: { width: 390, height: 844 } });

for (const section of content.sections) {
  test(`prerendered /s/${section.slug}/ and /embed/${section.slug}/ contain the map as SVG paths`, async ({ request }) => {
    for (const path of [`/s/${section.slug}/`, `/embed/${section.slug}/`]) {
      const html = await (await request.get(path)).text();
      const svg = /<svg[^>]*role="img"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
      // The prerendered frame draws the land its view can show (not all of it: see story-map.tsx).
      const land = /<g class="provinces">([^]*?)<\/g>/.exec(svg)?.[1] ?? '';
      expect(land.match(/<path d="M/g)?.length ?? 0, path).toBeGreaterThan(5);
      const shaded = [...svg.matchAll(/data-region="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(shaded).toEqual(expectedHighlight(section.steps[0]!.map, provinceIds));
      expect(html).toContain(section.steps[0]!.map.description.replace(/"/g, '&quot;').replace(/'/g, '&#x27;'));
    }
  });
}

test('scrolling at 390×844 changes the shaded provinces as each step becomes active', async ({ page }) => {
  test.setTimeout(120_000); // a reader's pace of wheel steps; slow on a loaded machine
  const problems = collectProblems(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.mouse.move(195, 600);
  const seen: string[] = [];
  let last = '';
  for (let i = 0; i < 260; i++) {
    // Read the active step and the shading in one go, so a step change cannot fall between.
    const now = await page.evaluate(() => JSON.stringify({
      step: document.querySelector('.step.is-active')?.getAttribute('data-step'),
      regions: Array.from(document.querySelectorAll('.story-map .highlights [data-region]')).map((e) => e.getAttribute('data-region') ?? '').sort(),
    }));
    if (now !== last) { seen.push(now); last = now; }
    if (await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)) break;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(40);
  }
  // Each step that shades something was seen active with exactly its own shading.
  const byStep = new Map(seen.map((s) => JSON.parse(s) as { step: string; regions: string[] }).map((s) => [Number(s.step), s.regions]));
  allSteps.forEach(({ step }, index) => {
    expect(byStep.has(index), `step ${index} became active`).toBe(true);
    expect(byStep.get(index), `shading at step ${index}`).toEqual(expectedHighlight(step.map, provinceIds));
  });
  expect(problems).toEqual([]);
});

test('a deep link lands with its own view, not a replay', async ({ page }) => {
  const section = content.sections.find((s) => s.slug === 'south-korea')!;
  const transforms: string[] = [];
  await page.exposeFunction('recordTransform', (t: string) => transforms.push(t));
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const r of records) if (r.target instanceof Element && r.target.parentElement?.tagName === 'svg' && r.attributeName === 'transform') (window as any).recordTransform(r.target.getAttribute('transform'));
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['transform'] });
  });
  await page.goto(`/s/${section.slug}/`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(await highlighted(page)).toEqual(expectedHighlight(section.steps[0]!.map, provinceIds));
  // At most one jump (to the measured viewport); no animated path through earlier views.
  expect(transforms.length).toBeLessThanOrEqual(1);
});

async function transformsDuringOneStep(page: Page): Promise<number> {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const group = page.locator('.story-map svg > g').first();
  await page.waitForTimeout(1000); // a reader moves on after the page has settled
  const before = await group.getAttribute('transform');
  const count = page.evaluate(() => new Promise<number>((resolve) => {
    const g = document.querySelector('.story-map svg > g');
    const values = new Set<string>();
    const observer = new MutationObserver(() => values.add(g?.getAttribute('transform') ?? ''));
    if (g) observer.observe(g, { attributes: true });
    setTimeout(() => { observer.disconnect(); resolve(values.size); }, 2500);
  }));
  // Keyboard: focus a link in step 2, whose view zooms in on Jilin.
  await page.locator('.step').nth(1).getByRole('link').first().focus();
  const n = await count;
  expect(await group.getAttribute('transform')).not.toBe(before);
  return n;
}

test('reduced motion jumps to the next view; otherwise the camera animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await transformsDuringOneStep(page)).toBe(1);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await transformsDuringOneStep(page)).toBeGreaterThan(5);
});

test.describe('each view, as a phone reader sees it', () => {
  test.use({ reducedMotion: 'reduce' });
  test('screenshots of every step’s map', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    for (const [index, { section, i }] of allSteps.entries()) {
      await page.locator('.step').nth(index).getByRole('link').first().focus();
      await expect(page.locator('.step').nth(index)).toHaveClass(/is-active/);
      // The viewport, not the element: the sticky map's box can land on a fractional pixel.
      await expect(page).toHaveScreenshot(`${section.slug}-${i + 1}.png`, { maxDiffPixelRatio: 0.02, animations: 'disabled', stylePath: 'e2e/map-only.css' });
    }
  });
});

test('a refresh mid-story keeps the step and lands on its view without replaying', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const target = page.locator('.step').nth(9);
  await target.getByRole('link').first().focus();
  await expect(target).toHaveClass(/is-active/);
  await page.waitForTimeout(2000);
  const before = await page.locator('.story-map svg > g').first().getAttribute('transform');
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const active = Number(await page.locator('.step.is-active').getAttribute('data-step'));
  expect(Math.abs(active - 9)).toBeLessThanOrEqual(1);
  if (active === 9) expect(await page.locator('.story-map svg > g').first().getAttribute('transform')).toBe(before);
});
