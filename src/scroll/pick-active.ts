/** Where a step sits relative to the viewport, in CSS pixels (as getBoundingClientRect gives). */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The active step is the last one whose top has crossed the trigger line (a fraction of the
 * viewport height from the top). Before the first step crosses it, the first step is active,
 * so the opening map shows the story's first view. Pure, so it is tested without a browser.
 */
export function pickActive(
  steps: readonly StepBox[],
  viewportHeight: number,
  offset: number,
): number {
  return pickActiveAt(steps, viewportHeight * clamp(offset, 0, 1));
}

/**
 * The same, for a trigger line given in pixels from the top of the viewport: the bottom of the
 * observer's band, exactly as the browser computed it. A step whose top lies on that line has
 * crossed it (an IntersectionObserver reports a box touching the band as intersecting).
 */
export function pickActiveAt(steps: readonly StepBox[], line: number): number {
  let active = 0;
  steps.forEach((box, i) => {
    if (box.top <= line) active = i;
  });
  return active;
}

/** Keeps a requested step number inside the story: out-of-range values land on the nearest step. */
export function clampStep(index: number, count: number): number {
  if (count <= 0) return 0;
  if (!Number.isFinite(index)) return 0;
  return clamp(Math.trunc(index), 0, count - 1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
