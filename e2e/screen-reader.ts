/**
 * A screen reader's virtual cursor in the page under test: the browser build of
 * @guidepup/virtual-screen-reader, evaluated in the page over the DevTools protocol (the site's
 * CSP keeps applying to the site's own scripts). It walks the accessibility tree as NVDA's browse
 * mode or VoiceOver's cursor does, and logs what it would speak, live regions included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const HANDLE = '__virtualScreenReader';

/** The build is an ES module ending in `export{…, X as virtual}`: as a script, it hands it over. */
const script = (() => {
  const file = createRequire(import.meta.url).resolve('@guidepup/virtual-screen-reader/browser.js');
  const source = readFileSync(file, 'utf8');
  const at = source.lastIndexOf('export{');
  const end = source.indexOf('}', at);
  const names = source
    .slice(at + 'export{'.length, end)
    .split(',')
    .map((pair) => pair.trim().split(/\s+as\s+/))
    .map(([local, exported]) => `${exported ?? local}:${local}`);
  if (at < 0 || names.length === 0) throw new Error(`no export list at the end of ${file}`);
  const handOver = `;globalThis.${HANDLE}={${names.join(',')}};`;
  return source.slice(0, at) + handOver + source.slice(end + 1);
})();

/** Starts the reader at the top of `selector` (the whole page by default), as it loads. */
export async function startReader(page: Page, selector = 'body'): Promise<void> {
  await page.evaluate(script);
  await page.evaluate(
    async ([handle, at]) => {
      const { virtual } = (globalThis as never)[handle] as { virtual: VirtualReader };
      const container = document.querySelector(at!);
      if (!container) throw new Error(`no ${at} to read`);
      await virtual.start({ container });
    },
    [HANDLE, selector] as const,
  );
}

/**
 * Moves the cursor on, item by item, until an item's words match `until` (or `limit` items), and
 * returns everything spoken since the reader started.
 */
export async function readOn(page: Page, until: RegExp, limit = 2_000): Promise<string[]> {
  return page.evaluate(
    async ([handle, source, flags, max]) => {
      const { virtual } = (globalThis as never)[handle] as { virtual: VirtualReader };
      const stop = new RegExp(source, flags);
      for (let i = 0; i < max; i += 1) {
        await virtual.next();
        if (stop.test(await virtual.lastSpokenPhrase())) break;
      }
      return virtual.spokenPhraseLog();
    },
    [HANDLE, until.source, until.flags, limit] as const,
  );
}

/** Everything spoken so far: items read, focus moves and live regions, in order. */
export async function spoken(page: Page): Promise<string[]> {
  return page.evaluate(async (handle) => {
    const { virtual } = (globalThis as never)[handle] as { virtual: VirtualReader };
    return virtual.spokenPhraseLog();
  }, HANDLE);
}

/** Forgets what was spoken, so the next transcript starts here. */
export async function clearSpoken(page: Page): Promise<void> {
  await page.evaluate(async (handle) => {
    const { virtual } = (globalThis as never)[handle] as { virtual: VirtualReader };
    await virtual.clearSpokenPhraseLog();
  }, HANDLE);
}

interface VirtualReader {
  start(options: { container: Node }): Promise<void>;
  next(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
}
