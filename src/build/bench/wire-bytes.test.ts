import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzip9 } from './compress.ts';
import {
  categorize,
  distFileFor,
  inlineStyles,
  referencedAssets,
  wireBytes,
} from './wire-bytes.ts';

let dist = '';
const html =
  '<html><head><script type="module" crossorigin src="/assets/app.js"></script><link ' +
  'rel="modulepreload" ' +
  'href="/assets/dep.js"><style>body{margin:0}</style></head><body><h1>Hi</h1></body></html>';

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'wire-bytes-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, 's', 'one'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), html);
  writeFileSync(join(dist, 's', 'one', 'index.html'), '<p>one</p>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app");'.repeat(50));
  writeFileSync(join(dist, 'assets', 'dep.js'), 'export const x = 1;');
  writeFileSync(join(dist, 'assets', 'lazy.js'), 'export const y = 2;');
  writeFileSync(join(dist, 'img.png'), Buffer.alloc(300, 7));
  writeFileSync(join(dist, 'sources.html'), '<p>sources</p>');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('distFileFor', () => {
  it('maps directory URLs to index.html and extension-less paths to .html', () => {
    expect(distFileFor('/', dist)).toBe('index.html');
    expect(distFileFor('/s/one/', dist)).toBe('s/one/index.html');
    expect(distFileFor('/s/one', dist)).toBe('s/one/index.html');
    expect(distFileFor('/sources', dist)).toBe('sources.html');
    expect(distFileFor('/assets/app.js', dist)).toBe('assets/app.js');
  });
  it('refuses missing files, paths outside dist/ and other base paths', () => {
    expect(distFileFor('/nope.js', dist)).toBeUndefined();
    expect(distFileFor('/../etc/passwd', dist)).toBeUndefined();
    expect(distFileFor('/%2e%2e/x', dist)).toBeUndefined();
    expect(distFileFor('/assets/app.js', dist, '/sub/')).toBeUndefined();
    expect(distFileFor('/sub/assets/app.js', dist, '/sub/')).toBe('assets/app.js');
  });
});

describe('categorize, referencedAssets, inlineStyles', () => {
  it('goes by extension first, then by resource type', () => {
    expect(categorize('assets/a.js', 'script')).toBe('js');
    expect(categorize('oembed/x.json', 'fetch')).toBe('data');
    expect(categorize('index.html', 'document')).toBe('html');
    expect(categorize('social/x.png', 'image')).toBe('image');
    expect(categorize('thing', 'script')).toBe('js');
    expect(categorize('thing', 'websocket')).toBe('other');
  });
  it('lists scripts, module preloads and stylesheets, and inline CSS', () => {
    expect(referencedAssets(html)).toEqual(['/assets/app.js', '/assets/dep.js']);
    expect(
      referencedAssets('<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.png">'),
    ).toEqual(['/a.css']);
    expect(inlineStyles(html)).toBe('body{margin:0}');
  });
});

describe('wireBytes', () => {
  const origin = 'http://127.0.0.1:9999';
  it('sizes each response from dist/, sums by category, and skips what is not on the wire', () => {
    const report = wireBytes(
      `${origin}/`,
      [
        { url: `${origin}/`, resourceType: 'document', status: 200 },
        { url: `${origin}/assets/app.js`, resourceType: 'script', status: 200 },
        { url: `${origin}/assets/lazy.js`, resourceType: 'script', status: 200 },
        { url: `${origin}/assets/lazy.js`, resourceType: 'script', status: 200 },
        { url: `${origin}/img.png`, resourceType: 'image', status: 200 },
        { url: 'data:,', resourceType: 'other', status: 200 },
        { url: 'https://example.org/x.js', resourceType: 'script', status: 200 },
        { url: `${origin}/missing.js`, resourceType: 'script', status: 404 },
      ],
      dist,
    );
    expect(report.requests.map((r) => r.file)).toEqual([
      'index.html',
      'assets/app.js',
      'assets/lazy.js',
      'img.png',
    ]);
    const app = report.requests[1];
    expect(app?.raw).toBe(19 * 50);
    expect(app?.gzip).toBe(gzip9(Buffer.from('console.log("app");'.repeat(50))).byteLength);
    expect(app?.brotli).toBeLessThan(app?.raw ?? 0);
    expect(report.requests[3]).toMatchObject({
      category: 'image',
      raw: 300,
      gzip: 300,
      brotli: 300,
    });
    expect(report.byCategory.js.count).toBe(2);
    expect(report.total.count).toBe(4);
    expect(report.total.raw).toBe(report.requests.reduce((s, r) => s + r.raw, 0));
    expect(report.inlineCss.raw).toBe('body{margin:0}'.length);
    expect(report.referencedNotRequested).toEqual(['/assets/dep.js']);
    expect(report.notCounted.map((n) => n.reason)).toEqual(['other origin', 'no file in dist/']);
  });
});
