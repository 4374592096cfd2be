import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { OEMBED_ALLOWED } from '../src/embed/wordpress-filter.ts';
import { startHost, stopHost, wordpressFiles, type HostFile } from './host-pages.ts';
import { collectProblems } from './page-errors.ts';
import { content } from './story-content.ts';
import {
  allowListInWordPress,
  expectShownAtContentHeight,
  THEME_PADDING,
  WORDPRESS_MAX_HEIGHT as MAX,
  wordpressEmbedFor,
  wordpressFile,
  wordpressPostPage,
  type PostPageOptions,
} from './wordpress.ts';

/**
 * Embedded in a WordPress post, as WordPress really does it: the markup its filter makes of our
 * oEmbed html, and its own wp-embed.js (Debian's wordpress package, see wordpress.ts), on
 * another origin. WordPress hides the iframe until the first message and clamps heights to
 * 200–1000 px; the iframe is sandboxed with scripts only.
 */
const SECRET = 'Ab12Cd34Ef';

/** A section whose first step quotes a report: it has every kind of link. */
const section = content.sections.find((s) => (s.steps[0]?.quotes.length ?? 0) > 0)!;

/** A modelled WordPress post embedding section `slug`: the files a host serves for it. */
async function wordpressPost(
  baseURL: string,
  slug: string,
  options: Omit<PostPageOptions, 'embedHtml'>,
  extra: Record<string, HostFile> = {},
): Promise<Record<string, HostFile>> {
  const embedHtml = await wordpressEmbedFor(baseURL, slug, SECRET);
  return {
    ...wordpressFiles(),
    ...extra,
    '/post.html': wordpressPostPage({ ...options, embedHtml }),
    '/favicon.ico': '',
  };
}

test('the model of WordPress’s oEmbed filter has WordPress’s own allow-list', () => {
  expect(allowListInWordPress(wordpressFile('wp-includes/embed.php'))).toEqual(OEMBED_ALLOWED);
});

test('wp-embed.js loading before the embed: the iframe shows at the card’s height', async ({
  page,
  baseURL,
  host,
}) => {
  const problems = collectProblems(page);
  await page.goto(
    `${await host(await wordpressPost(baseURL!, section.slug, { wpEmbed: 'head' }))}/post.html`,
  );
  await expect(
    page.frameLocator('iframe').getByRole('heading', { level: 1, name: section.title }),
  ).toBeVisible();
  await expectShownAtContentHeight(page);
  // The height follows the card as it steps.
  await page.frameLocator('iframe').getByRole('button', { name: content.ui.nextStep }).click();
  await expect(page.frameLocator('iframe').locator('.embed-step.is-current .step-text')).toHaveText(
    section.steps[1]!.text,
  );
  await expectShownAtContentHeight(page);
  expect(problems).toEqual([]);
});

test('wp-embed.js starting after the embed posted (slow footer scripts) answers “ready”', async ({
  page,
  baseURL,
  host,
}) => {
  const problems = collectProblems(page);
  let release: () => void = () => {};
  const themeScript = new Promise<string>(
    (resolve) => (release = () => resolve('/* a theme script that took its time */')),
  );
  // A probe in the host page notes the embed's first height message, which nobody hears yet.
  const probe =
    `<script>addEventListener('message', function (e) { if (e.data && e.data.message === ` +
    `'height') document.documentElement.setAttribute('data-embed-posted', ''); });</script>`;
  const origin = await host(
    await wordpressPost(
      baseURL!,
      section.slug,
      { wpEmbed: 'after-slow-script', head: probe },
      { '/slow-theme-script.js': () => themeScript },
    ),
  );
  try {
    await page.goto(`${origin}/post.html`, { waitUntil: 'commit' });
    await expect(page.locator('html[data-embed-posted]')).toBeAttached();
    // wp-embed.js is not running yet: WordPress still hides the iframe behind the fallback link.
    await expect(page.locator('iframe.wp-embedded-content')).toHaveAttribute(
      'style',
      /clip: rect\(1px, 1px, 1px, 1px\)/,
    );
    await expect(page.locator('blockquote.wp-embedded-content')).toBeVisible();
    release();
    await expectShownAtContentHeight(page);
    expect(problems).toEqual([]);
  } finally {
    release(); // a held response would keep the host from stopping
  }
});

