import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, metaPolicy } from './security-headers.ts';

describe('security headers', () => {
  it('allows no inline or third-party scripts', () => {
    expect(metaPolicy).toContain("script-src 'self'");
    expect(metaPolicy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(metaPolicy).not.toMatch(/https?:/);
  });
  it('lets only embeds be framed by other sites', () => {
    expect(headersFor('/embed/a/', '/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    for (const path of ['/', '/s/a/', '/sources/', '/404.html']) {
      expect(headersFor(path, '/')['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    }
    expect(headersFor('/explainer/embed/a/', '/explainer/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
  });
  it('asks no CORS for scripts (embeds load a classic script)', () => {
    expect(headersFor('/assets/embed-x.js', '/')).not.toHaveProperty('Access-Control-Allow-Origin');
  });
  it('writes a _headers file with one block per pattern', () => {
    const file = headersFile('/');
    expect(file).toMatch(/^\/embed\/\*\n {2}X-Content-Type-Options: nosniff/m);
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(6);
  });
});
