import { describe, expect, it } from 'vitest';
import { fileStamp } from './bench-results.ts';

describe('fileStamp', () => {
  it('keeps the ISO time but drops milliseconds and colons', () => {
    expect(fileStamp('2025-11-23T11:54:06.123Z')).toBe('2025-11-23T11-54-06Z');
  });
});
