/** Figures with their units, for the printed table. Missing values print as "n/a". */

const NA = 'n/a';

function grouped(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function ms(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined ? NA : `${grouped(value, digits)} ms`;
}

/** Bytes as KiB (1 KiB = 1024 bytes) with one decimal, or plain bytes below 1 KiB. */
export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined) return NA;
  return value < 1024 ? `${grouped(value)} B` : `${grouped(value / 1024, 1)} KiB`;
}

export function percent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined ? NA : `${(share * 100).toFixed(digits)} %`;
}

export function plain(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined ? NA : grouped(value, digits);
}

export function yesNo(value: boolean | null | undefined): string {
  return value === null || value === undefined ? NA : value ? 'yes' : 'no';
}
