import { describe, expect, it } from 'vitest';
import { mapChrome } from './map-chrome.ts';

const legend = [{ kind: 'border' as const, text: 'China–North Korea border' }];
const landscape = { width: 844, height: 390 };

describe('mapChrome, folded', () => {
  it('keeps the labels clear of the "Key" button, however long the edition\'s word for it', () => {
    const english = mapChrome(landscape, 'story', legend, 'The map shows: x', false, 'Key');
    const longer = mapChrome(
      landscape,
      'story',
      legend,
      'The map shows: x',
      false,
      'Legend and key',
    );
    expect(english.collapsed).toBe(true);
    expect(english.caption?.x1).toBe(8 + 76);
    expect((longer.caption?.x1 ?? 0) - (english.caption?.x1 ?? 0)).toBeGreaterThan(40);
    // A shorter word never shrinks it below the English button.
    expect(
      mapChrome(landscape, 'story', legend, 'x', false, '범례').caption?.x1,
    ).toBeGreaterThanOrEqual(english.caption?.x1 ?? 0);
  });
});
