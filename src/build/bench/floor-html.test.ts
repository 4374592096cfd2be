import { describe, expect, it } from 'vitest';
import { attribute, floorHtml, isScriptLink, noscriptLanding } from './floor-html.ts';

const page = [
  '<!doctype html><html lang="en"><head>',
  '<meta charset="utf-8" />',
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

  it('removes every script element: module, inline, data and classic defer', () => {
    expect(out.scripts).toBe(4);
    expect(out.html).not.toMatch(/<script/i);
    expect(out.html).not.toMatch(/<\/script/i);
    expect(out.html).not.toContain('window.x');
  });

  it('removes modulepreload and preload-as-script links, keeps the other links', () => {
    expect(out.preloads).toBe(2);
    expect(out.html).not.toContain('modulepreload');
    expect(out.html).not.toContain('/assets/x.js');
    expect(out.html).toContain(
      '<link rel="preload" as="font" type="font/woff2" href="/f.woff2" crossorigin>',
    );
    expect(out.html).toContain('<link rel="stylesheet" href="/print.css" media="print" />');
    expect(out.html).toContain('<link rel="icon" href="data:," />');
  });

  it('leaves everything else byte for byte: styles, content, noscript', () => {
    expect(out.html).toContain('<style>.lede{font-size:1.2em}</style>');
    expect(out.html).toContain('<div id="root"><h1>Title</h1><p class="lede">Lede</p></div>');
    expect(out.html).toContain('<noscript><p>Scripts are off</p></noscript>');
    const kept = page
      .split('\n')
      .filter((line) => !/<script|<SCRIPT|modulepreload|as="script"/.test(line))
      .join('\n');
    expect(
      out.html
        .split('\n')
        .filter((l) => l !== '')
        .join('\n'),
    ).toBe(kept);
  });

  it('is idempotent and leaves a page without scripts unchanged', () => {
    expect(floorHtml(out.html)).toEqual({ html: out.html, scripts: 0, preloads: 0 });
  });

  it('swallows an unclosed script to the end, as a parser would', () => {
    expect(floorHtml('<p>a</p><script src="/a.js"><p>b</p>')).toEqual({
      html: '<p>a</p>',
      scripts: 1,
      preloads: 0,
    });
  });

  it('does not take <noscript> or words like "scripts" for a script', () => {
    const html = '<noscript>x</noscript><p>scripts</p><p data-script="1">y</p>';
    expect(floorHtml(html).html).toBe(html);
  });
});

describe('attribute / isScriptLink', () => {
  it('reads quoted and unquoted values, case-insensitively', () => {
    expect(attribute('<link REL=ModulePreload href=/a.js>', 'rel')).toBe('modulepreload');
    expect(attribute("<link rel='preload' as='script'>", 'as')).toBe('script');
    expect(attribute('<link href="/a">', 'rel')).toBeUndefined();
  });
  it('does not read one attribute inside another', () => {
    expect(attribute('<link data-rel="modulepreload" rel="stylesheet">', 'rel')).toBe('stylesheet');
  });
  it('knows which links only serve scripts', () => {
    expect(isScriptLink('<link rel="modulepreload" href="/a.js">')).toBe(true);
    expect(isScriptLink('<link rel="preload" as="script" href="/a.js">')).toBe(true);
    expect(isScriptLink('<link rel="preload" as="style" href="/a.css">')).toBe(false);
    expect(isScriptLink('<link rel="stylesheet" href="/a.css">')).toBe(false);
  });
});

describe('noscriptLanding', () => {
  it('reads the fragment a deep link sends a reader without JavaScript to', () => {
    const head =
      '<head><noscript><meta http-equiv="refresh" ' +
      'content="0;url=#section-left-to-the-provinces" /></noscript></head>';
    expect(noscriptLanding(head)).toBe('#section-left-to-the-provinces');
  });
  it('ignores other noscript blocks, refreshes outside noscript, refreshes elsewhere', () => {
    expect(
      noscriptLanding('<noscript><style>.a{display:block}</style></noscript>'),
    ).toBeUndefined();
    expect(noscriptLanding('<meta http-equiv="refresh" content="0;url=#x">')).toBeUndefined();
    expect(
      noscriptLanding(
        '<noscript><meta http-equiv="refresh" content="5;url=/elsewhere/"></noscript>',
      ),
    ).toBeUndefined();
    expect(noscriptLanding('<p>no landing</p>')).toBeUndefined();
  });
});
