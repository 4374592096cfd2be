/**
 * Every sentence's evidence one step away (/read/), every passage one tap from the outlet's page
 * as captured, opened at its words (a text fragment), capture metadata said to be so, and the
 * provenance of reporting outside the five told as the texts tell it: in every edition.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatAddress } from '../src/address/address.ts';
import { stepReports } from '../src/content/claim-line.ts';
import { collectProblems } from './page-errors.ts';
import { editions } from './story-content.ts';
import { escapeRegExp } from './escape-regexp.ts';

const prefix = (edition: (typeof editions)[number]) =>
  edition.locale.path ? `/${edition.locale.path}` : '';

/** Each evidence note the page's marks lead to, read in the page: what a reader finds there. */
async function evidenceMarks(page: Page) {
  return page.locator('.read-notes').evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.evidence-ref a')].map((mark) => {
      const target = mark.getAttribute('href') ?? '';
      const note = target.startsWith('#') ? document.getElementById(target.slice(1)) : null;
      const sentence = mark.closest('.sentence');
      const back =
        note?.querySelector<HTMLAnchorElement>('a.note-back')?.getAttribute('href') ?? '';
      return {
        mark: mark.textContent ?? '',
        name: mark.getAttribute('aria-label') ?? '',
        sentence: sentence?.id ?? '',
        note: note?.id ?? null,
        numbered: note?.closest('ol')?.classList.contains('evidence-notes') ?? false,
        kind: note?.querySelector('.evidence-kind')?.textContent ?? '',
        fragmentLinks: [...(note?.querySelectorAll<HTMLAnchorElement>('a.capture-link') ?? [])]
          .map((a) => a.href)
          .filter((href) => href.includes('#:~:text=')).length,
        back,
      };
    }),
  );
}

for (const edition of editions) {
  const path = `${prefix(edition)}/read/`;
  const { ui } = edition;
  const steps = edition.sections.reduce((n, s) => n + s.steps.length, 0);

  test(
    `${path}: every step sentence has a note mark, and its note gives the report words at the ` +
      `outlet's page, or says what kind of sentence it is`,
    async ({ page }) => {
      const problems = collectProblems(page);
      await page.goto(path);
      const texts = page.locator('.read-step-text');
      await expect(texts).toHaveCount(steps);
      // Every word of every step text is in a marked sentence.
      const unmarked = await texts.evaluateAll((ps) =>
        ps.flatMap((p, i) => {
          const sentences = [...p.querySelectorAll('.sentence')];
          const loose = [...p.childNodes].filter(
            (n) =>
              !(n instanceof Element && n.classList.contains('sentence')) &&
              (n.textContent ?? '').trim() !== '',
          );
          const bare = sentences.filter(
            // The mark ends the sentence, held to its last word (.marked).
            (s) =>
              s.querySelector(
                ':scope > .marked:last-child > sup.evidence-ref > a[href^="#evidence-"]',
              ) === null,
          );
          return sentences.length === 0 || loose.length > 0 || bare.length > 0
            ? [`step text ${i + 1}: ${(p.textContent ?? '').slice(0, 60)}`]
            : [];
        }),
      );
      expect(unmarked).toEqual([]);

      const marks = await evidenceMarks(page);
      expect(marks.length).toBeGreaterThanOrEqual(steps);
      const labels = [ui.evidenceAbout, ui.evidenceOrientation, ui.evidenceSite];
      const broken = marks.filter(
        (m) =>
          m.note === null ||
          !m.numbered ||
          m.back !== `#${m.sentence}` ||
          m.name !== ui.evidenceRef.replace('{n}', m.mark) ||
          !(m.fragmentLinks > 0 || labels.includes(m.kind)),
      );
      expect(broken).toEqual([]);
      // The notes are numbered on from the report notes, one per sentence, in reading order.
      const reportNotes = await page.locator('.report-notes > li').count();
      expect(marks.map((m) => Number(m.mark))).toEqual(marks.map((_, i) => reportNotes + 1 + i));
      await expect(page.locator('.evidence-notes')).toHaveAttribute(
        'start',
        String(reportNotes + 1),
      );
      expect(problems).toEqual([]);
    },
  );

  test(`${path}: a note mark leads to its note and the note back to the sentence`, async ({
    page,
  }) => {
    await page.goto(path);
    const mark = page.locator('.read-step-text .evidence-ref a').first();
    const target = (await mark.getAttribute('href')) ?? '';
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const note = page.locator(target);
    await expect(note).toBeInViewport();
    await note.getByRole('link', { name: ui.evidenceBack }).click();
    const sentence = page.locator('.read-step-text .sentence').first();
    await expect(page).toHaveURL(new RegExp(`#${(await sentence.getAttribute('id')) ?? ''}$`));
    await expect(sentence).toBeInViewport();
  });

  test(`${path}: report notes label the headline's source and the capture address`, async ({
    page,
  }) => {
    await page.goto(path);
    for (const report of Object.values(edition.reports)) {
      const note = page.locator(`#note-${report.id}`);
      await expect(note).toContainText(
        report.headlineFrom === 'capture' ? ui.headlineCaptured : ui.headlineOwn,
      );
      await expect(note).toContainText(ui.capturedFrom.replace('{address}', report.url));
      await expect(note.locator(`a[href="${report.url}"]`)).toHaveText(report.url);
    }
  });
}

