import type { AnchorHTMLAttributes } from 'react';
import type { PassageValue } from '../../content/passage.ts';
import { textFragmentUrl } from '../../provenance/text-fragment.ts';

/**
 * A link to a report's page as it was captured, opened at the passage's words (a text
 * fragment), labelled as what it is: the outlet's page as captured, capture metadata, not the
 * report's words.
 */
export function CaptureLink({
  url,
  passage,
  label,
  ...rest
}: { url: string; passage: PassageValue; label: string } & Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href'
>) {
  return (
    <a
      className="capture-link"
      href={textFragmentUrl(url, passage)}
      rel="noopener noreferrer external"
      {...rest}
    >
      {label}
    </a>
  );
}
