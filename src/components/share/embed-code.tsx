import { useEffect, useRef } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { Section } from '../../content/schema.ts';
import { EMBED_MAX_HEIGHT } from '../../embed/embed-size.ts';
import { StaticHtml } from '../static/static-html.tsx';
import { announce } from '../status/announcer.tsx';
import { copyText } from './copy-text.ts';

/** The words are server HTML: the browser's script never carries the code that writes them. */
const EmbedCodeWords = import.meta.env.SSR
  ? (await import('./embed-code-words.tsx')).EmbedCodeWords
  : () => null;

/**
 * The "Embed" control: codes to paste into a campaign site (server HTML, embed-code-words.tsx),
 * brought to life once scripts run: each code's copy button appears, and the preview loads when
 * the disclosure is first opened, so nobody pays for a preview they did not ask for.
 */
export function EmbedCode({ section, content }: { section: Section; content: Content }) {
  const box = useRef<HTMLDivElement>(null);
  const { ui } = content;
  useEffect(() => {
    const details = box.current?.querySelector('details');
    if (!details) return;
    const buttons = details.querySelectorAll<HTMLButtonElement>('button[data-copy]');
    buttons.forEach((button) => (button.hidden = false));
    const onToggle = () => {
      if (!details.open || details.querySelector('iframe')) return;
      const preview = document.createElement('iframe');
      preview.className = 'embed-code-preview';
      preview.src = details.dataset.previewSrc ?? '';
      preview.title = details.dataset.previewTitle ?? '';
      preview.height = String(EMBED_MAX_HEIGHT);
      preview.loading = 'lazy';
      details.append(preview);
    };
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
      const code = button && document.getElementById(button.dataset.copy ?? '');
      if (!button || !(code instanceof HTMLTextAreaElement)) return;
      const copied = await copyText(code.value);
      button.textContent = copied ? ui.copied : ui.copy;
      if (copied) announce(ui.copied);
    };
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof HTMLTextAreaElement) event.target.select();
    };
    details.addEventListener('toggle', onToggle);
    details.addEventListener('click', onClick);
    details.addEventListener('focusin', onFocus);
    return () => {
      buttons.forEach((button) => (button.hidden = true));
      details.removeEventListener('toggle', onToggle);
      details.removeEventListener('click', onClick);
      details.removeEventListener('focusin', onFocus);
    };
  }, [ui]);
  return (
    <div ref={box}>
      <StaticHtml id={`embed-code-${section.slug}`}>
        <EmbedCodeWords section={section} content={content} />
      </StaticHtml>
    </div>
  );
}