for (const edition of editions) {
  const path = `${prefix(edition)}/sources/`;
  const { ui } = edition;

  test(
    `${path}: reporting outside the five is not said to be its own; no report says what it ` +
      `drew on`,
    async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('.travel-list > li')).toHaveCount(
        Object.keys(edition.reports).length + edition.travel.upstream.length,
      );
      for (const upstream of edition.travel.upstream) {
        const entry = page.locator(`#travel-${upstream.id}`);
        await expect(entry).toContainText(ui.travelUnknownSource);
        await expect(entry).not.toContainText(ui.travelNothing);
        await expect(entry).not.toContainText(ui.sourcesCitesNone);
        await expect(entry).not.toContainText(/its own reporting|자체 취재/);
        // One pair of brackets at most: "미국의소리(VOA) — 보도 5건 외", never "…(VOA)(…)".
        await expect(entry).not.toContainText(/\)\s*\(/);
      }
      // A report of the five says "its own reporting" only where its record says it is original.
      for (const report of Object.values(edition.reports).filter((r) => r.kind !== 'original')) {
        await expect(page.locator(`#travel-${report.id}`)).not.toContainText(ui.travelNothing);
      }
      // Non-report nodes are drawn alike: none is styled apart as an origin.
      const upstreamClasses = await page
        .locator('.travel-graph .travel-node:not(.is-report)')
        .evaluateAll((gs) => [...new Set(gs.map((g) => g.getAttribute('class')))]);
      expect(upstreamClasses).toEqual(['travel-node']);
      await expect(page.locator('.travel-graph .travel-node:not(.is-report)')).toHaveCount(
        edition.travel.upstream.length,
      );
    },
  );

  test(`${path}: every passage links the outlet's page as captured, opened at its words`, async ({
    page,
  }) => {
    await page.goto(path);
    const passages = page.locator('.travel-passage, .report-quotes .passage');
    const count = await passages.count();
    expect(count).toBe(
      edition.travel.links.length +
        edition.story.opening.quotes.length +
        edition.sections.reduce(
          (n, s) => n + s.steps.reduce((m, st) => m + st.quotes.length, 0),
          0,
        ),
    );
    const links = page.locator('.travel-capture a.capture-link, .passage-capture a.capture-link');
    await expect(links).toHaveCount(count);
    const hrefs = await links.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', label: a.textContent ?? '' })),
    );
    const urls = Object.values(edition.reports).map((r) => r.url);
    expect(
      hrefs.filter(
        ({ href, label }) =>
          !urls.some((u) => href.startsWith(`${u}#:~:text=`)) || label !== ui.capturedPage,
      ),
    ).toEqual([]);
  });

  test(`${path}: capture metadata is labelled, and the opening is listed where it is used`, async ({
    page,
  }) => {
    await page.goto(path);
    for (const report of Object.values(edition.reports)) {
      const entry = page.locator(`#report-${report.id}`);
      await expect(entry.locator('.report-headline-from')).toHaveText(
        report.headlineFrom === 'capture' ? ui.headlineCaptured : ui.headlineOwn,
      );
      await expect(entry.locator('.report-captured')).toHaveText(
        ui.capturedFrom.replace('{address}', report.url),
      );
      await expect(entry.locator(`.report-captured a[href="${report.url}"]`)).toHaveCount(1);
    }
    // The opening rests on its reports (ANI's copy): their entries list it and quote its words.
    const opening = stepReports(edition.story.opening);
    expect(opening.length).toBeGreaterThan(0);
    for (const id of opening) {
      await expect(page.locator(`#report-${id} .report-used-in a`).first()).toHaveText(
        ui.storyOpening,
      );
      await expect(page.locator(`#report-${id} .report-used-in a`).first()).toHaveAttribute(
        'href',
        `${prefix(edition)}/`,
      );
    }
    const quoted = edition.story.opening.quotes;
    for (const [i, quote] of quoted.entries()) {
      const passage = page.locator(`#report-${quote.report} #passage-opening-${i + 1}`);
      // The report's own characters are highlighted: quote marks and spacing may differ from the
      // data's.
      const plain = (s: string) =>
        s
          .replace(/['"‘’“”]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      expect(plain((await passage.locator('mark').textContent()) ?? '')).toBe(
        plain(quote.original ?? quote.text),
      );
      await expect(passage.locator('.passage-in-story a')).toHaveText(ui.storyOpening);
    }
    const ani = edition.reports['ani'];
    expect(ani).toBeDefined();
    const aniQuotes =
      quoted.filter((q) => q.report === ani!.id).length +
      edition.sections.reduce(
        (n, s) =>
          n +
          s.steps.reduce((m, st) => m + st.quotes.filter((q) => q.report === ani!.id).length, 0),
        0,
      );
    await expect(page.locator(`#report-${ani!.id} .report-quotes .passage`)).toHaveCount(aniQuotes);
    expect(quoted.filter((q) => q.report === ani!.id).length).toBeGreaterThan(0);
  });

  test(`${path}: the corrections log, newest first, each with its own address`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: ui.correctionsTitle })).toBeVisible();
    const entries = page.locator('.corrections .correction');
    await expect(entries).toHaveCount(edition.corrections.length);
    await expect(page.locator('.corrections-none')).toHaveCount(
      edition.corrections.length === 0 ? 1 : 0,
    );
    const shown = await entries.evaluateAll((lis) =>
      lis.map((li) => [li.id, li.querySelector('time')?.getAttribute('datetime') ?? '']),
    );
    const expected = [...edition.corrections]
      .reverse()
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((c) => [`correction-${c.id}`, c.date]);
    expect(shown).toEqual(expected);
  });
}

