import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFloorSite } from './floor-site.ts';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function fakeDist(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'floor-site-'));
  temps.push(root);
  const dist = join(root, 'snapshot', 'dist');
  mkdirSync(join(dist, 'embed', 'a'), { recursive: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  const story =
    '<html><head><script type="module" src="/assets/i.js"></script><link rel="modulepreload" ' +
    'href="/assets/d.js"></head><body><h1>Story</h1></body></html>';
  writeFileSync(join(dist, 'index.html'), story);
  writeFileSync(join(dist, 'index.html.gz'), gzipSync(story));
  writeFileSync(join(dist, 'index.html.br'), 'stale');
  writeFileSync(
    join(dist, 'embed', 'a', 'index.html'),
    '<body><p>Card</p><script defer src="/assets/e.js"></script></body>',
  );
  writeFileSync(join(dist, '404.html'), '<p>Not found</p>');
  writeFileSync(join(dist, 'assets', 'i.js'), 'console.log(1)');
  return { root, dist };
}

describe('makeFloorSite', () => {
  it('copies the site, cuts the pages\u2019 scripts, recompresses the copies that existed', () => {
    const { root, dist } = fakeDist();
    const floor = makeFloorSite(root, dist, ['index.html', 'embed/a/index.html']);
    try {
      expect(floor).toMatchObject({ pages: 2, scripts: 2, preloads: 1 });
      const html = readFileSync(join(floor.dist, 'index.html'), 'utf8');
      expect(html).toBe('<html><head></head><body><h1>Story</h1></body></html>');
      expect(gunzipSync(readFileSync(join(floor.dist, 'index.html.gz'))).toString()).toBe(html);
      expect(brotliDecompressSync(readFileSync(join(floor.dist, 'index.html.br'))).toString()).toBe(
        html,
      );
      expect(existsSync(join(floor.dist, 'embed', 'a', 'index.html.gz'))).toBe(false);
      expect(readFileSync(join(floor.dist, 'embed', 'a', 'index.html'), 'utf8')).toBe(
        '<body><p>Card</p></body>',
      );
      expect(readFileSync(join(floor.dist, '404.html'), 'utf8')).toBe('<p>Not found</p>');
      // Still served, never asked for.
      expect(readFileSync(join(floor.dist, 'assets', 'i.js'), 'utf8')).toBe('console.log(1)');
      // The source is untouched.
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<script');
    } finally {
      floor.remove();
    }
    expect(existsSync(floor.dir)).toBe(false);
  });

  it('refuses when a measured page had no script to cut (the floor would be no floor)', () => {
    const { root, dist } = fakeDist();
    expect(() => makeFloorSite(root, dist, ['404.html'])).toThrow(
      /no script to remove in dist\/404.html/,
    );
    expect(existsSync(join(root, '.bench', `floor-${process.pid}`))).toBe(false);
  });
});
