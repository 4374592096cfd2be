import { generatePath, matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { pageKinds } from './page-kinds.ts';
import { parseAddress } from './parse-address.ts';
import { generateRoute } from './route-pattern.ts';

const routes = pageKinds.map((k) => k.route).filter((r) => r !== '*');
const paths = [
  '/',
  '//',
  '',
  '/s/a',
  '/s/a/',
  '/s/a//',
  '/s/south-korea/',
  '/S/a/',
  '/s/',
  '/s//',
  '/s/a/b/',
  '/embed/a/',
  '/embed/a.b/',
  '/sources',
  '/sources/',
  '/sources/x/',
  '/read/',
  '/reader/',
  '/ko/',
  '/s/%3Cb%3E/',
  '/s/(.*)/',
];

describe("route patterns, as react-router's own matchPath and generatePath read them", () => {
  it("read each path as the page whose pattern react-router's matchPath matches", () => {
    for (const path of paths) {
      // The codec reads an empty path as "/", the address bar's spelling of it.
      const kinds = pageKinds.filter(
        (k) => k.route !== '*' && matchPath({ path: k.route, caseSensitive: true }, path || '/'),
      );
      const page = parseAddress(path);
      expect(page.kind, path).toBe(kinds[0]?.kind ?? 'not-found');
      const params = kinds[0] && matchPath({ path: kinds[0].route, caseSensitive: true }, path);
      // matchRoutes hands over params %-decoded; matchPath as written.
      const slug = params?.params.slug;
      expect(page.slug, path).toBe(slug === undefined ? undefined : decodeURIComponent(slug));
    }
  });

  it('write the same paths', () => {
    for (const route of routes) {
      for (const slug of ['a', 'south-korea', 'a b', 'ü']) {
        expect(generateRoute(route, { slug })).toBe(generatePath(route, { slug }));
      }
    }
  });
});
