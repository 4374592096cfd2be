/**
 * Scrolls through the whole story like a reader on a phone: 120 px of mouse wheel every 50 ms
 * (headless Chromium does not scroll on synthetic touch gestures), with the main thread slowed
 * down 4×, while an in-page recorder notes every animation frame, long task and long animation
 * frame after load.
 *
 * scrollProfile() makes one more such run with a performance trace recording, for where the time
 * went (scripting, style + layout, paint) rather than for its frame figures: tracing costs the
 * page time of its own, so a traced run is never one of the timed runs.
 */
import type { Browser } from 'playwright-core';
import { CPU_SLOWDOWN, PHONE, openPhonePage } from './browser.ts';
import { summarizeFrames, type FrameSummary, type RecordedScroll } from './frame-stats.ts';
import { SCROLL_STATE, START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './page-scripts.ts';
import {
  alignByMark,
  mainThreadWindow,
  type MainThreadWindow,
  type TraceEvent,
} from './trace-main-thread.ts';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];
const SCROLL_START_MARK = 'bench:scroll-start';

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

export interface ScrollProfile {
  /** Main thread over the traced scroll, from its first wheel step to its last frame. */
  mainThread: MainThreadWindow | null;
  reachedBottom: boolean;
  frames: number;
}

export async function scrollSmoothness(browser: Browser, url: string): Promise<ScrollRun> {
  return (await scrollRun(browser, url, false)).run;
}

/** One traced scroll (not a timed run): where the main thread's time went while scrolling. */
export async function scrollProfile(browser: Browser, url: string): Promise<ScrollProfile> {
  const { run, mainThread } = await scrollRun(browser, url, true);
  return { mainThread, reachedBottom: run.reachedBottom, frames: run.frames };
}

async function scrollRun(
  browser: Browser,
  url: string,
  traced: boolean,
): Promise<{ run: ScrollRun; mainThread: MainThreadWindow | null }> {
  const { context, page } = await openPhonePage(browser, CPU_SLOWDOWN);
  let tracing = false;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    // Let hydration and post-load work finish: only scrolling is measured.
    await page.waitForTimeout(1000);
    let startMs = 0;
    if (traced) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
      startMs = (await page.evaluate(
        `performance.mark('${SCROLL_START_MARK}').startTime`,
      )) as number;
    }
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
    let mainThread: MainThreadWindow | null = null;
    if (traced) {
      const endMs = (await page.evaluate('performance.now()')) as number;
      const trace = await browser.stopTracing();
      tracing = false;
      const events =
        (JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] }).traceEvents ?? [];
      const align = alignByMark(events, SCROLL_START_MARK);
      mainThread = align ? mainThreadWindow(events, align, startMs, endMs) : null;
    }
    const run: ScrollRun = {
      ...summarizeFrames(recorded),
      scrolledPx: Math.round(state.y - startY),
      pageHeightPx: Math.round(state.max + PHONE.viewport.height),
      reachedBottom: state.y >= state.max - 1,
      wheelSteps: steps,
      unsupported: recorded.unsupported,
    };
    return { run, mainThread };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await context.close();
  }
}
