interface ClampToggleProps {
  open: boolean;
  /** Id of the text it shows in full. */
  controls: string;
  more: string;
  less: string;
  onToggle: () => void;
}

/**
 * The disclosure button of a text the compact card cut short (shown by the stylesheet only
 * while cut short or opened). The text itself is always whole in the page, for screen readers.
 */
export function ClampToggle({ open, controls, more, less, onToggle }: ClampToggleProps) {
  return (
    <button
      type="button"
      className="clamp-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {open ? less : more}
    </button>
  );
}

/** Classes of a clampable block: cut short by the card's layout, or opened by the reader. */
export const clampClass = (base: string, clamped: boolean, open: boolean) =>
  [base, 'clampable', clamped ? 'is-clamped' : '', open ? 'is-open' : ''].filter(Boolean).join(' ');
