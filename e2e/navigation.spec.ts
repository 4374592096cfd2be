import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, systemChromium } from '../src/build/chromium.ts';
import { collectProblems } from './page-errors.ts';
import { waitForHydration } from './page-ready.ts';
import { content } from './story-content.ts';

/**
 * Every link is a page load: no router in the browser. Back and Forward come from the browser's
 * back/forward cache, at the reader's place. Playwright turns that cache off by default
 * (--disable-back-forward-cache); a reader's Chrome has it, so this file puts it back.
 */
test.use({
  viewport: { width: 390, height: 844 },
  launchOptions: {
    executablePath: systemChromium(),
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

test('no script the site serves carries a router', () => {
  const scripts = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  for (const file of scripts) {
    const code = readFileSync(`dist/assets/${file}`, 'utf8');
    expect(code, file).not.toContain('may be used only in the context of a <Router>');
    expect(code, file).not.toContain('You cannot render a <Router> inside another <Router>');
  }
});

test('a link loads its page; Back returns from the back/forward cache at the same place', async ({
  page,
}) => {
  const problems = collectProblems(page);
  const section = content.sections[2]!;
  await page.goto(`/s/${section.slug}/`);
  await waitForHydration(page);
  await page.mouse.move(200, 400);
  const landed = page.url();
  await page.mouse.wheel(0, 1800);
  // Wait for the address to follow the reader (the story writes it once the page rests).
  await expect(page).not.toHaveURL(landed);
  const left = page.url();
  await page.evaluate(() => {
    addEventListener('pageshow', (e) => Object.assign(window, { restored: e.persisted }));
    // Where the page was as it was left (a click may scroll its link into view first).
    addEventListener('pagehide', () => Object.assign(window, { leftAt: scrollY }));
    Object.assign(window, { sameDocument: true });
  });

  // A citation in the step being read: a report's entry on the sources page.
  await page.locator('.step.is-active .step-sources a').first().click();
  await expect(page).toHaveURL(/\/sources\/#report-[a-z0-9-]+$/);
  await expect(page.locator('main h1')).toHaveText(content.ui.sourcesTitle);
  const report = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${report}"]`)).toBeInViewport();
  await waitForHydration(page);
  // A new document: nothing of the story page's window came along.
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
  await expect(page).toHaveTitle(new RegExp(`^${content.ui.sourcesTitle}`));

  // A page from the cache fires pageshow, not load.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(left);
  await expect.poll(() => page.evaluate(() => 'restored' in window)).toBe(true);
  const { restored, leftAt, y } = await page.evaluate(() => {
    const w = window as unknown as { restored: boolean; leftAt: number };
    return { restored: w.restored, leftAt: w.leftAt, y: scrollY };
  });
  expect(restored).toBe(true);
  expect(leftAt).toBeGreaterThan(300);
  expect(y).toBe(leftAt);

  // A link into the story from the sources page lands at its section, by the browser itself.
  await page.goForward({ waitUntil: 'commit' });
  await expect(page.locator('main h1')).toHaveText(content.ui.sourcesTitle);
  await page.locator('.report-used-in a', { hasText: section.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/s/${section.slug}/$`));
  await expect(page.locator(`#section-${section.slug} .step-text`).first()).toBeInViewport();
  expect(problems).toEqual([]);
});
