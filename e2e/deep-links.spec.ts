import { expect, test, type Page } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';
import { escapeRegExp } from './escape-regexp.ts';

test.use({ viewport: { width: 390, height: 844 } });

for (const section of content.sections) {
  test(`/s/${section.slug}/ lands on its section with its map view`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(`/s/${section.slug}/`);
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeInViewport();
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(section.title)}`));
    const firstView = section.steps[0]?.map.description ?? '';
    await expect(page.locator('.map-description')).toContainText(firstView);
    // Still on the right view once scripts have settled (no jump back to the story's start).
    await waitForHydration(page);
    await expect(page.locator('.map-description')).toContainText(firstView);
    expect(problems).toEqual([]);
  });
}

/** Counts scrollIntoView calls made by the page's scripts; `lands` false hides the CSS landing. */
async function countScriptLandings(page: Page, lands: boolean): Promise<void> {
  await page.addInitScript((cssLands) => {
    const w = window as Window & { scriptLandings?: number };
    w.scriptLandings = 0;
    const own = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, ...args) {
      w.scriptLandings! += 1;
      own.apply(this, args);
    };
    if (!cssLands) {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((property: string, value?: string) =>
        property !== 'scroll-initial-target' &&
        (value === undefined
          ? supports(property)
          : supports(property, value))) as typeof CSS.supports;
    }
  }, lands);
}

const landingSection = content.sections[2]!;
const scriptLandings = (page: Page) =>
  page.evaluate(() => (window as Window & { scriptLandings?: number }).scriptLandings);
const landingTop = (page: Page) =>
  page
    .locator(`#section-${landingSection.slug}`)
    .evaluate((el) => el.getBoundingClientRect().top / window.innerHeight);

test('the browser lands a section page at its section before any script: none scrolls', async ({
  page,
}) => {
  await countScriptLandings(page, true);
  await page.goto(`/s/${landingSection.slug}/`);
  await waitForHydration(page);
  // At the landing margin (57 % of the screen's height), where a script would put it.
  expect(await landingTop(page)).toBeCloseTo(0.57, 2);
  expect(await scriptLandings(page)).toBe(0);
});

test('where the browser cannot land it, the script does, at the same place', async ({ page }) => {
  await countScriptLandings(page, false);
  await page.goto(`/s/${landingSection.slug}/`);
  await waitForHydration(page);
  expect(await landingTop(page)).toBeCloseTo(0.57, 2);
  expect(await scriptLandings(page)).toBe(1);
});
