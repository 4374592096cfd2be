/**
 * The editions (data/locales.json): every page has its twin in every other edition, each says
 * so (hreflang, og:locale), a Korean page speaks Korean throughout (its reports' English marked
 * as such), a translated quote keeps its verbatim English original in the HTML, and the
 * language switch keeps the reader's place.
 */
import { expect, test, type Page } from '@playwright/test';
import { prerenderPathsFor, twinPath } from '../src/address/address.ts';
import { collectProblems } from './page-errors.ts';
import { waitForHydration } from './page-ready.ts';
import { editions, slugs } from './story-content.ts';
import { escapeRegExp } from './escape-regexp.ts';

const [english, korean] = editions;
if (!english || !korean) throw new Error('expected an English and a translated edition');
const pagesOf = (edition: typeof english) => prerenderPathsFor(slugs, [edition.locale.path]);
const quotesIn = (s: (typeof english.sections)[number]) =>
  s.steps.reduce((n, st) => n + st.quotes.length, 0);
const mostQuoted = english.sections.reduce((a, b) => (quotesIn(b) > quotesIn(a) ? b : a));

test('every page of every edition names its twins, and each twin names it back', async ({
  request,
}) => {
  for (const edition of editions) {
    for (const path of pagesOf(edition)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${edition.locale.lang}"`);
      expect(html, path).toContain(
        `<meta property="og:locale" content="${edition.locale.ogLocale}"/>`,
      );
      // Every other edition is an og:locale:alternate; every edition, this one too, an hreflang.
      const others = editions.filter((e) => e !== edition).map((e) => e.locale.ogLocale);
      expect(
        [...html.matchAll(/<meta property="og:locale:alternate" content="([^"]+)"\/>/g)].map(
          (m) => m[1],
        ),
        path,
      ).toEqual(others);
      for (const other of editions) {
        const twin = twinPath(path, edition.locale.path, other.locale.path);
        // HTML attribute names are case-insensitive (React writes hrefLang).
        const link = new RegExp(
          `<link rel="alternate" hreflang="${other.locale.lang}" ` +
            `href="[^"]*${escapeRegExp(twin)}"/>`,
          'i',
        );
        expect(html, `${path} → ${twin}`).toMatch(link);
        // And back: the twin exists and links this page.
        const back = await (await request.get(twin)).text();
        expect(back, `${twin} → ${path}`).toMatch(
          new RegExp(
            `<link rel="alternate" hreflang="${edition.locale.lang}" ` +
              `href="[^"]*${escapeRegExp(path)}"/>`,
            'i',
          ),
        );
      }
    }
  }
});

/**
 * The page's words in the reader's language: every text (and every label a screen reader says)
 * whose nearest lang is the page's, with names, codes and addresses taken out, has no run of
 * Latin letters. What may stay is listed, each for a reason.
 */
const ALLOWED_LATIN = new Set([
  // Outlet names as Korean newsrooms write them (데일리NK, NK뉴스, CTN뉴스, 미국의소리(VOA)),
  // and as Chinese ones do, in Latin letters where they have no established Chinese name.
  'NK',
  'VOA',
  'CNN',
  'ANI',
  'CTN',
  'Mint',
  'Daily',
  'News',
  'Voices',
  'Against',
  'Autocracy',
  // A name the report gives in Latin letters; writing it in Hangul would guess its spelling.
  'Lee',
  // The embed options readers type as written (?theme=dark, ?accent=1d4e89, ?hideTitle=1) and
  // the names of the host tools they paste into.
  'theme',
  'dark',
  'accent',
  'd4e89',
  'hideTitle',
  'Pym',
  'js',
  'iframe',
  'WordPress',
  // Two names as the texts spell them, in quotation marks: “NK news” (no text says it is the
  // outlet NK News) and VAA's “a Christian post website” (not a named outlet).
  'news',
  'a',
  'Christian',
  'post',
  'website',
]);

async function foreignWords(page: Page, lang: string): Promise<string[]> {
  return page.evaluate((lang) => {
    const found: string[] = [];
    const own = (el: Element | null) =>
      (el?.closest('[lang]')?.getAttribute('lang') ?? '') === lang;
    const skip = (el: Element | null) =>
      !!el?.closest('code, pre, textarea, script, style, .print-url');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!own(el) || skip(el)) continue;
      found.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
      if (!own(el) || skip(el)) continue;
      for (const attr of ['aria-label', 'title', 'alt']) found.push(el.getAttribute(attr) ?? '');
    }
    found.push(document.title);
    return found.map((t) => t.replace(/https?:\/\/\S+/g, ' '));
  }, lang);
}

