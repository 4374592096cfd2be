/**
 * The requests a page really makes on its first view: loaded in a fresh phone context (empty
 * cache), then left until the network is idle so that chunks imported lazily after hydration are
 * included. No scrolling, so nothing that loads on scroll is counted.
 */
import type { Browser } from 'playwright-core';
import { openPhonePage } from './browser.ts';
import type { CapturedRequest } from './wire-bytes.ts';

export async function capturePageRequests(
  browser: Browser,
  url: string,
): Promise<CapturedRequest[]> {
  const { context, page } = await openPhonePage(browser);
  const captured: CapturedRequest[] = [];
  page.on('response', (response) => {
    captured.push({
      url: response.url(),
      resourceType: response.request().resourceType(),
      status: response.status(),
    });
  });
  page.on('requestfailed', (request) => {
    captured.push({ url: request.url(), resourceType: request.resourceType(), status: 0 });
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    await page.waitForTimeout(500);
  } finally {
    await context.close();
  }
  return captured;
}
