import { expect, test } from '@playwright/test';
import { collectProblems } from './page-errors.ts';
import { onePagePerKind } from './story-content.ts';
import { waitForHydration } from './page-ready.ts';
import { UNHANDLED_EVENTS } from '../src/scroll/quiet-events.ts';

const pages = onePagePerKind(3);

for (const path of pages) {
  test(`${path} hydrates without mismatch warnings or errors`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto(path);
    await waitForHydration(page);
    // Hydrated: React has attached to the prerendered page.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')),
        ),
      )
      .toBe(true);
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  });
}

test('React’s root has no listener for the wheel, touch and pointer events a scroll sends', async ({
  page,
}) => {
  for (const path of ['/', '/embed/left-to-the-provinces/']) {
    await page.goto(path);
    await waitForHydration(page);
    const cdp = await page.context().newCDPSession(page);
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: "document.getElementById('root')",
    });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId ?? '',
    });
    const types = new Set(listeners.map((l) => l.type));
    // React's own listeners are there (it handles clicks and keys)…
    expect(types.has('click'), path).toBe(true);
    expect(types.has('keydown'), path).toBe(true);
    // …but none for what a scroll sends (src/scroll/quiet-events.ts).
    for (const type of UNHANDLED_EVENTS) expect(types.has(type), `${path}: ${type}`).toBe(false);
    await cdp.detach();
  }
});
