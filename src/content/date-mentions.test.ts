import { describe, expect, it } from 'vitest';
import { dateReader, underivedDates, type DateMention } from './date-mentions.ts';

const en = dateReader(['en-GB', 'en']);
const ko = dateReader(['ko-KR', 'ko']);
const zh = dateReader(['zh-CN', 'zh']);
const show = (d: DateMention) =>
  d.kind === 'year' ? d.year : d.kind === 'month' ? `${d.year}-${d.month}` : `${d.month}/${d.day}`;
const facts = (reader: typeof en, text: string) => reader.mentions(text).map(show).sort();

describe('dateReader', () => {
  it('finds years, months of years and days of months, in either order and abbreviated', () => {
    expect(
      facts(
        en,
        'On 17 September, in 2021; spoke on Sept. 17; Jan 21 and February 5 (ANI); in ' +
          'January 2023.',
      ),
    ).toEqual(['1/21', '2/5', '2023-1', '9/17', '9/17', 2021, 2023].sort());
  });

  it('reads a full date once, as a day of a month and a month of a year', () => {
    expect(facts(en, 'On 17 September 2023.')).toEqual(['2023-9', '9/17', 2023].sort());
    expect(facts(en, 'On January 21, 2023.')).toEqual(['1/21', '2023-1', 2023].sort());
  });

  it('reads ISO dates as a day, its month and its year', () => {
    expect(facts(en, '| 2023-01-21 |')).toEqual(['1/21', '2023-1', 2023].sort());
  });

  it('ignores numbers that are not dates', () => {
    expect(en.mentions('about 4,500 US dollars, for more than 20 years, 10 may').map(show)).toEqual(
      ['5/10'],
    );
    expect(en.mentions('4,500 dollars and 20 years, COVID-19, 2023-13-40').map(show)).toEqual([
      2023,
    ]);
    expect(en.mentions('The Mayor spoke for 10 Mayans.')).toEqual([]);
  });

  it('reads Korean dates as Korean writes them, particles and all', () => {
    expect(facts(ko, '데일리NK 소식통은 9월 17일에 말했다.')).toEqual(['9/17']);
    expect(facts(ko, '2023년 1월과 2023년 2월 보도, 2023년 초')).toEqual(
      ['2023-1', '2023-2', 2023, 2023, 2023].sort(),
    );
    expect(facts(ko, '2023년 1월 21일')).toEqual(['1/21', '2023-1', 2023].sort());
    // "11월" is November, not "1월" followed by a stray 1.
    expect(facts(ko, '11월 3일')).toEqual(['11/3']);
    expect(facts(ko, '10년 넘게, 3년 동안')).toEqual([]);
  });

  it('reads Chinese dates from Intl alone, with no code for Chinese', () => {
    expect(facts(zh, '2023年1月21日')).toEqual(['1/21', '2023-1', 2023].sort());
    expect(facts(zh, '消息人士于9月17日说，11月3日')).toEqual(['11/3', '9/17']);
  });

  it('takes no bare Chinese number for a month (a month in digits is written with 月)', () => {
    expect(zh.mentions('约4500美元，20多年，5篇中有4篇')).toEqual([]);
    expect([...zh.months('约4500美元，20多年，5篇中有4篇')]).toEqual([]);
    expect([...zh.months('6月的指示，4月的警告，十一月')].sort((a, b) => a - b)).toEqual([
      4, 6, 11,
    ]);
    // What the number check reads: the dates and months blanked, every other number kept.
    expect(zh.withoutDates('9月17日，6月，约4500美元，20多年').match(/\d+/g)).toEqual([
      '4500',
      '20',
    ]);
  });

  it('knows which months a text names in any form', () => {
    expect([...en.months('It came in September.')]).toEqual([9]);
    expect([...ko.months('9월에 나온 보도')]).toEqual([9]);
  });
});

describe('underivedDates', () => {
  const report =
    'According to a source in China Daily NK spoke to on Sept. 17, the order came in June.';
  it('accepts a date the sources give, however it is spelt', () => {
    expect(underivedDates('The source spoke on 17 September.', [report], en)).toEqual([]);
    expect(
      underivedDates('In January and February 2023.', ['2023-01-21', '2023-02-05'], en),
    ).toEqual([]);
    expect(underivedDates('On 21 January 2023.', ['2023-01-21'], en)).toEqual([]);
  });
  it('holds a Korean date to the English report it comes from', () => {
    expect(underivedDates('소식통은 9월 17일 데일리NK에 말했다.', [report], ko, en)).toEqual([]);
    expect(
      underivedDates('소식통은 2021년 9월 18일 말했다.', [report], ko, en).map(show).sort(),
    ).toEqual(['2021-9', '9/18', 2021].sort());
  });
  it('names a date no source gives', () => {
    expect(
      underivedDates('The source spoke on 18 September 2021.', [report], en).map(show).sort(),
    ).toEqual(['2021-9', '9/18', 2021].sort());
    expect(underivedDates('In March 2023.', ['2023-01-21'], en).map((d) => d.text)).toEqual([
      'March 2023',
    ]);
  });
});
