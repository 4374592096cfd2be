import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFiles, readWorker, withImports, writeOfflineWorkers } from './offline-workers.ts';

const dist = mkdtempSync(join(tmpdir(), 'offline-workers-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (file: string, body: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), body);
};

const base = '/explainer/';
const page = (extra = '') =>
  `<!doctype html><html><head><link rel="icon" href="data:,"/><link rel="canonical" ` +
  `href="https://example.org/explainer/"/><link rel="stylesheet" href="/explainer/print.css" ` +
  `media="print"/>${extra}</head><body><script type="module" ` +
  `src="/explainer/assets/index-a.js"></script></body></html>`;
const chunk = (fileName: string, imports: string[], dynamicImports: string[] = []) =>
  ({ type: 'chunk', fileName, imports, dynamicImports }) as unknown as Rolldown.OutputChunk;
/** The client build's graph: the entry imports the map runtime on demand, which imports more. */
const site = [
  chunk('assets/index-a.js', [], ['assets/map-runtime-b.js', 'assets/read-c.js']),
  chunk('assets/map-runtime-b.js', ['assets/index-a.js', 'assets/shared-d.js']),
  chunk('assets/read-c.js', ['assets/index-a.js']),
  chunk('assets/shared-d.js', []),
  chunk('assets/embed-e.js', []),
];

describe('what an edition saves for offline reading', () => {
  it('reads the scripts, stylesheets and preloads a page loads, and nothing it only names', () => {
    expect(
      pageFiles(page('<link rel="modulepreload" href="/explainer/assets/x.js"/>'), base).sort(),
    ).toEqual(['/explainer/assets/index-a.js', '/explainer/assets/x.js', '/explainer/print.css']);
  });

  it('follows every import, at once or on demand, through the build graph', () => {
    expect(withImports(['/explainer/assets/index-a.js'], site, base).sort()).toEqual([
      '/explainer/assets/index-a.js',
      '/explainer/assets/map-runtime-b.js',
      '/explainer/assets/read-c.js',
      '/explainer/assets/shared-d.js',
    ]);
  });

  it("writes each edition's worker at its folder, with its pages, files and version", () => {
    const slugs = ['crossing'];
    for (const folder of ['', 'ko/']) {
      for (const p of ['index.html', 's/crossing/index.html', 'read/index.html'])
        write(`${folder}${p}`, page());
      write(`${folder}sources/index.html`, page(`<!-- ${folder} sources -->`));
      write(`${folder}404.html`, page('<!-- 404 -->'));
    }
    for (const name of ['index-a', 'map-runtime-b', 'read-c', 'shared-d'])
      write(`assets/${name}.js`, `/* ${name} */`);
    write('print.css', '@media print{}');
    const write1 = () =>
      writeOfflineWorkers({
        dist,
        base,
        editions: [
          { folder: '', id: 'en', slugs },
          { folder: 'ko', id: 'ko', slugs },
        ],
        site,
        workerCode: '/* the worker */',
      });
    const [en, ko] = write1();
    expect(readWorker(readFileSync(join(dist, 'sw.js'), 'utf8'))).toEqual({
      manifest: en,
      code: '/* the worker */',
    });
    expect(readWorker(readFileSync(join(dist, 'ko/sw.js'), 'utf8')).manifest).toEqual(ko);
    expect(en).toMatchObject({
      scope: '/explainer/',
      pages: ['/explainer/', '/explainer/s/crossing/', '/explainer/sources/', '/explainer/read/'],
      notFound: '/explainer/404.html',
      elsewhere: ['/explainer/ko/', '/explainer/embed/'],
    });
    expect(ko).toMatchObject({ scope: '/explainer/ko/', elsewhere: ['/explainer/ko/embed/'] });
    expect(Object.keys(en!.files).sort()).toEqual([
      '/explainer/',
      '/explainer/404.html',
      '/explainer/assets/index-a.js',
      '/explainer/assets/map-runtime-b.js',
      '/explainer/assets/read-c.js',
      '/explainer/assets/shared-d.js',
      '/explainer/print.css',
      '/explainer/read/',
      '/explainer/s/crossing/',
      '/explainer/sources/',
    ]);
    expect(en!.files['/explainer/print.css']).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
    // A changed file names a new version of its edition's copy, and only of its own.
    write('ko/sources/index.html', page('<!-- corrected -->'));
    const [en2, ko2] = write1();
    expect(en2!.build).toBe(en!.build);
    expect(ko2!.build).not.toBe(ko!.build);
  });
});
