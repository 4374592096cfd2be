/**
 * Code that runs inside the page, kept as plain JavaScript strings: functions passed to
 * Playwright are serialised with toString(), and tsx/esbuild add helpers (`__name`) to named
 * functions that do not exist in the page.
 */

/**
 * Installed with addInitScript before the page's own scripts: on every animation frame, checks
 * whether React has attached to #root (the container gets `__react…` keys when hydrateRoot runs)
 * and whether hydration has claimed the prerendered DOM (the first and last children of #root get
 * `__reactFiber…` keys when the hydration render completes). Times are performance.now() of the
 * frame in which each was first seen, so they are late by up to one frame.
 */
export const HYDRATION_PROBE = `(() => {
  if (window.top !== window) return;
  var probe = (window.__benchHydration = { attached: null, hydrated: null, frames: 0 });
  function has(el, prefix) {
    if (!el) return false;
    var keys = Object.keys(el);
    for (var i = 0; i < keys.length; i++) if (keys[i].indexOf(prefix) === 0) return true;
    return false;
  }
  function tick() {
    probe.frames++;
    var root = document.getElementById('root');
    var now = performance.now();
    if (root) {
      if (probe.attached === null && has(root, '__react')) {
        probe.attached = now;
        performance.mark('bench:react-attached');
      }
      var claimed =
        has(root.firstElementChild, '__reactFiber') && has(root.lastElementChild, '__reactFiber');
      if (probe.hydrated === null && claimed) {
        probe.hydrated = now;
        performance.mark('bench:hydrated');
        return;
      }
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();`;

/**
 * The floor's stand-in for the hydration probe: the floor has no React, so it only leaves a
 * user-timing mark at DOMContentLoaded, which lines the performance trace up with page time.
 * The hydration fields stay null.
 */
export const DOM_READY_PROBE = `(() => {
  if (window.top !== window) return;
  document.addEventListener('DOMContentLoaded', function () {
    performance.mark('bench:dom-ready');
  });
})();`;

/** Reads the hydration probe and the navigation timing. */
export const READ_HYDRATION = `(() => {
  var nav = performance.getEntriesByType('navigation')[0];
  return {
    attached: window.__benchHydration ? window.__benchHydration.attached : null,
    hydrated: window.__benchHydration ? window.__benchHydration.hydrated : null,
    responseStart: nav ? nav.responseStart : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
  };
})()`;

/**
 * Started after load, before scrolling: records the timestamp of every animation frame and every
 * long task / long animation frame from now on (no buffered entries: only what happens after load).
 */
export const START_FRAME_RECORDER = `(() => {
  var rec = (window.__benchFrames = {
    frames: [], longTasks: [], longFrames: [], unsupported: [], running: true,
    entryOf: function (e) {
      var blocking = typeof e.blockingDuration === 'number' ? e.blockingDuration : null;
      return { start: e.startTime, duration: e.duration, blocking: blocking };
    },
  });
  function frame(t) {
    rec.frames.push(t);
    if (rec.running) requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  var supported = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  function observe(type, into) {
    if (supported.indexOf(type) < 0) {
      rec.unsupported.push(type);
      return;
    }
    var observer = new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        into.push(rec.entryOf(e));
      });
    });
    observer.observe({ type: type, buffered: false });
    rec.observers = (rec.observers || []).concat([observer]);
  }
  observe('longtask', rec.longTasks);
  observe('long-animation-frame', rec.longFrames);
})();`;

/** Stops the recorder and returns what it saw (pending observer entries included). */
export const STOP_FRAME_RECORDER = `(() => {
  var rec = window.__benchFrames;
  rec.running = false;
  (rec.observers || []).forEach(function (o) {
    var pending = o.takeRecords();
    pending.forEach(function (e) {
      var into = e.entryType === 'longtask' ? rec.longTasks : rec.longFrames;
      into.push(rec.entryOf(e));
    });
    o.disconnect();
  });
  return {
    frames: rec.frames, longTasks: rec.longTasks, longFrames: rec.longFrames,
    unsupported: rec.unsupported,
  };
})()`;

/** Scroll position and how far it can go. */
export const SCROLL_STATE = `(() => ({
  y: window.scrollY,
  max: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
}))()`;
