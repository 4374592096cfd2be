import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, siteOriginFrom } from './site-origin.ts';

describe('siteOriginFrom', () => {
  it('builds locally with no setting', () => {
    expect(siteOriginFrom({})).toBe(LOCAL_ORIGIN);
    expect(siteOriginFrom({ SITE_ORIGIN: 'http://127.0.0.1:4398' })).toBe('http://127.0.0.1:4398');
  });
  it('takes a public https origin for publishing', () => {
    expect(siteOriginFrom({ PUBLISH: '1', SITE_ORIGIN: 'https://explainer.example.org/' })).toBe(
      'https://explainer.example.org',
    );
    expect(siteOriginFrom({ PUBLISH: '1', SITE_ORIGIN: 'https://user.github.io:443' })).toBe(
      'https://user.github.io',
    );
  });
  it('refuses to publish without an origin, saying what to set', () => {
    expect(() => siteOriginFrom({ PUBLISH: '1' })).toThrow(
      /SITE_ORIGIN is not set.*SITE_ORIGIN=https:\/\/explainer\.example\.org npm run build:publish/,
    );
  });
  it.each([
    ['http://127.0.0.1:4173', /not https/],
    ['https://127.0.0.1', /loopback or private/],
    ['https://localhost', /loopback or private/],
    ['https://app.localhost', /loopback or private/],
    ['https://[::1]', /loopback or private/],
    ['https://192.168.1.20', /loopback or private/],
    ['https://10.0.0.1', /loopback or private/],
    ['https://example.org:8443', /port 8443/],
    ['https://intranet', /not a public host name/],
  ])('refuses to publish at %s', (origin, reason) => {
    expect(() => siteOriginFrom({ PUBLISH: '1', SITE_ORIGIN: origin })).toThrow(reason);
    expect(() => siteOriginFrom({ PUBLISH: '1', SITE_ORIGIN: origin })).toThrow(
      /SITE_ORIGIN=https:\/\//,
    );
  });
  it('refuses anything but an origin, always', () => {
    expect(() => siteOriginFrom({ SITE_ORIGIN: 'example.org' })).toThrow(
      /not a URL|just an origin/,
    );
    expect(() => siteOriginFrom({ SITE_ORIGIN: 'https://example.org/explainer/' })).toThrow(
      /BASE_PATH/,
    );
    expect(() => siteOriginFrom({ SITE_ORIGIN: 'ftp://example.org' })).toThrow(/just an origin/);
  });
});
