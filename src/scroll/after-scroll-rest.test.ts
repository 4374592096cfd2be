import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterScrollRest } from './after-scroll-rest.ts';

/** A window that scrolls: an event target with the (faked) timers. */
let page: EventTarget;
const scroll = () => page.dispatchEvent(new Event('scroll'));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  page = Object.assign(new EventTarget(), {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
  });
  vi.stubGlobal('window', page);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterScrollRest', () => {
  it('acts once the page has not scrolled for the whole wait, counted from the last scroll', () => {
    const action = vi.fn();
    afterScrollRest(500, action);
    vi.advanceTimersByTime(300);
    scroll(); // at 300: the wait now ends at 800
    vi.advanceTimersByTime(450);
    scroll(); // at 750: now at 1,250
    vi.advanceTimersByTime(499);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    // Done: later scrolls start nothing.
    scroll();
    vi.advanceTimersByTime(5000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('acts after the wait when nothing scrolls, and never once cancelled', () => {
    const quiet = vi.fn();
    afterScrollRest(500, quiet);
    vi.advanceTimersByTime(500);
    expect(quiet).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    const cancel = afterScrollRest(500, cancelled);
    vi.advanceTimersByTime(200);
    cancel();
    scroll();
    vi.advanceTimersByTime(5000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
