import { describe, expect, it } from 'vitest';
import { detectProtocol, heightMessage, isPymWidthMessage, OWN_MESSAGE_TYPE } from './height-protocols.ts';

describe('detectProtocol', () => {
  it('finds WordPress from #?secret=', () => {
    expect(detectProtocol('', '#?secret=AbCdE12345')).toEqual({ kind: 'wordpress', secret: 'AbCdE12345' });
  });
  it('finds Pym from ?childId=', () => {
    expect(detectProtocol('?initialWidth=600&childId=graphic-1&parentTitle=x', '')).toEqual({ kind: 'pym', childId: 'graphic-1' });
  });
  it('falls back to the own protocol on anything malformed', () => {
    expect(detectProtocol('?childId=<img src=x onerror=alert(1)>', '#?secret="><script>')).toEqual({ kind: 'own' });
    expect(detectProtocol('', '')).toEqual({ kind: 'own' });
  });
});

describe('heightMessage', () => {
  it('speaks each protocol', () => {
    expect(heightMessage({ kind: 'wordpress', secret: 'abc' }, 512.2, 's')).toEqual({ message: 'height', value: 513, secret: 'abc' });
    expect(heightMessage({ kind: 'pym', childId: 'c1' }, 700, 's')).toBe('pymxPYMxc1xPYMxheightxPYMx700');
    expect(heightMessage({ kind: 'own' }, 640, 'south-korea')).toEqual({ type: OWN_MESSAGE_TYPE, slug: 'south-korea', height: 640 });
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
