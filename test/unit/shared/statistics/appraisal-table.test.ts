import { describe, expect, it } from 'vitest';
import type { AppraisalEntry, MemberAppraisalRecord } from '../../../../shared/assessment/appraisal';
import { appraisalTable } from '../../../../shared/statistics/appraisal-table';
import { memberRecord } from '../support/member-fixture';
import { records, scope } from './stat-fixture';

const entry = (name: string, grade: AppraisalEntry['grade'], more: Partial<AppraisalEntry> = {}): AppraisalEntry => ({ name, grade, votes: null, reason: '', disposal: '', disposalNote: '', ...more });

function appraisal(branchId: string, year: number, results: Record<string, AppraisalEntry>, nominations: MemberAppraisalRecord['nominations'] = {}): MemberAppraisalRecord {
  return { id: `appraisal-${year}-${branchId}`, branchId, createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z', deleted: false, year, meetingId: '', voters: 10, results, nominations };
}

describe('民主评议党员情况 in 统计报表', () => {
  const full = (name: string, more = {}) => memberRecord({ name, stage: 'full', joinedOn: '2010-07-01', fullMembershipOn: '2011-07-01', ...more });
  const a = full('优秀甲');
  const b = full('合格乙');
  const c = full('不合格丙');
  const d = full('不合格丁');
  const e = full('未评戊');
  // Left in March: appraisable for 2026, graded before leaving.
  const left = full('转出己', { transfers: [{ direction: 'out', date: '2026-03-01', counterpart: '省人民医院党委', note: '' }] });
  const applicant = memberRecord({ name: '申请人庚', stage: 'applicant' }, { appliedOn: '2026-01-05' });
  const people = [a, b, c, d, e, left, applicant];

  it('counts each branch’s 等次, the appraisable members left 未评, 优秀率, 组织处置 and nominations for the period’s year; the total adds the branches', () => {
    const first = records(people, {
      appraisals: [
        appraisal('b1', 2026, {
          [a.id]: entry('优秀甲', 'excellent'),
          [b.id]: entry('合格乙', 'qualified'),
          [c.id]: entry('不合格丙', 'unqualified', { reason: '无故不参加组织生活', disposal: 'correction' }),
          [d.id]: entry('不合格丁', 'unqualified', { reason: '连续 6 个月未交党费' }),
          [left.id]: entry('转出己', 'basicallyQualified', { reason: '学习笔记未完成' }),
        }, { [a.id]: { name: '优秀甲', deeds: '全年零投诉，带教新人 6 名。' } }),
        // Another year's record is not counted.
        appraisal('b1', 2025, { [e.id]: entry('未评戊', 'excellent') }),
      ],
    });
    const otherMember = full('其他支部');
    const second = records([otherMember], {}, { id: 'b2', name: '外科党支部' });
    // A month counts its year: 民主评议 is held once a year.
    const table = appraisalTable([first, second], scope('2026-11'));
    expect(table.periodLabel).toBe('2026年度');
    const row = table.rows[0]!.cells;
    expect(row.appraisable!.ids).toEqual([a.id, b.id, c.id, d.id, e.id, left.id]);
    expect([row.appraised!.value, row.excellent!.value, row.qualified!.value, row.basicallyQualified!.value, row.unqualified!.value]).toEqual([5, 1, 1, 1, 2]);
    expect(row.ungraded!.ids).toEqual([e.id]);
    expect(row.excellentShare!.value).toBe(1 / 5);
    expect(row['disposal.correction']!.ids).toEqual([c.id]);
    expect(row.disposalPending!.ids).toEqual([d.id]);
    expect(row.nominated!.ids).toEqual([a.id]);
    // A branch that sent no result: all its members 未评, no 优秀率.
    const none = table.rows[1]!.cells;
    expect([none.appraisable!.value, none.appraised!.value, none.ungraded!.value, none.excellentShare!.value]).toEqual([1, 0, 1, null]);
    expect([table.total.cells.appraisable!.value, table.total.cells.ungraded!.value, table.total.cells.excellentShare!.value]).toEqual([7, 2, 1 / 5]);
    // 2025: only 优秀甲…的 2025 record counts (one 优秀), the rest 未评.
    const lastYear = appraisalTable([first], scope('2025')).rows[0]!.cells;
    expect([lastYear.appraised!.value, lastYear.excellent!.ids, lastYear.ungraded!.value]).toEqual([1, [e.id], 5]);
  });
});
