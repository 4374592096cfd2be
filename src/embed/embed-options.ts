import { stepIndexOf } from '../address/address.ts';

/**
 * Presentation options a host page may set on an embed by query string. Each is checked
 * against an allow-list; anything else is ignored and never echoed into the page.
 */
export interface EmbedOptions {
  theme: 'light' | 'dark';
  /** A #rrggbb colour, or undefined for the default accent. */
  accent?: string;
  hideTitle: boolean;
  /** 0-based step to open, when the host asks for one (clamped by the caller). */
  step?: number;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'light', hideTitle: false };

const MAX_PARAM_LENGTH = 32;

export function parseEmbedOptions(search: string): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 2000 ? '' : search);
  } catch {
    return DEFAULT_EMBED_OPTIONS;
  }
  const get = (key: string) => {
    const value = params.get(key);
    return value !== null && value.length <= MAX_PARAM_LENGTH ? value : undefined;
  };
  const theme = get('theme');
  const accent = get('accent');
  const hide = get('hideTitle');
  return {
    theme: theme === 'dark' ? 'dark' : 'light',
    ...(accent && /^#?[0-9a-fA-F]{6}$/.test(accent)
      ? { accent: `#${accent.replace('#', '').toLowerCase()}` }
      : {}),
    hideTitle: hide === '1' || hide === 'true',
    ...stepOption(stepIndexOf(search)),
  };
}

const stepOption = (step: number | undefined) => (step === undefined ? {} : { step });
