import { describe, expect, it } from 'vitest';
import {
  asksForHeight,
  detectProtocol,
  heightMessage,
  isPymWidthMessage,
  OWN_MESSAGE_TYPE,
  wordpressLinkMessage,
} from './height-protocols.ts';

describe('detectProtocol', () => {
  it('finds WordPress from #?secret=', () => {
    expect(detectProtocol('', '#?secret=AbCdE12345')).toEqual({
      kind: 'wordpress',
      secret: 'AbCdE12345',
    });
  });
  it('finds Pym from ?childId=', () => {
    expect(detectProtocol('?initialWidth=600&childId=graphic-1&parentTitle=x', '')).toEqual({
      kind: 'pym',
      childId: 'graphic-1',
    });
  });
  it('falls back to the own protocol on anything malformed', () => {
    expect(detectProtocol('?childId=<img src=x onerror=alert(1)>', '#?secret="><script>')).toEqual({
      kind: 'own',
    });
    expect(detectProtocol('', '')).toEqual({ kind: 'own' });
  });
});

describe('heightMessage', () => {
  it('speaks each protocol', () => {
    expect(heightMessage({ kind: 'wordpress', secret: 'abc' }, 512.2, 's')).toEqual({
      message: 'height',
      value: 513,
      secret: 'abc',
    });
    expect(heightMessage({ kind: 'pym', childId: 'c1' }, 700, 's')).toBe(
      'pymxPYMxc1xPYMxheightxPYMx700',
    );
    expect(heightMessage({ kind: 'own' }, 640, 'south-korea')).toEqual({
      type: OWN_MESSAGE_TYPE,
      slug: 'south-korea',
      height: 640,
    });
  });
});

describe('isPymWidthMessage', () => {
  const pym = { kind: 'pym', childId: 'c1' } as const;
  it('recognises only this child’s width ping', () => {
    expect(isPymWidthMessage(pym, 'pymxPYMxc1xPYMxwidthxPYMx600')).toBe(true);
    expect(isPymWidthMessage(pym, 'pymxPYMxc2xPYMxwidthxPYMx600')).toBe(false);
    expect(isPymWidthMessage(pym, 'pymxPYMxc1xPYMxnavigateToxPYMxjavascript:alert(1)')).toBe(false);
    expect(isPymWidthMessage(pym, { width: 600 })).toBe(false);
    expect(isPymWidthMessage({ kind: 'own' }, 'pymxPYMxc1xPYMxwidthxPYMx600')).toBe(false);
  });
});

describe('asksForHeight', () => {
  const wp = { kind: 'wordpress', secret: 'Ab12Cd34Ef' } as const;
  it('answers wp-embed.js’s ready for this secret only', () => {
    expect(asksForHeight(wp, { message: 'ready', secret: 'Ab12Cd34Ef' })).toBe(true);
    expect(asksForHeight(wp, { message: 'ready', secret: 'Zz99Zz99Zz' })).toBe(false);
    expect(asksForHeight(wp, { message: 'ready' })).toBe(false);
    expect(asksForHeight(wp, { message: 'height', value: 1, secret: 'Ab12Cd34Ef' })).toBe(false);
    expect(asksForHeight(wp, 'ready')).toBe(false);
    expect(asksForHeight(wp, null)).toBe(false);
    expect(asksForHeight({ kind: 'own' }, { message: 'ready', secret: 'Ab12Cd34Ef' })).toBe(false);
  });
  it('answers Pym’s width ping', () => {
    expect(asksForHeight({ kind: 'pym', childId: 'c1' }, 'pymxPYMxc1xPYMxwidthxPYMx600')).toBe(
      true,
    );
  });
});

describe('wordpressLinkMessage', () => {
  const wp = { kind: 'wordpress', secret: 'Ab12Cd34Ef' } as const;
  const embed = 'https://example.org/embed/a/#?secret=Ab12Cd34Ef';
  it('gives absolute URLs on the embed’s host', () => {
    expect(wordpressLinkMessage(wp, '/s/a/?step=2', embed)).toEqual({
      message: 'link',
      value: 'https://example.org/s/a/?step=2',
      secret: 'Ab12Cd34Ef',
    });
    expect(wordpressLinkMessage(wp, 'https://example.org/sources/#report-x', embed)).toMatchObject({
      value: 'https://example.org/sources/#report-x',
    });
  });
  it('refuses what wp-embed.js would refuse, and other protocols', () => {
    expect(wordpressLinkMessage(wp, 'https://evil.example/', embed)).toBeNull();
    expect(wordpressLinkMessage(wp, 'https://example.org:8443/', embed)).toBeNull();
    expect(wordpressLinkMessage(wp, 'javascript:alert(1)', embed)).toBeNull();
    expect(wordpressLinkMessage(wp, 'http://[bad', embed)).toBeNull();
    expect(wordpressLinkMessage({ kind: 'own' }, '/s/a/', embed)).toBeNull();
  });
});
