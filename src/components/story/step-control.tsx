import type { Ui } from '../../content/schema.ts';
import { useHydrated } from '../share/use-hydrated.ts';
import { stepPosition } from '../../content/ui-phrases.ts';

/** Which of a step's two buttons: the focus moves to the same one in the step it leads to. */
export type StepDirection = 'previous' | 'next';

interface StepControlProps {
  /** The step's place in the whole story (0-based) and the story's number of steps. */
  index: number;
  count: number;
  /** Its place in its section (0-based) and the section's number of steps. */
  stepIndex: number;
  sectionSteps: number;
  ui: Ui;
  onGo: (target: number, direction: StepDirection) => void;
}

/**
 * A keyboard reader's way from step to step without tabbing through every citation (WCAG 2.1.1):
 * Previous and Next at the top of each step, out of sight until one holds the focus (global.css).
 * A press moves the focus to the same button of the step it leads to, so the next Tab continues
 * in that step's own links and the group's name says where the reader is ("Step 2 of 4"). At
 * either end of the story the button is `aria-disabled`, never `disabled`, so the focus stays.
 * Rendered once scripts run: without them there is nothing for a press to do.
 */
export function StepControl({ index, count, stepIndex, sectionSteps, ui, onGo }: StepControlProps) {
  if (!useHydrated()) return null;
  const position = stepPosition(ui, stepIndex, sectionSteps);
  const button = (direction: StepDirection, target: number, words: string) => {
    const off = target < 0 || target >= count;
    return (
      <button
        type="button"
        data-go={direction}
        aria-disabled={off || undefined}
        onClick={() => (off ? undefined : onGo(target, direction))}
      >
        {words}
      </button>
    );
  };
  return (
    <div className="step-control" role="group" aria-label={position}>
      {button('previous', index - 1, ui.prevStep)}
      {button('next', index + 1, ui.nextStep)}
    </div>
  );
}
