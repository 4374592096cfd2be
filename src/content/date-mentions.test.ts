import { describe, expect, it } from 'vitest';
import { dateMentions, underivedDates } from './date-mentions.ts';

describe('dateMentions', () => {
  it('finds years and days of months, in either order and abbreviated', () => {
    const found = dateMentions('On 17 September, in 2021; spoke on Sept. 17; Jan 21 and February 5 (ANI).');
    expect(found.map((d) => (d.kind === 'year' ? d.year : `${d.month}/${d.day}`))).toEqual([2021, '9/17', '9/17', '1/21', '2/5']);
  });

  it('ignores numbers that are not dates', () => {
    expect(dateMentions('about 4,500 US dollars, for more than 20 years, 10 may')).toEqual([{ kind: 'day', day: 10, month: 5, text: '10 may' }]);
    expect(dateMentions('4,500 dollars and 20 years')).toEqual([]);
  });
});

describe('underivedDates', () => {
  const report = 'According to a source in China Daily NK spoke to on Sept. 17, the order came in June.';
  it('accepts a date the sources give, however it is spelt', () => {
    expect(underivedDates('The source spoke on 17 September.', [report])).toEqual([]);
  });
  it('names a date no source gives', () => {
    expect(underivedDates('The source spoke on 18 September 2021.', [report]).map((d) => d.text)).toEqual(['2021', '18 September']);
    expect(underivedDates('In 2021.', [report, 'the roll-out points to 2021'])).toEqual([]);
  });
});
