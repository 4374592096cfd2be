/**
 * What a Lighthouse report says about where a page's time went, kept beside its scores so that
 * a missed target can be explained from the same runs: the main-thread breakdown (Lighthouse's
 * `mainthread-work-breakdown`, which under simulated throttling is already scaled by its CPU
 * slowdown), the LCP element and its phases, and the longest tasks with the script they belong
 * to. Read defensively: a missing or reshaped audit gives null, never a throw. Pure, for tests.
 */

export interface MainThreadBreakdown {
  /** Script evaluation plus parse and compile. */
  scriptingMs: number;
  styleLayoutMs: number;
  /** Paint, composite and render ("Rendering"). */
  renderingMs: number;
  /** HTML and CSS parsing. */
  parseMs: number;
  garbageCollectionMs: number;
  otherMs: number;
}

export interface LcpPhases {
  ttfbMs: number;
  loadDelayMs: number;
  loadTimeMs: number;
  renderDelayMs: number;
}

export interface LighthouseProfile {
  mainThread: MainThreadBreakdown | null;
  lcpElement: string | null;
  lcpPhases: LcpPhases | null;
  /** Longest first, at most five; `url` is the script Lighthouse blames (or "Unattributable"). */
  longTasks: { url: string; startMs: number; durationMs: number }[];
}

const GROUPS: Record<string, keyof MainThreadBreakdown> = {
  scriptEvaluation: 'scriptingMs',
  scriptParseCompile: 'scriptingMs',
  styleLayout: 'styleLayoutMs',
  paintCompositeRender: 'renderingMs',
  parseHTML: 'parseMs',
  garbageCollection: 'garbageCollectionMs',
  other: 'otherMs',
};

const PHASES: Record<string, keyof LcpPhases> = {
  TTFB: 'ttfbMs',
  'Load Delay': 'loadDelayMs',
  'Load Time': 'loadTimeMs',
  'Render Delay': 'renderDelayMs',
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const items = (v: unknown): Json[] =>
  isObject(v) && Array.isArray(v.items) ? v.items.filter(isObject) : [];
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

function breakdown(details: unknown): MainThreadBreakdown | null {
  const rows = items(details);
  if (rows.length === 0) return null;
  const out: MainThreadBreakdown = {
    scriptingMs: 0,
    styleLayoutMs: 0,
    renderingMs: 0,
    parseMs: 0,
    garbageCollectionMs: 0,
    otherMs: 0,
  };
  for (const row of rows) {
    const key = GROUPS[String(row.group)] ?? 'otherMs';
    out[key] += num(row.duration) ?? 0;
  }
  return out;
}

function lcp(details: unknown): { element: string | null; phases: LcpPhases | null } {
  const tables = items(details);
  let element: string | null = null;
  let phases: LcpPhases | null = null;
  for (const table of tables) {
    for (const row of items(table)) {
      if (isObject(row.node) && typeof row.node.selector === 'string')
        element ??= row.node.selector;
      const key = PHASES[String(row.phase)];
      const timing = num(row.timing);
      if (key && timing !== undefined) {
        phases ??= { ttfbMs: 0, loadDelayMs: 0, loadTimeMs: 0, renderDelayMs: 0 };
        phases[key] = timing;
      }
    }
  }
  // Elements without phases: a list with only the node table (older reports), or a bare table.
  if (element === null) {
    const node = items(details)[0]?.node;
    if (isObject(node) && typeof node.selector === 'string') element = node.selector;
  }
  return { element, phases };
}

function longTasks(details: unknown): LighthouseProfile['longTasks'] {
  return items(details)
    .map((row) => ({
      url: typeof row.url === 'string' ? row.url : 'Unattributable',
      startMs: num(row.startTime) ?? 0,
      durationMs: num(row.duration) ?? 0,
    }))
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, 5);
}

export function lighthouseProfileFrom(
  audits: Record<string, { details?: unknown } | undefined>,
): LighthouseProfile {
  const l = lcp(audits['largest-contentful-paint-element']?.details);
  return {
    mainThread: breakdown(audits['mainthread-work-breakdown']?.details),
    lcpElement: l.element,
    lcpPhases: l.phases,
    longTasks: longTasks(audits['long-tasks']?.details),
  };
}

/** "embed-B0VMUoe8.js 122 ms" — the file name only, for notes. */
export function describeLongTask(task: { url: string; durationMs: number }): string {
  let name = task.url === 'Unattributable' || task.url === '' ? 'unattributed' : task.url;
  try {
    const path = new URL(task.url).pathname;
    name = path.endsWith('/') ? `page ${path}` : (path.split('/').pop() ?? path);
  } catch {
    // not a URL: keep it as Lighthouse wrote it
  }
  return `${name} ${Math.round(task.durationMs)} ms`;
}
