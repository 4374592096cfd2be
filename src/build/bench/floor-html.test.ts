import { describe, expect, it } from 'vitest';
import { floorHtml, isScriptLink, noscriptLanding } from './floor-html.ts';

const page = [
  '<!doctype html><html lang="en"><head>',
  '<link rel="icon" href="data:," />',
  '<link rel="stylesheet" href="/print.css" media="print" />',
  '<link rel="modulepreload" crossorigin href="/assets/dom-abc.js">',
  '<link rel="preload" as="script" href="/assets/x.js">',
  '<link rel="preload" as="font" type="font/woff2" href="/f.woff2" crossorigin>',
  '<style>.lede{font-size:1.2em}</style>',
  '<script type="module" crossorigin src="/assets/index-kWbVSRJI.js"></script>',
  '</head><body><div id="root"><h1>Title</h1><p class="lede">Lede</p></div>',
  '<noscript><p>Scripts are off</p></noscript>',
  '<SCRIPT>window.x = "</div>";</SCRIPT >',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script defer src="/assets/embed-B0VMUoe8.js"></script>',
  '</body></html>',
].join('\n');

describe('floorHtml', () => {
  const out = floorHtml(page);

  it('cuts every script element and every script-only preload, and counts them', () => {
    expect(out.cut).toBe(6);
    expect(out.html).not.toMatch(/<script|<\/script|window\.x|modulepreload|\/assets\/x\.js/i);
  });

  it('leaves every other line byte for byte', () => {
    const kept = page.split('\n').filter((l) => !/<script|modulepreload|as="script"/i.test(l));
    expect(out.html.split('\n').filter((l) => l !== '')).toEqual(kept);
  });

  it('is idempotent', () => {
    expect(floorHtml(out.html)).toEqual({ html: out.html, cut: 0 });
  });

  it('swallows an unclosed script to the end, as a parser would', () => {
    expect(floorHtml('<p>a</p><script src="/a.js"><p>b</p>')).toEqual({ html: '<p>a</p>', cut: 1 });
  });

  it('does not take <noscript> or words like "scripts" for a script', () => {
    const html = '<noscript>x</noscript><p>scripts</p><p data-script="1">y</p>';
    expect(floorHtml(html).html).toBe(html);
  });
});

describe('isScriptLink', () => {
  it('knows the links that only fetch script, whatever the quoting and case', () => {
    expect(isScriptLink('<link REL=ModulePreload href=/a.js>')).toBe(true);
    expect(isScriptLink("<link rel='preload' as='script' href='/a.js'>")).toBe(true);
    expect(isScriptLink('<link rel="preload" as="style" href="/a.css">')).toBe(false);
    expect(isScriptLink('<link data-rel="modulepreload" rel="stylesheet">')).toBe(false);
  });
});

describe('noscriptLanding', () => {
  it('reads the fragment a deep link sends a reader without JavaScript to', () => {
    const head =
      '<head><noscript><meta http-equiv="refresh" ' +
      'content="0;url=#section-left-to-the-provinces" /></noscript></head>';
    expect(noscriptLanding(head)).toBe('#section-left-to-the-provinces');
  });

  it('ignores refreshes outside <noscript> and refreshes to other pages', () => {
    expect(noscriptLanding('<meta http-equiv="refresh" content="0;url=#x">')).toBeUndefined();
    const away = '<noscript><meta http-equiv="refresh" content="5;url=/elsewhere/"></noscript>';
    expect(noscriptLanding(away)).toBeUndefined();
    expect(noscriptLanding('<noscript><style>.a{}</style></noscript>')).toBeUndefined();
  });
});
