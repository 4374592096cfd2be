/**
 * The browser every tool here drives: Debian's Chromium when installed (Playwright cannot
 * download browsers on these machines), or CHROMIUM_PATH; and the flags it always runs with, so
 * the tests and the bench measure the same browser.
 */
import { execSync } from 'node:child_process';

/** Quiet, sandbox-free headless runs: no background traffic, no first-run or update work. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROMIUM_PATH, else the `chromium` on PATH, else undefined (Playwright's own browser). */
export function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}
