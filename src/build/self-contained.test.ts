import { describe, expect, it } from 'vitest';
import { externalReferences } from './self-contained.ts';

describe('externalReferences', () => {
  it('passes inline styles, inline SVG and links to fragments and absolute addresses', () => {
    const html =
      '<style>.a{fill:url(#hatch)}</style><svg role="img"><rect fill="url(#hatch)"/></svg>' +
      '<a href="#note-1">1</a><a href="https://example.org/read/">read</a>' +
      '<p>a src=&quot;x&quot; in words, and url (words)</p>';
    expect(externalReferences(html)).toEqual([]);
  });
  it('finds scripts, links, loads, handlers and site-relative links', () => {
    for (const bad of [
      '<script type="application/json">{}</script>',
      '<script type="application/ld+json">{}</script>',
      '<link rel="icon" href="data:,">',
      '<img alt="" src="data:image/png;base64,AA">',
      '<svg><image href="map.png"/></svg>',
      '<div style="background:url(map.png)"></div>',
      '<style>@import "x.css";</style>',
      '<a href="/sources/">sources</a>',
      '<a href="read/">read</a>',
      '<button onclick="x()">x</button>',
      '<meta http-equiv="refresh" content="0;url=#a">',
    ])
      expect(externalReferences(bad), bad).not.toEqual([]);
  });
});
