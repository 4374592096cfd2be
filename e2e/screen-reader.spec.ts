/**
 * What a screen reader says, in order: the story's first two sections read with the virtual
 * cursor in both editions, and an embed's steps moved by keyboard and read. Each map state is
 * spoken once, at its step; each step's position once; the map itself is one named image that
 * never speaks up. The transcripts are kept in test-results/ (screen-reader-*.txt).
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fillMessage } from '../src/content/fill-message.ts';
import { editions, prefixOf } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';
import { readOn, spoken, startReader } from './screen-reader.ts';
import { escapeRegExp } from './escape-regexp.ts';

type Edition = (typeof editions)[number];

const positionOf = (edition: Edition, n: number, total: number) =>
  fillMessage(edition.ui.stepPosition, { n: String(n), total: String(total) }).join('');
const mapWordsOf = (edition: Edition) =>
  fillMessage(edition.ui.fieldLabel, { label: edition.ui.mapShows }).join('').trim();

/** How often `phrase` was spoken, as a whole phrase. */
const timesSaid = (log: readonly string[], phrase: string) =>
  log.filter((said) => said === phrase).length;

/**
 * Where each step's map state was spoken: the description, right after the words that introduce
 * the map ("The map, as this site draws it:"). Every state exactly once, else -1.
 */
function mapStatesAt(log: readonly string[], edition: Edition, descriptions: readonly string[]) {
  return descriptions.map((description) => {
    const at = log.flatMap((said, i) => (said === description ? [i] : []));
    expect(at, `"${description.slice(0, 50)}…" spoken once`).toHaveLength(1);
    expect(log[at[0]! - 1], 'the map state introduced as the map').toBe(mapWordsOf(edition));
    return at[0]!;
  });
}

/** Keeps a transcript in the test's results folder, to read (and quote) after the run. */
function keep(name: string, log: readonly string[]) {
  writeFileSync(test.info().outputPath(`screen-reader-${name}.txt`), `${log.join('\n')}\n`);
}

for (const edition of editions) {
  const lang = edition.locale.id;
  const sections = edition.sections.slice(0, 2);
  const steps = sections.flatMap((section) =>
    section.steps.map((step, i) => ({ section, step, position: i + 1 })),
  );

  test(`${lang}: the first two sections read in order, each map state once at its step`, async ({
    page,
  }) => {
    await page.goto(`${prefixOf(edition)}/`);
    await waitForHydration(page);
    await startReader(page);
    const third = edition.sections[2]!.title;
    const log = await readOn(page, new RegExp(`^heading, ${escapeRegExp(third)}`));
    keep(`${lang}-story`, log);
    expect(log.at(-1)).toContain(third);

    // The map is one image, named once; it is not live, and never reads a state of its own.
    expect(timesSaid(log, `image, ${edition.ui.mapShows}`)).toBe(1);
    expect(log.filter((said) => /^(polite|assertive):/.test(said))).toEqual([]);

    // Each step: its heading (a section's first), its position once, then its map state.
    const positions = steps.map(({ section, position }) => {
      const group = `group, ${positionOf(edition, position, section.steps.length)}`;
      const heading = log.indexOf(`heading, ${section.title}, level 2`);
      expect(heading, `${section.title} read as a heading`).toBeGreaterThan(0);
      const at = log.indexOf(group, heading);
      expect(at, `${group} in ${section.slug}`).toBeGreaterThan(heading);
      return at;
    });
    for (const { section } of steps)
      expect(timesSaid(log, `heading, ${section.title}, level 2`)).toBe(1);
    const states = mapStatesAt(
      log,
      edition,
      steps.map(({ step }) => step.map.description),
    );
    states.forEach((state, i) => {
      expect(state, `step ${i + 1}'s map after its position`).toBeGreaterThan(positions[i]!);
      expect(state, `step ${i + 1}'s map before the next step`).toBeLessThan(
        positions[i + 1] ?? log.length,
      );
      // The step's own words follow its map.
      expect(log.indexOf(steps[i]!.step.text, state)).toBeGreaterThan(state);
    });
    // Every step's position is said once where it begins (and once where its group ends).
    for (const section of sections)
      for (let n = 1; n <= section.steps.length; n += 1) {
        const group = `group, ${positionOf(edition, n, section.steps.length)}`;
        const inSection = sections.filter((s) => s.steps.length === section.steps.length).length;
        expect(timesSaid(log, group), group).toBe(inSection);
      }
  });

  test(`${lang}: an embed's steps by keyboard, each position said once, each map once`, async ({
    page,
  }) => {
    const section = edition.sections.find((s) => s.steps.length >= 4)!;
    const total = section.steps.length;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${prefixOf(edition)}/embed/${section.slug}/`);
    await waitForHydration(page);
    await startReader(page);
    const end = new RegExp(`^link, ${escapeRegExp(edition.ui.fullStory)}$`);
    const first = await readOn(page, end);
    expect(timesSaid(first, `image, ${edition.ui.mapShows}`)).toBe(1);
    mapStatesAt(first, edition, [section.steps[0]!.map.description]);
    for (const later of section.steps.slice(1)) expect(first).not.toContain(later.map.description);

    // Keyboard only from here: Tab to Next, then Enter moves a step and keeps the focus.
    const next = page.getByRole('button', { name: edition.ui.nextStep, exact: true });
    await tabTo(page, next);
    let log = await spoken(page);
    for (let n = 2; n <= total; n += 1) {
      const before = log.length;
      await expect(next).toBeFocused();
      await expect(next).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toHaveText(positionOf(edition, n, total));
      log = await readOn(page, end);
      const heard = log.slice(before);
      expect(timesSaid(heard, `polite: ${positionOf(edition, n, total)}`)).toBe(1);
      expect(heard.filter((said) => said.startsWith('polite:'))).toHaveLength(1);
      mapStatesAt(heard, edition, [section.steps[n - 1]!.map.description]);
    }
    keep(`${lang}-embed`, log);
    // At the last step Next holds the focus, disabled, and a press says nothing.
    await tabTo(page, next);
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    const before = (await spoken(page)).length;
    await page.keyboard.press('Enter');
    await expect(next).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(positionOf(edition, total, total));
    const after = await spoken(page);
    expect(after.slice(before).filter((said) => said.startsWith('polite:'))).toEqual([]);
    // And back to the first step by keyboard, the focus on a button of the stepper throughout.
    for (let n = total - 1; n >= 1; n -= 1) {
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByRole('status')).toHaveText(positionOf(edition, n, total));
      await expect(page.locator('.embed-stepper button:focus')).toBeInViewport();
    }
    const back = page.getByRole('button', { name: edition.ui.prevStep, exact: true });
    await tabTo(page, back, 'Shift+Tab');
    await expect(back).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(back).toBeFocused();
  });
}

/** Presses Tab (or `key`, at most 60 times) until `target` holds the focus. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, key = 'Tab') {
  for (let i = 0; i < 60; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}
