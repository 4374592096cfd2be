import { describe, expect, it } from 'vitest';
import { bytes, ms, percent, plain, yesNo } from './format-units.ts';

describe('format-units', () => {
  it('writes figures with units and thousands separators', () => {
    expect(ms(1358.96)).toBe('1,359 ms');
    expect(ms(16.66, 1)).toBe('16.7 ms');
    expect(bytes(512)).toBe('512 B');
    expect(bytes(14 * 1024)).toBe('14.0 KiB');
    expect(bytes(575_095)).toBe('561.6 KiB');
    expect(percent(0.4316)).toBe('43.2 %');
    expect(plain(12166)).toBe('12,166');
    expect(plain(0.0123, 3)).toBe('0.012');
    expect(yesNo(false)).toBe('no');
  });
  it('prints n/a for what was not measured', () => {
    expect(ms(null)).toBe('n/a');
    expect(bytes(undefined)).toBe('n/a');
    expect(percent(null)).toBe('n/a');
    expect(yesNo(undefined)).toBe('n/a');
  });
});
