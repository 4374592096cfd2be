import { describe, expect, it } from 'vitest';
import { SOURCE_PACKAGE } from './build-config.ts';
import { integrityOf } from './source-package.ts';

describe('integrityOf', () => {
  it('computes npm SRI strings (sha512, base64)', () => {
    // sha512 of the empty input, a fixed published value.
    expect(integrityOf(new Uint8Array())).toBe(
      'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+' +
        'DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
    );
  });

  it('pins an exact package version and a sha512 integrity', () => {
    expect(SOURCE_PACKAGE.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(SOURCE_PACKAGE.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
  });
});