for (const translation of editions.slice(1)) {
  const prefix = `/${translation.locale.path}`;

  test(`an unknown address under ${prefix}/ gets the ${translation.locale.name} 404 page`, async ({
    request,
  }) => {
    const response = await request.get(`${prefix}/no-such-page/`);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain(`<html lang="${translation.locale.lang}"`);
    expect(html).toContain(translation.ui.notFoundTitle);
    // Its switch leads to the other edition's start, not to an address that is no page there.
    expect(html).toMatch(new RegExp(`<a href="/" hrefLang="${english.locale.lang}"`));
    expect(await (await request.get('/no-such-page/')).text()).toMatch(
      new RegExp(`<a href="${prefix}/" hrefLang="${translation.locale.lang}"`),
    );
  });

  // Every page but all embeds save one: an embed shows its section's words, and every section
  // page is walked; its own interface is the same for each. The one with the most quotes shows
  // the most of it (clamped quotes and their toggles).
  const embedShown = `/embed/${mostQuoted.slug}/`;
  const speaking = pagesOf(translation).filter(
    (path) => !path.includes('/embed/') || path.endsWith(embedShown),
  );
  for (const path of [...speaking, `${prefix}/no-such-page/`]) {
    test(`${path} speaks its language: no English interface words, the reports' marked`, async ({
      page,
    }) => {
      const problems = collectProblems(
        page,
        path.includes('no-such-page') ? [/404/, /Failed to load resource/] : [],
      );
      await page.goto(path);
      await waitForHydration(page);
      const texts = await foreignWords(page, translation.locale.lang);
      const latin = [
        ...new Set(texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [])),
      ].filter((w) => !ALLOWED_LATIN.has(w));
      expect(latin).toEqual([]);
      // No English interface message, whole, anywhere outside the English the page marks.
      // (Messages with {placeholders} never appear whole; those the editions share, such as "Copy"
      // were it the same, are not English-only.)
      const englishUi = Object.entries(english.ui)
        .filter(
          ([k, v]) =>
            k !== '$comment' &&
            v.length > 3 &&
            !v.includes('{') &&
            translation.ui[k as keyof typeof translation.ui] !== v,
        )
        .map(([, v]) => v);
      const joined = texts.join('\n');
      expect(englishUi.filter((v) => joined.includes(v))).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  test(
    `${translation.locale.id}: a translated quote says so and keeps the verbatim English ` +
      'original ' +
      'in the HTML, for readers without scripts',
    async ({ request }) => {
      for (const section of translation.sections) {
        const html = await (await request.get(`${prefix}/s/${section.slug}/`)).text();
        const embed = await (await request.get(`${prefix}/embed/${section.slug}/`)).text();
        const body = html.slice(
          html.indexOf('<div id="root">'),
          html.indexOf('<script type="application/json"'),
        );
        const embedBody = embed.slice(
          embed.indexOf('<div id="root">'),
          embed.indexOf('<script type="application/json"'),
        );
        for (const quote of section.steps.flatMap((st) => st.quotes)) {
          expect(quote.original, `${section.slug}: ${quote.text}`).toBeTruthy();
          const original = (quote.original ?? '')
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;')
            .replace(/'/g, '&#x27;');
          // The original, in a disclosure that says this is a translation, marked as English.
          const disclosure = new RegExp(
            `<details class="quote-original"><summary><span ` +
              `class="quote-translated">${translation.ui.quoteTranslated}</span>.*?</summary><p ` +
              `lang="${english.locale.lang}">([^<]*)</p></details>`,
            'g',
          );
          for (const [where, page] of [
            ['page', body],
            ['embed', embedBody],
          ] as const) {
            const originals = [...page.matchAll(disclosure)].map((m) => m[1]);
            expect(originals, `${where} ${section.slug}`).toContain(original);
          }
        }
      }
    },
  );

  test(
    `${translation.locale.id}: the header's switch opens the same page in the other ` +
      'edition, with ' +
      'its address as it is at the click',
    async ({ page }) => {
      const problems = collectProblems(page);
      await page.goto('/sources/#report-mint');
      await waitForHydration(page);
      await page
        .locator('.language-switch')
        .getByRole('link', { name: translation.locale.name })
        .click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/sources/#report-mint$`));
      await expect(page.locator('html')).toHaveAttribute('lang', translation.locale.lang);
      // On the story the header is at the top, so reaching it moves the reader there: the switch
      // follows the address as it stands then (the story keeps it with the reader).
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${prefix}/s/hiding-in-china/?step=2`);
      await waitForHydration(page);
      const link = page
        .locator('.language-switch')
        .getByRole('link', { name: english.locale.name });
      await link.scrollIntoViewIfNeeded();
      // At the top, the reader is at the story's first step, and the address says so.
      await expect(page.locator('.step.is-active')).toHaveAttribute('data-step', '0');
      await expect(page).toHaveURL(new RegExp(`${prefix}/s/crossing-the-river/$`));
      await link.click();
      await expect(page).toHaveURL(/\/s\/crossing-the-river\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', english.locale.lang);
      expect(problems).toEqual([]);
    },
  );

  test(`${translation.locale.id}: each section's tools link the same step in English`, async ({
    page,
  }) => {
    const problems = collectProblems(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/s/no-papers-no-vaccine/?step=5');
    await waitForHydration(page);
    // The last step of a section carries its tools: the link there is that step, in Korean.
    const last = page.locator('.step.is-active');
    const active = await last.getAttribute('data-step');
    await last.getByRole('link', { name: translation.locale.name }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/s/no-papers-no-vaccine/\\?step=5$`));
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('lang', translation.locale.lang);
    await expect(page.locator('.step.is-active')).toHaveAttribute('data-step', active ?? '');
    await page.locator('.step.is-active').getByRole('link', { name: english.locale.name }).click();
    await expect(page).toHaveURL(/\/s\/no-papers-no-vaccine\/\?step=5$/);
    await expect(page.locator('html')).toHaveAttribute('lang', english.locale.lang);
    expect(problems).toEqual([]);
  });

  test(`${translation.locale.id}: without scripts the switch links the same page`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${prefix}/sources/`);
    await expect(
      page.getByRole('link', { name: english.locale.name, exact: true }),
    ).toHaveAttribute('href', '/sources/');
    await page.goto('/read/');
    await expect(
      page.getByRole('link', { name: translation.locale.name, exact: true }),
    ).toHaveAttribute('href', `${prefix}/read/`);
    await context.close();
  });

  test(`${translation.locale.id}: sections have their embeds, oEmbed and link previews`, async ({
    request,
    page,
  }) => {
    for (const slug of slugs) {
      const section = translation.sections.find((s) => s.slug === slug)!;
      const html = await (await request.get(`${prefix}/s/${slug}/`)).text();
      expect(html).toMatch(
        new RegExp(
          `<link rel="alternate" type="application/json\\+oembed" ` +
            `href="[^"]*${prefix}/oembed/${slug}\\.json"`,
        ),
      );
      expect(html).toMatch(
        new RegExp(`<meta property="og:image" content="[^"]*${prefix}/social/${slug}\\.png"/>`),
      );
      const oembed = (await (await request.get(`${prefix}/oembed/${slug}.json`)).json()) as {
        title: string;
        html: string;
        provider_name: string;
      };
      expect(oembed.title).toBe(section.title);
      expect(oembed.provider_name).toBe(translation.ui.siteName);
      expect(oembed.html).toContain(`${prefix}/embed/${slug}/`);
      const image = await request.get(`${prefix}/social/${slug}.png`);
      expect(image.headers()['content-type']).toBe('image/png');
    }
    await page.goto(`${prefix}/s/${slugs[0]}/`);
    await waitForHydration(page);
    await page.locator('.embed-code summary').first().click();
    await expect(page.locator('.embed-code textarea').first()).toHaveValue(
      new RegExp(`${prefix}/embed/${slugs[0]}/`),
    );
  });
}

test("a Korean page is laid out for Hangul: words kept whole, the system's Korean faces", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/ko/');
  const style = await page
    .locator('.step-text')
    .first()
    .evaluate((el) => ({
      wordBreak: getComputedStyle(el).wordBreak,
      font: getComputedStyle(el).fontFamily,
    }));
  expect(style.wordBreak).toBe('keep-all');
  expect(style.font).toMatch(/Apple SD Gothic Neo.*Noto Sans KR.*Malgun Gothic/);
  // No word broken across lines, and nothing wider than the screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // The reports' English inside keeps English breaking.
  expect(
    await page
      .locator('[lang="en"]')
      .first()
      .evaluate((el) => getComputedStyle(el).wordBreak),
  ).toBe('normal');
});

test('a Chinese page is laid out for Han: strict line breaking, the system Chinese faces', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/zh-hans/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const text = page.locator('.step-text').first();
  const style = await text.evaluate((el) => ({
    lineBreak: getComputedStyle(el).lineBreak,
    font: getComputedStyle(el).fontFamily,
    fontStyle: getComputedStyle(document.querySelector('cite') ?? el).fontStyle,
  }));
  expect(style.lineBreak).toBe('strict');
  expect(style.font).toMatch(/PingFang SC.*Noto Sans SC.*Microsoft YaHei/);
  expect(style.fontStyle).toBe('normal');
  // Full-width punctuation never starts a line: each line box of a step's text begins with
  // something other than ，。、：；！？）” (measured by the ranges of its characters).
  const lineStarts = await text.evaluate((el) => {
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return [];
    const range = document.createRange();
    const starts: string[] = [];
    let lastTop = -Infinity;
    const chars = [...(node.textContent ?? '')];
    let offset = 0;
    for (const ch of chars) {
      range.setStart(node, offset);
      range.setEnd(node, offset + ch.length);
      const top = range.getBoundingClientRect().top;
      if (top > lastTop + 4) starts.push(ch);
      lastTop = Math.max(lastTop, top);
      offset += ch.length;
    }
    return starts;
  });
  expect(lineStarts.length).toBeGreaterThan(2);
  expect(lineStarts.filter((ch) => /[，。、：；！？）”]/.test(ch))).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
