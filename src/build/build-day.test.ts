import { describe, expect, it } from 'vitest';
import { buildDay } from './build-day.ts';

describe('buildDay', () => {
  const now = new Date('2031-04-05T23:30:00Z');
  it("is SOURCE_DATE_EPOCH's day when it is set, in UTC", () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1700000000' }, now)).toBe('2023-11-14');
    expect(buildDay({ SOURCE_DATE_EPOCH: '0' }, now)).toBe('1970-01-01');
  });
  it('is the day the build runs otherwise', () => {
    expect(buildDay({}, now)).toBe('2031-04-05');
    expect(buildDay({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2031-04-05');
  });
  it('refuses an epoch that is not whole seconds', () => {
    for (const bad of ['1.5', '-1', 'yesterday', '2024-01-01'])
      expect(() => buildDay({ SOURCE_DATE_EPOCH: bad }, now), bad).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
