import type { Locator, Page } from '@playwright/test';
import { formatAddress } from '../../src/address/address.ts';
import { createSiteServer } from '../../src/build/site-server.ts';
import { stopHost } from '../host-pages.ts';
import { collectProblems } from '../page-errors.ts';
import { editions } from '../story-content.ts';
import { expectAtCardHeight } from '../wordpress.ts';
import { expect, test } from './fixtures.ts';
import { blockPost, embedBlock, pastedAddress } from './posts.ts';
import { freePort, THEMES, type ThemeKind } from './wordpress-site.ts';
import { escapeRegExp } from '../escape-regexp.ts';

/**
 * Our sections embedded in a real WordPress (Debian's package, see wordpress-site.ts): posts
 * published through WordPress's PHP, read in Chromium as a visitor would. WordPress discovers
 * the oEmbed on the site's page, filters its html, prints it sandboxed and hidden, and its own
 * wp-embed.js shows and sizes it. The only test-only change to WordPress is the must-use plugin
 * php/loopback-oembed.php, which lets it discover oEmbed on a loopback host. What the model in
 * e2e/wordpress-host.spec.ts still covers and this cannot: wp-embed.js starting after the
 * embed has spoken, and every step of every section at every phone width.
 */
test.describe.configure({ timeout: 120_000 });

/** Phone columns from 320 px up, and a desktop. */
const WIDTHS = [320, 360, 390, 430, 1280];

type Edition = (typeof editions)[number];
/**
 * A step's address as "Share" gives it (1-based, as readers count; the codec's stepIndex is
 * 0-based).
 */
const addressOf =
  (kind: 'section' | 'embed') =>
  (site: string, edition: Edition, slug: string, step = 1) =>
    site + formatAddress({ kind, locale: edition.locale.path, slug, stepIndex: step - 1 });
const sectionUrl = addressOf('section');
const embedUrl = addressOf('embed');

/**
 * WordPress's iframe is shown (wp-embed.js removed its clip; a theme may add styles of its own)
 * at the card's height.
 */
async function expectShownAtCardHeight(iframe: Locator) {
  await expect(iframe).not.toHaveAttribute('style', /clip/);
  await expectAtCardHeight(iframe);
}

/**
 * At every width: no sideways scroll on the host page, every iframe inside it and its column,
 * every card whole.
 */
async function expectFitsEveryWidth(page: Page, iframes: Locator[]) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
        message: `host page scrolls sideways at ${width} px`,
      })
      .toBeLessThanOrEqual(0);
    for (const iframe of iframes) {
      // Chromium pauses the rendering of cross-origin frames that are off screen: an embed further
      // down the post resizes when the reader reaches it, so it is measured there.
      await iframe.scrollIntoViewIfNeeded();
      const column = await iframe.evaluate((el) => {
        const parent = el.parentElement!.getBoundingClientRect();
        return { left: parent.left, right: parent.right };
      });
      const box = (await iframe.boundingBox())!;
      expect(box.x, `iframe starts off screen at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `iframe wider than the screen at ${width} px`).toBeLessThanOrEqual(
        width,
      );
      expect(
        Math.abs(box.x - column.left) + Math.abs(box.x + box.width - column.right),
        `iframe does not fill its column at ${width} px`,
      ).toBeLessThanOrEqual(1);
      const frame = iframe.contentFrame();
      expect(
        await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth),
        `card scrolls sideways at ${width} px`,
      ).toBeLessThanOrEqual(0);
      await expectShownAtCardHeight(iframe);
    }
  }
}

/**
 * Back to a phone's width, once every card has taken its new height: until then the cards move
 * on the host page as WordPress resizes them, and a tap could land on the wrong thing.
 */
async function backToPhone(page: Page, iframes: Locator[]) {
  await page.setViewportSize({ width: 390, height: 844 });
  await expectCardsShown(iframes);
}

/** Each iframe, reached as a reader would, shown at its card's height as WordPress sets it. */
async function expectCardsShown(iframes: Locator[]) {
  for (const iframe of iframes) {
    await iframe.scrollIntoViewIfNeeded();
    await expectShownAtCardHeight(iframe);
  }
}

for (const edition of editions) {
  const ui = edition.ui;
  // A section whose first step quotes a report (every kind of link), and one with several steps.
  const section = edition.sections.find((s) => (s.steps[0]?.quotes.length ?? 0) > 0)!;
  const other = edition.sections.find((s) => s !== section && s.steps.length >= 3)!;
  const lang = edition.locale.lang;

  for (const theme of Object.keys(THEMES) as ThemeKind[]) {
    test.describe(`${lang}, ${THEMES[theme]} (${theme} theme)`, () => {
      test.use({ viewport: { width: 390, height: 844 } });

      test('a pasted address: shown, sized, fits every column, steps, links move the host', async ({
        page,
        wordpress,
        site,
      }) => {
        const problems = collectProblems(page);
        const address = sectionUrl(site, edition, section.slug);
        const [post] = await wordpress.publish(theme, [
          { title: `Pasted: ${section.title}`, content: pastedAddress(address) },
        ]);
        await page.goto(post!.url);

        const iframe = page.locator('iframe.wp-embedded-content');
        await expect(iframe).toHaveCount(1);
        // WordPress's own markup: sandboxed, with the secret it sizes through, our embed address.
        await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
        await expect(iframe).toHaveAttribute(
          'src',
          new RegExp(`^${escapeRegExp(embedUrl(site, edition, section.slug))}#\\?secret=\\w+$`),
        );
        const frame = iframe.contentFrame();
        await expect(frame.getByRole('heading', { level: 1, name: section.title })).toBeVisible();
        await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
        await expect(frame.locator('.story-map svg path').first()).toBeVisible();
        await expectShownAtCardHeight(iframe);

        await expectFitsEveryWidth(page, [iframe]);
        await backToPhone(page, [iframe]);

        // Steps, and WordPress follows the card's height.
        await frame.getByRole('button', { name: ui.nextStep }).click();
        await expect(frame.locator('.embed-step.is-current .step-text')).toHaveText(
          section.steps[1]!.text,
        );
        await expectShownAtCardHeight(iframe);

        // A link in the card moves the host page (wp-embed.js follows the embed's message).
        await frame.getByRole('link', { name: ui.fullStory }).click();
        await expect(page).toHaveURL(sectionUrl(site, edition, section.slug, 2));
        expect(problems).toEqual([]);
      });

      test('two embed blocks, one a step link: each its own card, the link at its step', async ({
        page,
        wordpress,
        site,
      }) => {
        const problems = collectProblems(page);
        const content = blockPost(
          embedBlock(sectionUrl(site, edition, section.slug), ui.siteName),
          embedBlock(sectionUrl(site, edition, other.slug, 2), ui.siteName),
        );
        const [post] = await wordpress.publish(theme, [{ title: 'Two embeds', content }]);
        await page.goto(post!.url);

        const iframes = page.locator('iframe.wp-embedded-content');
        await expect(iframes).toHaveCount(2);
        const [first, second] = [iframes.nth(0), iframes.nth(1)];
        await expect(page.locator('figure.wp-block-embed iframe.wp-embedded-content')).toHaveCount(
          2,
        );
        // The step link's card opens at its step.
        await expect(second).toHaveAttribute(
          'src',
          new RegExp(`^${escapeRegExp(embedUrl(site, edition, other.slug, 2))}#\\?secret=\\w+$`),
        );
        await expect(second.contentFrame().locator('.embed-step.is-current .step-text')).toHaveText(
          other.steps[1]!.text,
        );
        await expect(first.contentFrame().locator('.embed-step.is-current .step-text')).toHaveText(
          section.steps[0]!.text,
        );
        for (const iframe of [first, second])
          await expect(iframe.contentFrame().locator('.story-map svg path').first()).toBeVisible();

        await expectFitsEveryWidth(page, [first, second]);
        await backToPhone(page, [first, second]);

        // Stepping one card leaves the other where it was.
        await first.contentFrame().getByRole('button', { name: ui.nextStep }).click();
        await expect(first.contentFrame().locator('.embed-step.is-current .step-text')).toHaveText(
          section.steps[1]!.text,
        );
        await expect(second.contentFrame().locator('.embed-step.is-current .step-text')).toHaveText(
          other.steps[1]!.text,
        );

        // The first card's new step may change its height: once WordPress has applied it the
        // second card stops moving (a click aimed at a card still moving can land elsewhere).
        await expectCardsShown([first, second]);
        // Sharing from inside WordPress's sandbox: no clipboard there, so the link to copy, and
        // no console error.
        await second.contentFrame().getByRole('button', { name: ui.share }).click();
        await expect(second.contentFrame().getByRole('textbox')).toHaveValue(
          sectionUrl(site, edition, other.slug, 2),
        );
        expect(problems).toEqual([]);
      });
    });
  }
}

