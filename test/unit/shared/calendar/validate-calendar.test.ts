import { describe, expect, it } from 'vitest';
import { validateWorkingDayCalendar } from '../../../../shared/calendar/validate-calendar';

const errorsOf = (x: unknown) => {
  const result = validateWorkingDayCalendar(x);
  return result.ok ? [] : result.errors;
};

describe('validateWorkingDayCalendar', () => {
  it('accepts an amended year sent by the central office', () => {
    const calendar = { years: { '2027': { holidays: ['2027-01-01'], extraWorkdays: [] } } };
    expect(validateWorkingDayCalendar(calendar)).toEqual({ ok: true, value: calendar });
    expect(validateWorkingDayCalendar({ years: {} }).ok).toBe(true);
  });

  it('refuses a calendar without years', () => {
    expect(errorsOf(null)).toEqual(['工作日历格式无效：缺少按年份的节假日安排（years）。']);
    expect(errorsOf({ years: [] })).toHaveLength(1);
  });

  it('names a bad year key, a bad entry, a date of another year and an invalid date', () => {
    expect(errorsOf({ years: { '27': { holidays: [], extraWorkdays: [] } } })).toEqual(['年份“27”无效，应为 4 位数字。']);
    expect(errorsOf({ years: { '2027': 'none' } })).toEqual(['2027 年的节假日安排格式无效。']);
    expect(errorsOf({ years: { '2027': { holidays: ['2026-12-31'], extraWorkdays: [] } } })).toEqual([
      '2027 年的放假日期中有无效日期“2026-12-31”（应为该年的 YYYY-MM-DD）。',
    ]);
    expect(errorsOf({ years: { '2027': { holidays: [], extraWorkdays: ['2027-02-30'] } } })).toEqual([
      '2027 年的调休上班日期中有无效日期“2027-02-30”（应为该年的 YYYY-MM-DD）。',
    ]);
    expect(errorsOf({ years: { '2027': { holidays: [] } } })).toEqual(['2027 年的调休上班日期应为日期列表。']);
  });

  it('refuses a day that is both off and worked', () => {
    expect(errorsOf({ years: { '2027': { holidays: ['2027-02-06'], extraWorkdays: ['2027-02-06'] } } })).toEqual([
      '2027-02-06 不能既是放假日又是调休上班日。',
    ]);
  });
});
