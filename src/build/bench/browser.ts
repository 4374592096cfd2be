/**
 * The one browser every measurement uses: Debian's Chromium (Playwright cannot download its own
 * here), headless, with the same flags for Lighthouse and Playwright, and a phone-sized context.
 */
import { execSync } from 'node:child_process';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A mid-range phone: 390×844 CSS px at 2× (iPhone 12–14 class). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/** Main-thread slowdown used for the scroll and hydration measurements. */
export const CPU_SLOWDOWN = 4;

/** CHROMIUM_PATH, else `command -v chromium`. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const found = execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
    if (found) return found;
  } catch {
    // fall through
  }
  throw new Error(
    "No Chromium found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.",
  );
}

/** "Chromium 156.0.8078.79 …" as the binary reports it. */
export function chromiumVersion(path: string): string {
  try {
    return execSync(`"${path}" --version`, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROME_FLAGS });
}

export interface PhonePage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/** A fresh phone context (empty cache), optionally with the main thread slowed down. */
export async function openPhonePage(browser: Browser, cpuSlowdown = 1): Promise<PhonePage> {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { context, page, cdp };
}