test.describe('WordPress’s oEmbed cache', () => {
  const edition = editions[0]!;
  const section = edition.sections[0]!;

  for (const theme of Object.keys(THEMES) as ThemeKind[]) {
    test(`${THEMES[theme]}: failures cached till the address changes; reloads from cache`, async ({
      page,
      wordpress,
    }) => {
      // The site on an address of its own, so that what WordPress asks of it can be counted. Its
      // pages' oEmbed links still name the build's origin, which serves the oEmbed document.
      const port = await freePort();
      const own = `http://127.0.0.1:${port}`;
      const asked: string[] = [];
      const server = createSiteServer({
        dist: 'dist',
        base: '/',
        onRequest: (url) => asked.push(url),
      });
      const iframe = page.locator('iframe.wp-embedded-content');
      const address = `${own}/s/${section.slug}/`;
      const [post] = await wordpress.publish(theme, [
        { title: 'While the site was down', content: pastedAddress(address) },
      ]);
      try {
        // The site is down when the post is first viewed: WordPress prints the address as text…
        await page.goto(post!.url);
        await expect(page.getByText(address, { exact: true })).toBeVisible();
        await expect(iframe).toHaveCount(0);
        expect(Object.values(await wordpress.oembedCache(theme, post!.id))).toEqual([
          '{{unknown}}',
        ]);

        // …and keeps doing so once it is back: neither a reload nor saving the same text asks
        // again.
        await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
        await page.reload();
        await wordpress.update(theme, post!.id, pastedAddress(address));
        await page.reload();
        await expect(page.getByText(address, { exact: true })).toBeVisible();
        await expect(iframe).toHaveCount(0);
        expect(asked).toEqual([]);

        // The remedy the README gives: change the address (here to its step 1), update the post.
        const changed = `${address}?step=1`;
        await wordpress.update(theme, post!.id, pastedAddress(changed));
        await page.reload();
        await expect(
          iframe.contentFrame().getByRole('heading', { level: 1, name: section.title }),
        ).toBeVisible();
        expect(asked).toEqual([`/s/${section.slug}/?step=1`]);

        // A reload is served from WordPress's cache: the site is not asked again.
        await page.reload();
        await expect(
          iframe.contentFrame().getByRole('heading', { level: 1, name: section.title }),
        ).toBeVisible();
        expect(asked).toHaveLength(1);
        const cached = Object.entries(await wordpress.oembedCache(theme, post!.id)).filter(
          ([, html]) => html.includes('<iframe'),
        );
        expect(cached).toHaveLength(1);
      } finally {
        await stopHost({ server });
      }
    });
  }
});
