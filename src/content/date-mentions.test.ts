import { describe, expect, it } from 'vitest';
import { dateMentions, underivedDates } from './date-mentions.ts';

const show = (d: ReturnType<typeof dateMentions>[number]) => (d.kind === 'year' ? d.year : d.kind === 'month' ? `${d.year}-${d.month}` : `${d.month}/${d.day}`);

describe('dateMentions', () => {
  it('finds years, months of years and days of months, in either order and abbreviated', () => {
    const found = dateMentions('On 17 September, in 2021; spoke on Sept. 17; Jan 21 and February 5 (ANI); in January 2023.');
    expect(found.map(show)).toEqual([2021, 2023, '2023-1', '9/17', '9/17', '1/21', '2/5']);
  });

  it('reads ISO dates as a day, its month and its year', () => {
    expect(dateMentions('| 2023-01-21 |').map(show)).toEqual([2023, '2023-1', '1/21']);
  });

  it('ignores numbers that are not dates', () => {
    expect(dateMentions('about 4,500 US dollars, for more than 20 years, 10 may')).toEqual([{ kind: 'day', day: 10, month: 5, text: '10 may' }]);
    expect(dateMentions('4,500 dollars and 20 years, COVID-19, 2023-13-40')).toEqual([{ kind: 'year', year: 2023, text: '2023' }]);
  });
});

describe('underivedDates', () => {
  const report = 'According to a source in China Daily NK spoke to on Sept. 17, the order came in June.';
  it('accepts a date the sources give, however it is spelt', () => {
    expect(underivedDates('The source spoke on 17 September.', [report])).toEqual([]);
    expect(underivedDates('In January and February 2023.', ['2023-01-21', '2023-02-05'])).toEqual([]);
    expect(underivedDates('On 21 January 2023.', ['2023-01-21'])).toEqual([]);
  });
  it('names a date no source gives', () => {
    expect(underivedDates('The source spoke on 18 September 2021.', [report]).map((d) => d.text)).toEqual(['2021', 'September 2021', '18 September']);
    expect(underivedDates('In March 2023.', ['2023-01-21']).map((d) => d.text)).toEqual(['March 2023']);
  });
});
