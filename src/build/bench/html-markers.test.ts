import { describe, expect, it } from 'vitest';
import { elementEnd, findFirstViewMarkers } from './html-markers.ts';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('elementEnd', () => {
  it('finds the matching closing tag across nested elements of the same name', () => {
    const html = '<div><div>a</div><div>b</div></div><p>';
    expect(elementEnd(html, 0)).toBe(html.indexOf('<p>'));
    expect(elementEnd(html, 5)).toBe(html.indexOf('<div>b'));
  });
  it('handles self-closing and void tags, and unclosed elements', () => {
    expect(elementEnd('<svg><path d="M0"/><svg/></svg>', 0)).toBe(31);
    expect(elementEnd('<img src="x">after', 0)).toBe(13);
    expect(elementEnd('<p>never closed', 0)).toBeUndefined();
    expect(elementEnd('text', 0)).toBeUndefined();
  });
  it('does not mistake a longer tag name for the same element', () => {
    const html = '<p><param></param></p>';
    expect(elementEnd(html, 0)).toBe(html.length);
  });
});

describe('findFirstViewMarkers', () => {
  it('reports byte offsets, counting multi-byte characters as their UTF-8 length', () => {
    const html = '<p>“é”</p><h1>Title</h1><p class="lede">Lede</p>';
    const m = findFirstViewMarkers(bytes(html));
    const prefix = Buffer.byteLength('<p>“é”</p>');
    expect(m.headline).toEqual({ start: prefix, end: prefix + '<h1>Title</h1>'.length });
    expect(m.lede?.start).toBe(prefix + '<h1>Title</h1>'.length);
    expect(m.lede?.end).toBe(Buffer.byteLength(html));
  });
  it("prefers the map figure's svg over an earlier icon", () => {
    const html =
      '<button><svg class="icon"><path/></svg></button><figure class="story-map"><div ' +
      'class="map-canvas"><svg viewBox="0 0 1 1"><g><svg></svg></g></svg></div></figure>';
    const m = findFirstViewMarkers(bytes(html));
    expect(m.mapSvg?.start).toBe(html.indexOf('<svg viewBox'));
    expect(m.mapSvg?.end).toBe(html.indexOf('</div>'));
  });
  it('falls back to the first svg, and leaves absent markers out', () => {
    const m = findFirstViewMarkers(bytes('<main><svg></svg></main>'));
    expect(m).toEqual({ mapSvg: { start: 6, end: 17 } });
    expect(findFirstViewMarkers(bytes(''))).toEqual({});
  });
  it('matches a lede class among other classes, but not a similar class name', () => {
    expect(findFirstViewMarkers(bytes('<p class="ledes">x</p>')).lede).toBeUndefined();
    expect(findFirstViewMarkers(bytes('<p class="intro lede big">x</p>')).lede).toEqual({
      start: 0,
      end: 31,
    });
  });
});
