import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, metaPolicy, singleFilePolicy } from './security-headers.ts';
import { prerenderPathsFor } from '../address/address.ts';
import { parseAddress } from '../address/parse-address.ts';
import { pageKind, pageKinds } from '../address/page-kinds.ts';
import { withBase } from '../address/site-base.ts';

describe('security headers', () => {
  /** The sources a directive allows: its own, or those of the first it falls back to. */
  const allowed = (...fallbacks: string[]) =>
    fallbacks
      .map((name) => metaPolicy.split('; ').find((d) => d.startsWith(`${name} `)))
      .find(Boolean)
      ?.replace(/^\S+ /, '');
  it('allows no inline or third-party scripts, fonts, fetches or frames', () => {
    expect(allowed('script-src', 'default-src')).toBe("'self'");
    expect(allowed('font-src', 'default-src')).toBe("'self'");
    expect(allowed('connect-src', 'default-src')).toBe("'self'");
    expect(allowed('frame-src', 'child-src', 'default-src')).toBe("'self'");
    expect(metaPolicy).not.toMatch(/https?:/);
  });
  it("lets a page register the site's own service worker, and no other", () => {
    // worker-src falls back to child-src, then script-src, then default-src (CSP Level 3).
    expect(allowed('worker-src', 'child-src', 'script-src', 'default-src')).toBe("'self'");
  });
  it('lets only embeds be framed by other sites', () => {
    expect(headersFor('/embed/a/', '/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    for (const path of ['/', '/s/a/', '/sources/', '/404.html']) {
      expect(headersFor(path, '/')['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    }
    expect(headersFor('/explainer/embed/a/', '/explainer/')['Content-Security-Policy']).toMatch(
      /frame-ancestors \*$/,
    );
  });
  it("gives every edition's pages the same rules, in its folder", () => {
    const editions = ['', 'ko'];
    expect(headersFor('/ko/embed/a/', '/', editions)['Content-Security-Policy']).toMatch(
      /frame-ancestors \*$/,
    );
    for (const path of ['/ko/', '/ko/s/a/', '/ko/sources/', '/ko/read/', '/ko/404.html']) {
      expect(headersFor(path, '/', editions)['Content-Security-Policy'], path).toMatch(
        /frame-ancestors 'none'$/,
      );
    }
    expect(headersFor('/ko/oembed/a.json', '/', editions)['Access-Control-Allow-Origin']).toBe('*');
    // Each edition's pages, and its single-file article.
    expect(headersFile('/', editions).match(/Content-Security-Policy/g)).toHaveLength(
      2 * (pageKinds.reduce((n, k) => n + k.headerPatterns.length, 0) + 1),
    );
  });
  it('asks no CORS for scripts (embeds load a classic script)', () => {
    expect(headersFor('/assets/embed-x.js', '/')).not.toHaveProperty('Access-Control-Allow-Origin');
  });
  it('writes a _headers file with one block per pattern', () => {
    const file = headersFile('/');
    expect(file).toMatch(/^\/embed\/\*\n {2}X-Content-Type-Options: nosniff/m);
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(
      pageKinds.reduce((n, k) => n + k.headerPatterns.length, 0) + 1,
    );
  });
  it('serves the single-file article under its own policy, which allows no request', () => {
    expect(singleFilePolicy).toMatch(/^default-src 'none'/);
    expect(singleFilePolicy).not.toMatch(/'self'|https?:|data:|script-src/);
    for (const [path, base] of [
      ['/download/en.html', '/'],
      ['/ko/download/ko.html', '/'],
      ['/explainer/ko/download/ko.html', '/explainer/'],
    ] as const)
      expect(headersFor(path, base, ['', 'ko'])['Content-Security-Policy'], path).toBe(
        `${singleFilePolicy}; frame-ancestors 'none'`,
      );
  });
  // Derived from the page-kind table, not a hand-kept list: a page kind without a rule fails here.
  it(
    'gives every page the build writes its policy, nosniff and referrer policy, framing only ' +
      'embeds',
    () => {
      const written = [...prerenderPathsFor(['a-b', 'c']), '/404.html'];
      for (const base of ['/', '/explainer/']) {
        for (const path of written) {
          const headers = headersFor(withBase(path, base), base);
          expect(headers['Content-Security-Policy'], `${base} ${path}`).toContain(metaPolicy);
          expect(headers['X-Content-Type-Options'], `${base} ${path}`).toBe('nosniff');
          expect(headers['Referrer-Policy'], `${base} ${path}`).toBe(
            'strict-origin-when-cross-origin',
          );
          const framable =
            path === '/404.html' ? false : pageKind(parseAddress(path).kind).framable;
          expect(headers['Content-Security-Policy']).toMatch(
            framable ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/,
          );
        }
      }
      expect(headersFor('/read/', '/')['Content-Security-Policy']).toMatch(
        /frame-ancestors 'none'$/,
      );
    },
  );
});
