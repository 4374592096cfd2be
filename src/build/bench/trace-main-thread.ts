/**
 * Reads a Chromium performance trace (Playwright's browser.startTracing) and adds up what the
 * page's main thread did in a time window: all tasks, scripting, HTML parsing, style and layout,
 * and paint (pre-paint, paint, layerize, commit to the compositor).
 * Nested events are merged (interval union), so nothing is counted twice.
 */

export interface TraceEvent {
  name?: string;
  cat?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  args?: { data?: { startTime?: number; documentLoaderURL?: string } };
}

/** What DevTools' Performance panel files under "Scripting". */
export const SCRIPTING_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'EventDispatch',
  'XHRReadyStateChange',
  'XHRLoad',
  'MajorGC',
  'MinorGC',
]);
export const STYLE_LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout']);
export const PARSE_HTML_EVENTS = new Set(['ParseHTML']);
/**
 * Painting on the main thread: what DevTools files under "Painting" and the paint half of
 * "Rendering".
 */
export const PAINT_EVENTS = new Set([
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'Commit',
  'UpdateLayer',
  'UpdateLayerTree',
  'CompositeLayers',
  'Decode Image',
]);
/** One top-level task of the thread's event loop. */
export const TASK_EVENTS = new Set(['RunTask']);

export const LONG_TASK_MS = 50;

type Interval = [number, number];

/** Total length of the union of intervals, each clipped to [from, to]. */
export function unionLength(intervals: readonly Interval[], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]): Interval => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let current: Interval | undefined;
  for (const iv of clipped) {
    if (current && iv[0] <= current[1]) current[1] = Math.max(current[1], iv[1]);
    else {
      if (current) total += current[1] - current[0];
      current = [iv[0], iv[1]];
    }
  }
  if (current) total += current[1] - current[0];
  return total;
}

export interface TraceAlignment {
  pid: number;
  tid: number;
  /** performance.timeOrigin of the page, in trace microseconds. */
  originUs: number;
}

/**
 * Finds the page's main thread and its time origin from a performance.mark() the page made
 * (user-timing trace events carry the mark's startTime), so that page times map onto the trace.
 */
export function alignByMark(
  events: readonly TraceEvent[],
  markName: string,
): TraceAlignment | undefined {
  const mark = events.find(
    (e) =>
      e.name === markName &&
      (e.cat ?? '').includes('blink.user_timing') &&
      typeof e.args?.data?.startTime === 'number',
  );
  if (!mark || mark.ts === undefined || mark.pid === undefined || mark.tid === undefined)
    return undefined;
  return {
    pid: mark.pid,
    tid: mark.tid,
    originUs: mark.ts - (mark.args?.data?.startTime as number) * 1000,
  };
}

export interface MainThreadWindow {
  /** Length of the window (ms). */
  windowMs: number;
  /** Time inside tasks. */
  busyMs: number;
  scriptingMs: number;
  parseHtmlMs: number;
  styleLayoutMs: number;
  paintMs: number;
  /** Tasks of 50 ms or more that overlap the window. */
  longTasks: number;
  /**
   * End of the last long task anywhere in the trace after the window's start, ms after it (the main
   * thread's last long stretch).
   */
  lastLongTaskEndMs: number | null;
}

/** Main-thread work between two page times (ms since the page's time origin). */
export function mainThreadWindow(
  events: readonly TraceEvent[],
  align: TraceAlignment,
  fromMs: number,
  toMs: number,
): MainThreadWindow {
  const from = align.originUs + fromMs * 1000;
  const to = align.originUs + toMs * 1000;
  const tasks: Interval[] = [];
  const scripting: Interval[] = [];
  const parse: Interval[] = [];
  const style: Interval[] = [];
  const paint: Interval[] = [];
  let longTasks = 0;
  let lastLongEnd: number | null = null;
  for (const e of events) {
    if (
      e.ph !== 'X' ||
      e.pid !== align.pid ||
      e.tid !== align.tid ||
      e.ts === undefined ||
      e.dur === undefined ||
      !e.name
    )
      continue;
    const iv: Interval = [e.ts, e.ts + e.dur];
    if (TASK_EVENTS.has(e.name)) {
      tasks.push(iv);
      if (e.dur >= LONG_TASK_MS * 1000) {
        if (iv[1] > from && iv[0] < to) longTasks++;
        if (iv[1] > from && (lastLongEnd === null || iv[1] > lastLongEnd)) lastLongEnd = iv[1];
      }
    } else if (SCRIPTING_EVENTS.has(e.name)) scripting.push(iv);
    else if (PARSE_HTML_EVENTS.has(e.name)) parse.push(iv);
    else if (STYLE_LAYOUT_EVENTS.has(e.name)) style.push(iv);
    else if (PAINT_EVENTS.has(e.name)) paint.push(iv);
  }
  const ms = (us: number) => us / 1000;
  return {
    windowMs: toMs - fromMs,
    busyMs: ms(unionLength(tasks, from, to)),
    scriptingMs: ms(unionLength(scripting, from, to)),
    parseHtmlMs: ms(unionLength(parse, from, to)),
    styleLayoutMs: ms(unionLength(style, from, to)),
    paintMs: ms(unionLength(paint, from, to)),
    longTasks,
    lastLongTaskEndMs: lastLongEnd === null ? null : ms(lastLongEnd - from),
  };
}
