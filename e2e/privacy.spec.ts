import { expect, test } from '@playwright/test';
import { onePagePerKind } from './story-content.ts';

test('every request a reader’s browser makes goes to this site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of onePagePerKind(1).map((p) =>
    p.startsWith('/embed/') ? `${p}?theme=dark` : p,
  )) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Scroll the story so every lazy part loads, and open an embed preview.
  await page.goto('/');
  await page.mouse.move(195, 600);
  for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 500);
  await page.locator('.embed-code summary').first().click();
  await page.waitForLoadState('networkidle');
  const foreign = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'),
  );
  expect(requests.length).toBeGreaterThan(10);
  expect(foreign).toEqual([]);
});