test.describe('links inside the WordPress embed move the host page', () => {
  let post: Awaited<ReturnType<typeof startHost>> | undefined;
  test.beforeAll(async ({ baseURL }) => {
    post = await startHost(await wordpressPost(baseURL!, section.slug, { wpEmbed: 'head' }));
  });
  test.afterAll(() => stopHost(post));

  const open = async (page: Page) => {
    await page.goto(`${post!.origin}/post.html`);
    await expectShownAtContentHeight(page);
    return page.frameLocator('iframe.wp-embedded-content').locator('.embed-step.is-current');
  };

  test('“Read the full story”, clicked', async ({ page, baseURL }) => {
    const frame = page.frameLocator('iframe.wp-embedded-content');
    await open(page);
    await frame.getByRole('link', { name: content.ui.fullStory }).click();
    await expect(page).toHaveURL(`${baseURL}/s/${section.slug}/`);
  });

  test('a sources link, from the keyboard', async ({ page, baseURL }) => {
    const step = await open(page);
    // The claim line is folded into one disclosure in the card: the reader opens it first.
    await step.locator('.step-sources summary').click();
    const link = step.locator('.step-sources a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/sources\/#report-[a-z0-9-]+$/);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${baseURL}${href}`);
  });

  test(
    'an outlet’s link goes to that report on /sources/ (the sandbox cannot leave for the ' +
      'outlet)',
    async ({ page, baseURL }) => {
      const step = await open(page);
      const quote = section.steps[0]!.quotes[0]!;
      await step.locator('.quote-source a').first().click();
      await expect(page).toHaveURL(`${baseURL}/sources/#report-${quote.report}`);
    },
  );
});

/**
 * Every section at every step fits WordPress's 1000 px at phone widths, so no reader scrolls
 * inside the iframe. Iterates over data/, so rewritten steps and quotes are checked too. One post
 * per section, its window set to each width in turn (as a phone turned, or a window resized):
 * the steps forward at one width, back at the next, so every step is measured at every width.
 */
// 320: a 360 px phone whose theme pads the column by 20 px each side.
const PHONE_COLUMNS = [320, 360, 390, 430];
test.describe(`at ${PHONE_COLUMNS.join(', ')} px wide`, () => {
  // Four widths of four or five steps, each measured until WordPress has applied its height: on
  // a busy 2-core machine one width has taken over 30 s.
  test.describe.configure({ timeout: 120_000 });

  for (const s of content.sections) {
    test(`${s.slug}: every step fits in ${MAX} px`, async ({ page, baseURL, host }) => {
      const column = (width: number) =>
        page.setViewportSize({ width: width + THEME_PADDING, height: 900 });
      await column(PHONE_COLUMNS[0]!);
      await page.goto(
        `${await host(await wordpressPost(baseURL!, s.slug, { wpEmbed: 'head' }))}/post.html`,
      );
      const iframe = page.locator('iframe.wp-embedded-content');
      const frame = page.frameLocator('iframe.wp-embedded-content');
      const stepper = frame.locator('nav.embed-stepper');
      const steps = s.steps.map((_, i) => i);
      let at = 0;
      for (const [turn, width] of PHONE_COLUMNS.entries()) {
        await column(width);
        await expect.poll(async () => (await iframe.boundingBox())?.width).toBe(width);
        // The step control stays one row (a wrapped row costs the card 52 px; a cut one, "Next").
        await expect(stepper).toHaveCount(s.steps.length > 1 ? 1 : 0);
        expect(
          await stepper.evaluateAll((navs) =>
            navs.every(
              (nav) =>
                nav.scrollWidth <= nav.clientWidth &&
                [...nav.children].every(
                  (c) =>
                    c.getBoundingClientRect().top === nav.children[0]!.getBoundingClientRect().top,
                ),
            ),
          ),
          `at ${width} px the step control wraps or overflows`,
        ).toBe(true);
        for (const i of turn % 2 === 0 ? steps : [...steps].reverse()) {
          if (i !== at) {
            const name = i > at ? content.ui.nextStep : content.ui.prevStep;
            await frame.getByRole('button', { name }).click();
            at = i;
          }
          await expect(frame.locator('.embed-step.is-current .step-text')).toHaveText(
            s.steps[i]!.text,
          );
          await expectShownAtContentHeight(page);
          const inner = await frame
            .locator('html')
            .evaluate((html) => html.scrollHeight - html.clientHeight);
          expect(
            inner,
            `at ${width} px step ${i + 1} scrolls inside the iframe`,
          ).toBeLessThanOrEqual(0);
        }
      }
    });
  }
});
