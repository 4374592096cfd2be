import { describe, expect, it } from 'vitest';
import { describeLongTask, lighthouseProfileFrom } from './lighthouse-profile.ts';

// Shapes as Lighthouse 12.8 writes them (trimmed).
const audits = {
  'mainthread-work-breakdown': {
    details: {
      type: 'table',
      items: [
        { group: 'other', groupLabel: 'Other', duration: 483.7 },
        { group: 'scriptEvaluation', groupLabel: 'Script Evaluation', duration: 362.5 },
        { group: 'styleLayout', groupLabel: 'Style & Layout', duration: 80.9 },
        { group: 'parseHTML', groupLabel: 'Parse HTML & CSS', duration: 43.5 },
        { group: 'scriptParseCompile', groupLabel: 'Script Parsing & Compilation', duration: 26.2 },
        { group: 'paintCompositeRender', groupLabel: 'Rendering', duration: 11 },
      ],
    },
  },
  'largest-contentful-paint-element': {
    details: {
      type: 'list',
      items: [
        {
          type: 'table',
          items: [
            {
              node: {
                type: 'node',
                selector: 'ol.embed-steps > li.embed-step > div.step-body > p#_R_2c_',
              },
            },
          ],
        },
        {
          type: 'table',
          items: [
            { phase: 'TTFB', timing: 475.8, percent: '69%' },
            { phase: 'Load Delay', timing: 0, percent: '0%' },
            { phase: 'Load Time', timing: 0, percent: '0%' },
            { phase: 'Render Delay', timing: 218, percent: '31%' },
          ],
        },
      ],
    },
  },
  'long-tasks': {
    details: {
      type: 'table',
      items: [
        { url: 'Unattributable', duration: 261, startTime: 805.8 },
        { url: 'http://127.0.0.1:4711/assets/embed-B0VMUoe8.js', duration: 122, startTime: 1617.6 },
        { url: 'http://127.0.0.1:4711/assets/embed-B0VMUoe8.js', duration: 262, startTime: 1555.6 },
        { url: 'http://127.0.0.1:4711/embed/x/', duration: 56, startTime: 700 },
      ],
    },
  },
};

describe('lighthouseProfileFrom', () => {
  const p = lighthouseProfileFrom(audits);
  it('folds main-thread groups: scripting, style + layout, rendering, parsing, GC, other', () => {
    expect(p.mainThread?.scriptingMs).toBeCloseTo(388.7);
    expect(p.mainThread).toMatchObject({
      styleLayoutMs: 80.9,
      renderingMs: 11,
      parseMs: 43.5,
      garbageCollectionMs: 0,
      otherMs: 483.7,
    });
  });
  it('keeps the LCP element and its phases', () => {
    expect(p.lcpElement).toBe('ol.embed-steps > li.embed-step > div.step-body > p#_R_2c_');
    expect(p.lcpPhases).toEqual({
      ttfbMs: 475.8,
      loadDelayMs: 0,
      loadTimeMs: 0,
      renderDelayMs: 218,
    });
  });
  it('lists the longest tasks first', () => {
    expect(p.longTasks.map((t) => t.durationMs)).toEqual([262, 261, 122, 56]);
    expect(p.longTasks.map(describeLongTask)).toEqual([
      'embed-B0VMUoe8.js 262 ms',
      'unattributed 261 ms',
      'embed-B0VMUoe8.js 122 ms',
      'page /embed/x/ 56 ms',
    ]);
  });
  it('gives nulls and an empty list for a report without these audits', () => {
    expect(lighthouseProfileFrom({})).toEqual({
      mainThread: null,
      lcpElement: null,
      lcpPhases: null,
      longTasks: [],
    });
    expect(
      lighthouseProfileFrom({ 'mainthread-work-breakdown': { details: { items: 'nope' } } })
        .mainThread,
    ).toBeNull();
  });
});
