import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel, periodOf, periodsCovering } from '../../../../shared/meetings/periods';

describe('periods', () => {
  it.each([
    ['month', '2026-02-28', '2026-02', '2026-02-01', '2026-02-28'],
    ['month', '2024-02-29', '2024-02', '2024-02-01', '2024-02-29'],
    ['quarter', '2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-04-01', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-12-31T23:59', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['year', '2027-01-01', '2027', '2027-01-01', '2027-12-31'],
  ] as const)('the %s of %s is %s (%s…%s)', (kind, date, key, start, end) => {
    expect(periodOf(kind, date)).toEqual({ kind, key, start, end });
  });

  it('parses the three key forms and refuses anything else', () => {
    expect(parsePeriod('2026-09')?.end).toBe('2026-09-30');
    expect(parsePeriod('2026-q3')?.key).toBe('2026-Q3');
    expect(parsePeriod('2026')?.kind).toBe('year');
    for (const bad of ['2026-13', '2026-Q5', '26-01', '2026/09', '']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('splits a quarter into months, and finds the year containing a month', () => {
    expect(periodsCovering(parsePeriod('2026-Q3')!, 'month').map((period) => period.key)).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(periodsCovering(parsePeriod('2026-05')!, 'year').map((period) => period.key)).toEqual(['2026']);
    expect(periodsCovering(parsePeriod('2026')!, 'quarter')).toHaveLength(4);
  });

  it('labels periods as the forms do', () => {
    expect(periodLabel(parsePeriod('2026-09')!)).toBe('2026年9月');
    expect(periodLabel(parsePeriod('2026-Q3')!)).toBe('2026年第三季度');
    expect(periodLabel(parsePeriod('2026')!)).toBe('2026年');
  });
});
