import { describe, expect, it } from 'vitest';
import { formatCalendarDates, parseCalendarDates } from '../../../../shared/calendar/calendar-text';
import { checkCalendarYear } from '../../../../shared/calendar/calendar-year-check';
import { PRC_PUBLIC_HOLIDAYS } from '../../../../shared/calendar/prc-public-holidays';
import { calendarWithTypedYears, DEFAULT_WORKING_DAY_CALENDAR, isWorkingDay } from '../../../../shared/calendar/working-days';
import { publicityEndOf } from '../../../../shared/development/milestone-dates';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { memberInput } from '../support/member-fixture';

/** A 2027 arrangement as an office would type it from the notice (test data: 13 statutory days, make-up days on weekends). */
const TYPED_2027 = {
  holidays: '1月1日至3日、2月5日至12日、4月3日至5日、5月1日至5日、6月9日、9月15日、10月1日至7日',
  extraWorkdays: '1月31日、2月20日、5月8日、9月26日、10月9日',
};

function typed2027() {
  return { holidays: parseCalendarDates(2027, TYPED_2027.holidays).dates, extraWorkdays: parseCalendarDates(2027, TYPED_2027.extraWorkdays).dates };
}

describe('dates typed from the notice', () => {
  it('reads dates and ranges in the forms a notice uses, each date once and in order', () => {
    const { dates, errors } = parseCalendarDates(2027, '2月5日至12日\n2027-01-01；2027/1/2、2027年1月3日至2027年1月3日，2月11日');
    expect(errors).toEqual([]);
    expect(dates).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']);
  });

  it('writes dates back as the notice does, so a year shown again reads as typed', () => {
    const { dates } = parseCalendarDates(2027, TYPED_2027.holidays);
    expect(formatCalendarDates(dates)).toBe(TYPED_2027.holidays);
    expect(formatCalendarDates(['2027-01-30', '2027-01-31', '2027-02-01'])).toBe('1月30日至2月1日');
  });

  it('names every item it cannot read, in Chinese', () => {
    expect(parseCalendarDates(2027, '2月30日、明天、5月5日至5月1日、2月6日至12月6日').errors).toEqual([
      '无法识别日期“2月30日”（如 2027-02-06 或 2月6日）。',
      '无法识别日期“明天”（如 2027-02-06 或 2月6日）。',
      '“5月5日至5月1日”的结束日期早于起始日期。',
      '“2月6日至12月6日”超过 15 天，请核对。',
    ]);
  });
});

describe('is the year complete', () => {
  it('passes the built-in years with their statutory days (11 in 2024, 13 from 2025)', () => {
    for (const [year, entry] of Object.entries(PRC_PUBLIC_HOLIDAYS)) {
      const check = checkCalendarYear(Number(year), entry);
      expect([year, check.errors, check.warnings]).toEqual([year, [], []]);
    }
    expect(checkCalendarYear(2026, PRC_PUBLIC_HOLIDAYS['2026']!).workingDays).toBe(365 - 104 - 19 + 6);
  });

  it('passes the typed 2027 arrangement', () => {
    const check = checkCalendarYear(2027, typed2027());
    expect(check).toMatchObject({ errors: [], warnings: [], netDaysOff: 13 });
    expect(check.holidayRuns).toHaveLength(7);
  });

  it('refuses a year without a fixed festival, with too few holidays, or a make-up day on a weekday', () => {
    const check = checkCalendarYear(2027, { holidays: parseCalendarDates(2027, '2月5日至12日、5月1日至5日').dates, extraWorkdays: ['2027-02-17'] });
    expect(check.errors).toEqual([
      '调休上班日 2027-02-17 是星期三，本来就是工作日；调休上班日应为周六或周日。',
      '放假日期中没有元旦、国庆节（2027 年的安排不完整）。',
      '放假日期只有 2 段，全年应有元旦、春节、清明节、劳动节、端午节、中秋节、国庆节（中秋节与国庆节可能连休），至少 6 段。',
    ]);
  });

  it('warns when the days off do not add up to the statutory number (a festival left out)', () => {
    const withoutDragonBoat = typed2027();
    withoutDragonBoat.holidays = withoutDragonBoat.holidays.filter((date) => date !== '2027-06-09');
    const check = checkCalendarYear(2027, withoutDragonBoat);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual(['按所填日期，工作日放假 17 天、调休上班 5 天，合计少上班 12 天；2027 年法定节假日应为 13 天，请对照国务院办公厅通知核对（元旦跨年安排时可能不同）。']);
  });
});

describe('a year the office typed', () => {
  const calendar = calendarWithTypedYears({ years: { '2027': typed2027() } });

  it('joins the built-in years, and the built-in calendar is only the fallback', () => {
    expect(calendarWithTypedYears(undefined)).toBe(DEFAULT_WORKING_DAY_CALENDAR);
    expect(Object.keys(calendar.years).sort()).toEqual(['2024', '2025', '2026', '2027']);
    expect(isWorkingDay('2027-10-09', calendar)).toEqual({ working: true, provisional: false });
    expect(isWorkingDay('2027-10-09', DEFAULT_WORKING_DAY_CALENDAR)).toEqual({ working: false, provisional: true });
  });

  it('turns 暂算 off for a 公示 in 2027 and moves its end date past 国庆', () => {
    const member = memberInput({}, { publicityStart: '2027-09-30' });
    const rules = NATIONAL_RULE_SET.rules.development;
    expect(publicityEndOf(member, rules, DEFAULT_WORKING_DAY_CALENDAR)).toEqual({ date: '2027-10-06', provisional: true });
    expect(publicityEndOf(member, rules, calendar)).toEqual({ date: '2027-10-12', provisional: false });
  });
});
