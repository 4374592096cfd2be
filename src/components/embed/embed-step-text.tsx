import { useId } from 'react';
import type { Ui } from '../../content/schema.ts';
import { ClampToggle, clampClass } from './clamp-toggle.tsx';

interface EmbedStepTextProps {
  text: string;
  /** Key of this text in the card's layout (use-compact-fit.ts). */
  clampKey: string;
  clamped: boolean;
  open: boolean;
  onToggle: () => void;
  ui: Ui;
}

/** A step's narrative in the compact card: cut short only when nothing else makes room. */
export function EmbedStepText({ text, clampKey, clamped, open, onToggle, ui }: EmbedStepTextProps) {
  const id = useId();
  return (
    <div
      className={clampClass('step-body', clamped, open)}
      data-clamp="text"
      data-clamp-key={clampKey}
    >
      <p className="step-text clampable-text" id={id}>
        {text}
      </p>
      <ClampToggle
        open={open}
        controls={id}
        more={ui.stepMore}
        less={ui.showLess}
        onToggle={onToggle}
      />
    </div>
  );
}
