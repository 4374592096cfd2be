import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';

const slug = content.sections[2]!.slug;
const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  'red;background:url(javascript:window.__pwned=1)',
  '</style><script>window.__pwned=1</script>',
  // Huge, but within what HTTP servers accept in a request line (~16 KB here).
  'x'.repeat(3000),
  '%00%0d%0a',
];

for (const path of [`/embed/${slug}/`, `/s/${slug}/`]) {
  test(`hostile query strings on ${path} change nothing and raise no error`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(path);
    await waitForHydration(page);
    // Text and element structure: what a hostile value could inject. (Inline animation styles
    // depend on where the page lands, so the raw HTML is not compared; nor is the map's drawing,
    // which no query reaches: its labels follow the map's measured size, re-placed after
    // hydration at a width the prerendered frame was not drawn for, whenever the runtime is in.)
    const snapshot = () =>
      page.locator('main').evaluate((live) => {
        const main = live.cloneNode(true) as Element;
        for (const drawing of main.querySelectorAll('svg')) drawing.remove();
        return {
          text: main.textContent,
          tags: Array.from(main.querySelectorAll('*'))
            .map((el) => el.tagName)
            .join(','),
        };
      });
    const clean = await snapshot();
    for (const value of HOSTILE) {
      const q = encodeURIComponent(value);
      const query =
        value.length > 100
          ? `?theme=${q}&step=${q}#?secret=${q}`
          : `?theme=${q}&accent=${q}&hideTitle=${q}&step=${q}&childId=${q}&${q}=${q}#?secret=${q}`;
      await page.goto(path + query);
      await waitForHydration(page);
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
      const html = await page.content();
      expect(html).not.toContain('__pwned');
      expect(await snapshot()).toEqual(clean);
    }
    expect(problems).toEqual([]);
  });
}
