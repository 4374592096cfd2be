import { describe, expect, it } from 'vitest';
import {
  offlineCacheName,
  offlineCachePrefix,
  offlineRoute,
  servesPage,
  type OfflineManifest,
} from './offline-manifest.ts';

/** The source edition's copy of a site under /explainer/, with a Korean edition beside it. */
const manifest: OfflineManifest = {
  scope: '/explainer/',
  build: '0123456789abcdef',
  pages: ['/explainer/', '/explainer/s/crossing/', '/explainer/read/', '/explainer/sources/'],
  notFound: '/explainer/404.html',
  files: Object.fromEntries(
    [
      '/explainer/',
      '/explainer/s/crossing/',
      '/explainer/read/',
      '/explainer/sources/',
      '/explainer/404.html',
      '/explainer/assets/index-a.js',
      '/explainer/print.css',
    ].map((path) => [path, 'sha256-x']),
  ),
  elsewhere: ['/explainer/ko/', '/explainer/embed/'],
};

describe('the offline copy', () => {
  it('serves its pages, whatever the query, and a page file as its folder', () => {
    expect(offlineRoute(manifest, '/explainer/s/crossing/', true)).toEqual({
      kind: 'page',
      path: '/explainer/s/crossing/',
    });
    expect(offlineRoute(manifest, '/explainer/read/index.html', true)).toEqual({
      kind: 'page',
      path: '/explainer/read/',
    });
  });

  it('sends a page address without its final "/" where a static host does', () => {
    expect(offlineRoute(manifest, '/explainer/s/crossing', true)).toEqual({
      kind: 'redirect',
      to: '/explainer/s/crossing/',
    });
  });

  it("answers any other address in the edition with the edition's 404 page", () => {
    for (const path of ['/explainer/s/nothing/', '/explainer/nothing', '/explainer/a.html'])
      expect(offlineRoute(manifest, path, true), path).toEqual({
        kind: 'not-found',
        path: '/explainer/404.html',
      });
  });

  it('leaves to the network what it did not save: other editions, embeds, other files', () => {
    for (const [path, navigate] of [
      ['/explainer/ko/', true],
      ['/explainer/ko/assets/index-a.js', false],
      ['/explainer/embed/crossing/', true],
      ['/explainer/social/story.png', true],
      ['/explainer/social/story.png', false],
      ['/explainer/assets/embed-b.js', false],
      ['/other/', true],
      ['/assets/index-a.js', false],
    ] as const)
      expect(offlineRoute(manifest, path, navigate), path).toEqual({ kind: 'network' });
  });

  it('serves its scripts and stylesheets to the pages it serves, not to others', () => {
    expect(offlineRoute(manifest, '/explainer/assets/index-a.js', false)).toEqual({
      kind: 'file',
      path: '/explainer/assets/index-a.js',
    });
    expect(servesPage(manifest, '/explainer/sources/')).toBe(true);
    expect(servesPage(manifest, '/explainer/nothing/')).toBe(true);
    expect(servesPage(manifest, '/explainer/ko/sources/')).toBe(false);
    expect(servesPage(manifest, '/explainer/embed/crossing/')).toBe(false);
  });

  it("names each version's cache by the edition's scope, so editions never share one", () => {
    expect(offlineCacheName('/explainer/', 'abc')).toBe('offline:/explainer/:abc');
    expect(
      offlineCacheName('/explainer/ko/', 'abc').startsWith(offlineCachePrefix('/explainer/')),
    ).toBe(false);
  });
});
