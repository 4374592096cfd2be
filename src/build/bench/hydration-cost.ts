/**
 * What it costs a phone to make the prerendered story interactive: a cold load of the page with
 * the main thread slowed down 4×, measured three ways.
 *
 * - Wall time from first byte (navigation responseStart) to the frame in which React is seen
 *   attached to #root, and to the frame in which hydration has claimed the prerendered DOM
 *   (both polled once per animation frame, so late by up to a frame).
 * - From a performance trace: main-thread time in tasks, scripting, HTML parsing and
 *   style/layout between first byte and hydration, and when the last long task ends.
 * - From CDP Performance.getMetrics: ScriptDuration and TaskDuration for the whole load, from
 *   navigation until the network is idle and the page has been quiet for 2 s.
 *
 * The floor (the same page with no scripts, floor-site.ts) has nothing to hydrate: its "done" is
 * the end of DOMContentLoaded, and its main-thread window runs from first byte to there. The
 * same cold load, throttling, trace and whole-load metrics otherwise.
 */
import type { Browser } from 'playwright-core';
import { CPU_SLOWDOWN, openPhonePage } from './browser.ts';
import { DOM_READY_PROBE, HYDRATION_PROBE, READ_HYDRATION } from './page-scripts.ts';
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
const HYDRATED_MARK = 'bench:hydrated';
const DOM_READY_MARK = 'bench:dom-ready';

/** Our page (polled until React has hydrated) or the floor (done at DOMContentLoaded). */
export type HydrationSubject = 'ours' | 'floor';

export interface HydrationRun {
  responseStartMs: number;
  /** React attached to #root (hydrateRoot has run), ms after first byte. */
  attachedAfterFirstByteMs: number | null;
  /** Hydration claimed the prerendered DOM, ms after first byte. */
  hydratedAfterFirstByteMs: number | null;
  /**
   * When the page was done: hydrated (ours) or DOMContentLoaded over (floor), ms after first byte.
   */
  doneAfterFirstByteMs: number | null;
  doneSignal: 'hydrated' | 'domContentLoaded';
  domContentLoadedAfterFirstByteMs: number | null;
  loadAfterFirstByteMs: number | null;
  /** Main thread between first byte and done (null if the trace could not be aligned). */
  mainThread: MainThreadWindow | null;
  /** CDP Performance.getMetrics deltas over the whole load (ms). */
  wholeLoad: { scriptMs: number; taskMs: number; layoutMs: number; styleMs: number } | null;
}

function metricMap(result: { metrics: { name: string; value: number }[] }): Map<string, number> {
  return new Map(result.metrics.map((m) => [m.name, m.value]));
}

export async function hydrationCost(
  browser: Browser,
  url: string,
  subject: HydrationSubject = 'ours',
): Promise<HydrationRun> {
  const { context, page, cdp } = await openPhonePage(browser, CPU_SLOWDOWN);
  const floor = subject === 'floor';
  let tracing = false;
  try {
    await page.addInitScript({ content: floor ? DOM_READY_PROBE : HYDRATION_PROBE });
    await cdp.send('Performance.enable');
    const before = metricMap(await cdp.send('Performance.getMetrics'));
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Polled from here: waitForFunction polls by evaluating a string inside the page, which the
    // site's Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    const giveUp = Date.now() + 120_000;
    while (
      !floor &&
      !(await page.evaluate(
        '!!(window.__benchHydration && window.__benchHydration.hydrated !== null)',
      ))
    ) {
      if (Date.now() > giveUp) throw new Error('the page did not hydrate within 120 s');
      await page.waitForTimeout(250);
    }
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    await page.waitForTimeout(2000);
    const after = metricMap(await cdp.send('Performance.getMetrics'));
    const trace = await browser.stopTracing();
    tracing = false;
    const t = (await page.evaluate(READ_HYDRATION)) as Record<
      'attached' | 'hydrated' | 'responseStart' | 'domContentLoaded' | 'load',
      number | null
    >;

    const responseStart = t.responseStart ?? 0;
    const since = (v: number | null) => (v === null ? null : v - responseStart);
    const events =
      (JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] }).traceEvents ?? [];
    const align = alignByMark(events, floor ? DOM_READY_MARK : HYDRATED_MARK);
    const done = floor ? t.domContentLoaded : t.hydrated;
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    return {
      responseStartMs: responseStart,
      attachedAfterFirstByteMs: since(t.attached),
      hydratedAfterFirstByteMs: since(t.hydrated),
      doneAfterFirstByteMs: since(done),
      doneSignal: floor ? 'domContentLoaded' : 'hydrated',
      domContentLoadedAfterFirstByteMs: since(t.domContentLoaded),
      loadAfterFirstByteMs: since(t.load),
      mainThread:
        align && done !== null ? mainThreadWindow(events, align, responseStart, done) : null,
      wholeLoad: after.has('ScriptDuration')
        ? {
            scriptMs: delta('ScriptDuration'),
            taskMs: delta('TaskDuration'),
            layoutMs: delta('LayoutDuration'),
            styleMs: delta('RecalcStyleDuration'),
          }
        : null,
    };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await context.close();
  }
}
