import { escapeHtml } from './html-escape.ts';

export interface HeadInput {
  title: string;
  description: string;
  /** Element id to send readers without JavaScript to (deep links). */
  landOn?: string;
}

/** The per-page <head> tags written into each prerendered file. */
export function pageHead({ title, description, landOn }: HeadInput): string {
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
  ];
  // With JavaScript the app scrolls to the section itself; without it, a same-page fragment
  // refresh (delay 0, so no timing barrier) opens the story at the linked section.
  if (landOn) tags.push(`<noscript><meta http-equiv="refresh" content="0;url=#${escapeHtml(landOn)}" /></noscript>`);
  return tags.join('\n    ');
}
