/**
 * A release anyone can verify: `SHA256SUMS` lists every published file with its SHA-256, in the
 * format `sha256sum -c` reads ("<hex>  <path>", paths relative to the folder, sorted), so a
 * mirror operator or a reader checks a copy with `cd dist && sha256sum -c SHA256SUMS`. And the
 * Subresource Integrity value of a file, which pages put on the scripts and stylesheets they
 * load, so a browser refuses a copy that differs from the one the page was built with.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SUMS_FILE = 'SHA256SUMS';

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function filesUnder(dir: string, sub = dir): string[] {
  return readdirSync(sub, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(sub, entry.name);
      return entry.isDirectory()
        ? filesUnder(dir, path)
        : [relative(dir, path).split(sep).join('/')];
    })
    .sort();
}

/** The manifest's text for the files under `dir` (the manifest itself left out). */
export function sha256Sums(dir: string): string {
  return filesUnder(dir)
    .filter((file) => file !== SUMS_FILE)
    .map(
      (file) =>
        `${createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex')}  ${file}\n`,
    )
    .join('');
}

/** Writes `<dir>/SHA256SUMS`; the last file a build writes, so it covers all the others. */
export function writeSha256Sums(dir: string): number {
  const text = sha256Sums(dir);
  writeFileSync(join(dir, SUMS_FILE), text);
  return text.split('\n').length - 1;
}

/** The `integrity` attribute value of a file's bytes (SHA-384, as the SRI spec recommends). */
export function integrityOf(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