test("a step's evidence disclosure links each passage at the outlet's page as captured", async ({
  page,
}) => {
  const [english] = editions;
  const section =
    english!.sections.find((s) => s.steps.some((st) => st.sources.length > 1)) ??
    english!.sections[0]!;
  const stepIndex = section.steps.findIndex((st) => st.sources.length > 1);
  expect(stepIndex).toBeGreaterThanOrEqual(0);
  await page.goto(formatAddress({ kind: 'section', slug: section.slug, stepIndex }));
  const step = page.locator('.step.is-active');
  await step.locator('.step-evidence summary').click();
  const items = step.locator('.step-evidence-list li');
  await expect(items).toHaveCount(section.steps[stepIndex]!.sources.length);
  const links = step.locator('.step-evidence-list a.capture-link');
  await expect(links).toHaveCount(section.steps[stepIndex]!.sources.length);
  for (const [i, source] of section.steps[stepIndex]!.sources.entries()) {
    await expect(links.nth(i)).toHaveText(english!.ui.capturedPage);
    await expect(links.nth(i)).toHaveAttribute(
      'href',
      new RegExp(`^${escapeRegExp(english!.reports[source.report]!.url)}#:~:text=[^#]+$`),
    );
  }
});

for (const path of ['/ko/', '/zh-hans/'])
  test(`${path} sets no faux-italic Hangul or Han: cite upright, English keeps italic`, async ({
    page,
  }) => {
    await page.goto(path);
    const cite = page.locator('.quote-source cite').first();
    await expect(cite).toBeAttached();
    expect(await cite.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
    const english = await page.evaluate(() => {
      const el = document.createElement('cite');
      el.lang = 'en';
      el.textContent = 'Daily NK';
      document.body.append(el);
      const style = getComputedStyle(el).fontStyle;
      el.remove();
      return style;
    });
    expect(english).toBe('italic');
    await page.goto('/');
    expect(
      await page
        .locator('.quote-source cite')
        .first()
        .evaluate((el) => getComputedStyle(el).fontStyle),
    ).toBe('italic');
  });
