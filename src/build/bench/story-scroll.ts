/**
 * The story on a phone (390×844 at 2×, main thread slowed ×4): a cold load, timed from first byte
 * until the page is ready, then two scrolls through the whole page with the mouse wheel
 * (headless Chromium does not scroll on synthetic touch): cold, the first pass on the fresh page,
 * and warm, a second pass from the top. An animation-frame recorder in the page notes every frame
 * while scrolling.
 *
 * Ready: ours when the app sets `data-hydrated` on <html> (use-hydration-signal.ts), the floor at
 * DOMContentLoaded (it has nothing to hydrate). Nothing waits on Playwright's `networkidle`: its
 * own request tracking never reports idle once the network has been quiet for over 500 ms
 * mid-load and a late request then starts and ends before the next load event. The floor's `/`
 * does exactly that: the slowed renderer parses the story's HTML for over 500 ms before it asks
 * for the stylesheet near the end.
 */
import { pairs, quantile } from 'd3-array';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, CHROMIUM } from './lighthouse-run.ts';

export const CPU_SLOWDOWN = 4;
/**
 * At 60 Hz frame timestamps alternate 16.6 / 16.8 ms (rounded to 0.1 ms), so a frame is late only
 * above 17.7 ms: a cut at 16.7 would call half of all perfect frames late.
 */
const LATE_FRAME_MS = 17.7;
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const WHEEL_PX = 120;

/**
 * Page code as strings: functions handed to Playwright are serialised with toString(), and the
 * helpers tsx adds to named functions do not exist in the page.
 */
const PROBE = `(() => {
  if (window.top !== window) return;
  const bench = (window.__bench = { hydrated: null, frames: [], recording: false });
  new MutationObserver((_, observer) => {
    if (document.documentElement.hasAttribute('data-hydrated')) {
      bench.hydrated = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
})();`;
const START_FRAMES = `(() => {
  const bench = window.__bench;
  bench.frames = [];
  bench.recording = true;
  const tick = (t) => {
    if (!bench.recording) return;
    bench.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { window.__bench.recording = false; return window.__bench.frames; })()`;
const SCROLL_STATE = `({
  y: scrollY,
  max: Math.max(0, document.documentElement.scrollHeight - innerHeight),
})`;
const LOAD_TIMES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const hydrated = window.__bench.hydrated;
  return { firstByte: nav.responseStart, dcl: nav.domContentLoadedEventEnd, hydrated };
})()`;

export interface FrameStats {
  frames: number;
  p50Ms: number | null;
  p95Ms: number | null;
  /** Share (0–1) of frame intervals over LATE_FRAME_MS. */
  lateShare: number | null;
}

/** Frame-interval figures from animation-frame timestamps (ms, ascending). Pure, for tests. */
export function frameStats(timestamps: readonly number[]): FrameStats {
  const gaps = pairs(timestamps, (a, b) => b - a);
  return {
    frames: timestamps.length,
    p50Ms: quantile(gaps, 0.5) ?? null,
    p95Ms: quantile(gaps, 0.95) ?? null,
    // Timestamps are floats: 1234.5 - 1216.8 is 17.700000000000045, which is not late.
    lateShare: gaps.length
      ? gaps.filter((g) => g > LATE_FRAME_MS + 1e-6).length / gaps.length
      : null,
  };
}

export interface ScrollPass extends FrameStats {
  reachedBottom: boolean;
  /** The wheel's real cadence, slower than the one asked for where the page lags. */
  wheelEveryMs: number;
}

export interface StoryRun {
  /** Ready (hydrated, or the floor's DOMContentLoaded) after first byte. */
  readyMs: number;
  cold: ScrollPass;
  warm: ScrollPass;
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Enough wheel steps to cover the page, a few more to be sure of the bottom, one every `everyMs`
 * or as soon as the page has taken the last one: a step sent before the last is taken floods the
 * slowed renderer's input queue, which no reader's wheel does, so the real cadence is recorded.
 */
async function scrollPass(page: Page, everyMs: number): Promise<ScrollPass> {
  await page.mouse.move(PHONE.viewport.width / 2, PHONE.viewport.height / 2);
  const { max } = (await page.evaluate(SCROLL_STATE)) as { max: number };
  const steps = Math.ceil(max / WHEEL_PX) + 5;
  await page.evaluate(START_FRAMES);
  const started = Date.now();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.wheel(0, WHEEL_PX);
    await sleep(started + i * everyMs - Date.now());
    if (Date.now() - started > 180_000) throw new Error(`${i} of ${steps} wheel steps in 3 min`);
  }
  const wheelEveryMs = (Date.now() - started) / steps;
  await page.waitForTimeout(600); // the last smooth-scroll animation and its frames
  const frames = (await page.evaluate(STOP_FRAMES)) as number[];
  const state = (await page.evaluate(SCROLL_STATE)) as { y: number; max: number };
  return { ...frameStats(frames), reachedBottom: state.y >= state.max - 1, wheelEveryMs };
}

/** One cold load of `url` and two scroll passes, a wheel step every `everyMs`. */
export async function measureStory(
  browser: Browser,
  url: string,
  hydrates: boolean,
  everyMs: number,
): Promise<StoryRun> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript({ content: PROBE });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (hydrates) await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    const t = (await page.evaluate(LOAD_TIMES)) as Record<'firstByte' | 'dcl', number> & {
      hydrated: number | null;
    };
    const readyAt = hydrates ? t.hydrated : t.dcl;
    if (readyAt === null) throw new Error('the hydration probe saw no data-hydrated');
    await page.waitForTimeout(1000); // post-load work settles: only scrolling is measured
    const cold = await scrollPass(page, everyMs);
    await page.evaluate(`scrollTo({ top: 0, behavior: 'instant' })`);
    await page.waitForTimeout(1000);
    const warm = await scrollPass(page, everyMs);
    return { readyMs: readyAt - t.firstByte, cold, warm };
  } finally {
    await context.close();
  }
}
