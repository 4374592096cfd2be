import type { KeyboardEvent } from 'react';
import type { Ui } from '../../content/schema.ts';

interface EmbedStepperProps {
  count: number;
  current: number;
  onChange: (index: number) => void;
  ui: Ui;
}

/**
 * Previous / next and a dot per step. Arrow keys, Home and End work anywhere inside it. The
 * arrows are decoration (the buttons are named by their words); in a narrow card the words are
 * kept for screen readers only, so that both buttons and five dots fit one row (embed.css).
 * At either end the button is `aria-disabled`, not `disabled`: a disabled button drops the focus
 * it holds to the document, and a keyboard reader's next Tab would start at the top again.
 */
export function EmbedStepper({ count, current, onChange, ui }: EmbedStepperProps) {
  if (count < 2) return null;
  const go = (index: number) => onChange(Math.min(count - 1, Math.max(0, index)));
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      Home: 0,
      End: count - 1,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    go(next);
  };
  const label = (n: number) =>
    ui.goToStep.replace('{n}', String(n)).replace('{total}', String(count));
  return (
    <nav className="embed-stepper" aria-label={ui.stepsLabel} onKeyDown={onKeyDown}>
      <button
        type="button"
        onClick={() => go(current - 1)}
        aria-disabled={current === 0 || undefined}
      >
        <span aria-hidden="true">←</span> <span className="embed-step-word">{ui.prevStep}</span>
      </button>
      <span className="embed-dots">
        {Array.from({ length: count }, (_, i) => (
          <button
            key={i}
            type="button"
            className="embed-dot"
            aria-label={label(i + 1)}
            aria-current={i === current ? 'step' : undefined}
            onClick={() => go(i)}
          />
        ))}
      </span>
      <button
        type="button"
        onClick={() => go(current + 1)}
        aria-disabled={current === count - 1 || undefined}
      >
        <span className="embed-step-word">{ui.nextStep}</span> <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
