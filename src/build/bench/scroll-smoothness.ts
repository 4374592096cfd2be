/**
 * Scrolls through the whole story like a reader on a phone: 120 px of mouse wheel every 50 ms
 * (headless Chromium does not scroll on synthetic touch gestures), with the main thread slowed
 * down 4×, while an in-page recorder notes every animation frame, long task and long animation
 * frame after load.
 */
import type { Browser } from 'playwright-core';
import { CPU_SLOWDOWN, PHONE, openPhonePage } from './browser.ts';
import { summarizeFrames, type FrameSummary, type RecordedScroll } from './frame-stats.ts';
import { SCROLL_STATE, START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './page-scripts.ts';

export const WHEEL_STEP_PX = 120;
export const WHEEL_EVERY_MS = 50;
/** Give up after this long even if the bottom was not reached. */
const MAX_SCROLL_MS = 180_000;

export interface ScrollRun extends FrameSummary {
  scrolledPx: number;
  pageHeightPx: number;
  reachedBottom: boolean;
  wheelSteps: number;
  /** Entry types the browser could not observe. */
  unsupported: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function scrollSmoothness(browser: Browser, url: string): Promise<ScrollRun> {
  const { context, page } = await openPhonePage(browser, CPU_SLOWDOWN);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    await page.waitForTimeout(1000); // let hydration and post-load work finish: only scrolling is measured
    await page.evaluate(START_FRAME_RECORDER);
    await page.mouse.move(PHONE.viewport.width / 2, PHONE.viewport.height / 2);

    const startY = ((await page.evaluate(SCROLL_STATE)) as { y: number }).y;
    const started = Date.now();
    let steps = 0;
    let lastY = -1;
    let stalled = 0;
    let state = { y: startY, max: 0 };
    while (Date.now() - started < MAX_SCROLL_MS) {
      await page.mouse.wheel(0, WHEEL_STEP_PX);
      steps++;
      const wait = started + steps * WHEEL_EVERY_MS - Date.now();
      if (wait > 0) await sleep(wait);
      if (steps % 5 !== 0) continue;
      state = (await page.evaluate(SCROLL_STATE)) as { y: number; max: number };
      if (state.y >= state.max - 1) break;
      stalled = state.y === lastY ? stalled + 1 : 0;
      if (stalled >= 6) break; // 30 wheel steps without movement: something holds the page
      lastY = state.y;
    }
    await page.waitForTimeout(600); // let the last smooth-scroll animation and its frames finish
    state = (await page.evaluate(SCROLL_STATE)) as { y: number; max: number };
    const recorded = (await page.evaluate(STOP_FRAME_RECORDER)) as RecordedScroll;
    return {
      ...summarizeFrames(recorded),
      scrolledPx: Math.round(state.y - startY),
      pageHeightPx: Math.round(state.max + PHONE.viewport.height),
      reachedBottom: state.y >= state.max - 1,
      wheelSteps: steps,
      unsupported: recorded.unsupported,
    };
  } finally {
    await context.close();
  }
}
