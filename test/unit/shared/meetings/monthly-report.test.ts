import { describe, expect, it } from 'vitest';
import { monthlyReportDue, monthlyReportReminder, monthlyReportStateText } from '../../../../shared/meetings/monthly-report';

describe('monthlyReportDue: last month’s 组织生活 by the rule set’s report day', () => {
  it('is due from the 1st, with the days left to this month’s report day', () => {
    expect(monthlyReportDue('2026-12-01', 5, undefined)).toEqual({ month: '2026-11', deadline: '2026-12-05', state: 'due', daysLeft: 4 });
    expect(monthlyReportDue('2026-12-05', 5, '2026-11-20')).toMatchObject({ state: 'due', daysLeft: 0 });
  });

  it('is overdue the day after the report day while no package of this month exists', () => {
    expect(monthlyReportDue('2026-12-06', 5, '2026-11-30')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('is sent by any package made on or after the 1st of the month, even after the deadline', () => {
    expect(monthlyReportDue('2026-12-03', 5, '2026-12-01')).toMatchObject({ state: 'sent' });
    expect(monthlyReportDue('2026-12-20', 5, '2026-12-09')).toMatchObject({ state: 'sent' });
  });

  it('follows the day the office set, clamped to a short month, and reports December in January', () => {
    expect(monthlyReportDue('2027-02-10', 31, undefined)).toMatchObject({ month: '2027-01', deadline: '2027-02-28', state: 'due' });
    expect(monthlyReportDue('2027-01-11', 10, undefined)).toMatchObject({ month: '2026-12', deadline: '2027-01-10', state: 'overdue' });
  });
});

describe('monthlyReportReminder', () => {
  it('notes the report, warns in the last 3 days and alarms once overdue, naming month and deadline', () => {
    expect(monthlyReportReminder(monthlyReportDue('2026-12-01', 10, undefined))).toEqual({
      severity: 'info',
      message: '请于 12月10日前导出报送包，向院党委报送11月组织生活情况（还有 9 天）。',
    });
    expect(monthlyReportReminder(monthlyReportDue('2026-12-10', 10, undefined))).toEqual({
      severity: 'warning',
      message: '请于 12月10日前导出报送包，向院党委报送11月组织生活情况（今天截止）。',
    });
    expect(monthlyReportReminder(monthlyReportDue('2026-12-12', 10, undefined))).toEqual({
      severity: 'error',
      message: '11月组织生活情况应于 12月10日前报送院党委，已逾期 2 天：请导出报送包交院党委组织科。',
    });
    expect(monthlyReportReminder(monthlyReportDue('2026-12-12', 10, '2026-12-02'))).toBeUndefined();
  });
});

describe('monthlyReportStateText', () => {
  it('names the state and the deadline for the office’s table', () => {
    expect(monthlyReportStateText(monthlyReportDue('2026-12-03', 5, '2026-12-02'))).toBe('已报送');
    expect(monthlyReportStateText(monthlyReportDue('2026-12-03', 5, undefined))).toBe('待报送（12月5日截止）');
    expect(monthlyReportStateText(monthlyReportDue('2026-12-07', 5, '2026-11-28'))).toBe('逾期未报送（应于 12月5日前）');
  });
});
