import { generatePath, matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { pageKinds } from './page-kinds.ts';
import { generateRoute, matchRoute } from './route-pattern.ts';

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
  '/s/a?b/',
  '/s/(.*)/',
];

describe("route patterns, as react-router's own matchPath and generatePath read them", () => {
  it('match the same paths, with the same params, for every route in the page-kind table', () => {
    for (const route of routes) {
      for (const path of paths) {
        const theirs = matchPath({ path: route, caseSensitive: true, end: true }, path);
        expect(matchRoute(route, path), `${route} ~ ${path}`).toEqual(
          theirs ? { ...theirs.params } : null,
        );
      }
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
