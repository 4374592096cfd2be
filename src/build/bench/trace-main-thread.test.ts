import { describe, expect, it } from 'vitest';
import {
  alignByMark,
  mainThreadWindow,
  unionLength,
  type TraceEvent,
} from './trace-main-thread.ts';

describe('unionLength', () => {
  it('merges overlapping and nested intervals and clips to the window', () => {
    expect(
      unionLength(
        [
          [0, 10],
          [5, 15],
          [20, 30],
        ],
        0,
        100,
      ),
    ).toBe(25);
    expect(
      unionLength(
        [
          [0, 100],
          [10, 20],
        ],
        0,
        100,
      ),
    ).toBe(100);
    expect(
      unionLength(
        [
          [0, 10],
          [20, 30],
        ],
        5,
        25,
      ),
    ).toBe(10);
    expect(unionLength([], 0, 10)).toBe(0);
  });
});

describe('alignByMark and mainThreadWindow', () => {
  // Page time origin at trace 1_000_000 µs; the mark was made at page time 500 ms.
  const main = { pid: 1, tid: 1 };
  const task = (startMs: number, durMs: number, name = 'RunTask'): TraceEvent => ({
    name,
    ph: 'X',
    ...main,
    ts: 1_000_000 + startMs * 1000,
    dur: durMs * 1000,
  });
  const events: TraceEvent[] = [
    {
      name: 'bench:hydrated',
      cat: 'blink.user_timing',
      ph: 'I',
      ...main,
      ts: 1_500_000,
      args: { data: { startTime: 500 } },
    },
    task(0, 20), // before the window
    task(100, 80), // long task, inside
    task(110, 30, 'FunctionCall'),
    task(120, 30, 'FunctionCall'), // overlaps the previous one
    task(150, 10, 'Layout'),
    task(165, 6, 'Paint'),
    task(170, 4, 'Commit'), // overlaps the paint by 1 ms
    task(300, 40), // crosses the window's end at 320
    task(305, 5, 'ParseHTML'),
    task(700, 60), // long task after the window
    { name: 'RunTask', ph: 'X', pid: 2, tid: 2, ts: 1_200_000, dur: 90_000 }, // another thread
  ];

  it('maps page time onto trace time by the mark', () => {
    expect(alignByMark(events, 'bench:hydrated')).toEqual({ pid: 1, tid: 1, originUs: 1_000_000 });
    expect(alignByMark(events, 'missing')).toBeUndefined();
  });

  it('adds up tasks, scripting, parsing and layout inside the window only', () => {
    const align = alignByMark(events, 'bench:hydrated');
    if (!align) throw new Error('no alignment');
    const w = mainThreadWindow(events, align, 50, 320);
    expect(w.windowMs).toBe(270);
    expect(w.busyMs).toBeCloseTo(80 + 20);
    expect(w.scriptingMs).toBeCloseTo(40);
    expect(w.styleLayoutMs).toBeCloseTo(10);
    expect(w.paintMs).toBeCloseTo(9);
    expect(w.parseHtmlMs).toBeCloseTo(5);
    expect(w.longTasks).toBe(1);
    expect(w.lastLongTaskEndMs).toBeCloseTo(760 - 50);
  });
});
