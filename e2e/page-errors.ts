import type { Page } from '@playwright/test';

/**
 * Collects page errors and console errors/warnings (React reports hydration mismatches as
 * console errors). Call before navigating; read the array at the end of the test.
 */
export function collectProblems(page: Page, ignore: readonly RegExp[] = []): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (ignore.some((pattern) => pattern.test(m.text()))) return;
    problems.push(`${m.type()}: ${m.text()}`);
  });
  return problems;
}
