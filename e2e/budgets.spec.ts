import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Byte budgets, deterministic and so asserted (timings are only printed by `npm run bench`).
 * First-view JavaScript: 110 KB gzipped (issue 5); map geometry and the animation engine load after.
 */
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const KB = 1024;

test('first-view JavaScript stays within budget', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const total = scripts.reduce((sum, src) => sum + gz(join('dist', src.replace(/^.*?\/assets\//, 'assets/'))), 0);
  console.log(`first-view JS: ${(total / KB).toFixed(1)} KB gzipped in ${scripts.length} file(s)`);
  expect(total).toBeLessThanOrEqual(110 * KB);
});

test('the story page HTML, with its inlined CSS and first map, stays within budget', () => {
  const size = gz('dist/index.html');
  console.log(`story HTML: ${(size / KB).toFixed(1)} KB gzipped`);
  expect(size).toBeLessThanOrEqual(45 * KB);
});

test('the map data stays within 15 KB gzipped', () => {
  expect(gz('data/geo/region.topo.json')).toBeLessThanOrEqual(15 * KB);
});
