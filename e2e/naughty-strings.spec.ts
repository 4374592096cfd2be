import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectProblems } from './page-errors.ts';
import { slugs } from './story-content.ts';

/**
 * The "big list of naughty strings" (npm big-list-of-naughty-strings), sampled evenly to keep CI
 * fast: every string the site reads from an address (query parameters and path segments).
 */
const all: string[] = JSON.parse(
  readFileSync('node_modules/big-list-of-naughty-strings/blns.json', 'utf8'),
);
const sample = all.filter((s, i) => i % 9 === 0 && s.length > 0 && s.length < 600);
const PARAMS = ['step', 'theme', 'accent', 'hideTitle', 'childId'];

test.describe.configure({ mode: 'parallel' });

// Each string on one of the two kinds of page that read these parameters, alternating: both
// read them through the same address codec, and each load costs a slowed browser a second.
for (const [turn, name, path] of [
  [0, 'embed', `/embed/${slugs[1]}/`],
  [1, 'deep link', `/s/${slugs[1]}/`],
] as const) {
  const strings = sample.filter((_, i) => i % 2 === turn);
  test(
    `${name}: ${strings.length} naughty strings in every query parameter run nothing and raise ` +
      `nothing`,
    async ({ page }) => {
      test.setTimeout(120_000);
      const problems = collectProblems(page);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const leaked: string[] = [];
      for (const value of strings) {
        const q = encodeURIComponent(value);
        await page.goto(`${path}?${PARAMS.map((p) => `${p}=${q}`).join('&')}#?secret=${q}`, {
          waitUntil: 'domcontentloaded',
        });
        await expect(page.locator('main h1, main h2').first()).toBeVisible();
        // Nothing from the address is written into the page (values long and odd enough to
        // recognise).
        const recognisable = value.length > 6 && /[<>"']/.test(value);
        if (recognisable && (await page.content()).includes(value)) leaked.push(value);
      }
      expect(leaked).toEqual([]);
      expect(strings.filter((v) => v.length > 6 && /[<>"']/.test(v)).length).toBeGreaterThan(0);
      expect(dialogs).toBe(0);
      expect(problems).toEqual([]);
    },
  );
}

test(`${sample.length} naughty path segments get the 404 page with the section list`, async ({
  request,
}) => {
  const withoutList: string[] = [];
  let notFound = 0;
  for (const value of sample) {
    const segment = encodeURIComponent(value);
    for (const path of [`/s/${segment}/`, `/embed/${segment}/`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([404, 301]).toContain(response.status());
      // A 404 answer is the 404 page, with the section list (a 301 only adds the slash).
      if (response.status() !== 404) continue;
      notFound++;
      if (!(await response.text()).includes(`href="/s/${slugs[0]}/"`)) withoutList.push(path);
    }
  }
  expect(withoutList).toEqual([]);
  expect(notFound).toBeGreaterThan(0);
});
