import { describe, expect, it } from 'vitest';
import { activitiesOfYear, activityErrors, type ActivityInput } from '../../../../shared/activities/activity';

const TODAY = '2026-11-30';
const valid: ActivityInput = { kind: 'freeClinic', date: '2026-10-16', title: '社区义诊', memberIds: ['m-1'], partnerUnit: '城东社区', description: '义诊 86 人次。', attachmentIds: [] };

describe('activityErrors', () => {
  it('accepts a complete activity', () => {
    expect(activityErrors(valid, TODAY)).toEqual({});
  });

  it('names each problem in Chinese by field', () => {
    expect(activityErrors({ ...valid, date: '2026-13-01', title: '  ', memberIds: [] }, TODAY)).toEqual({
      date: '请填写活动日期（如 2026-05-12）。',
      title: '请填写活动名称。',
      memberIds: '请选择参加活动的党员。',
    });
    expect(activityErrors({ ...valid, date: '2026-12-01' }, TODAY)).toEqual({ date: '活动日期不能晚于今天：请在活动之后登记。' });
    expect(activityErrors({ ...valid, title: '义'.repeat(61), description: '字'.repeat(2001) }, TODAY)).toEqual({
      title: '活动名称不能超过 60 个字。',
      description: '活动内容不能超过 2000 个字。',
    });
  });
});

describe('activitiesOfYear', () => {
  it('lists the year’s live activities newest first and counts each kind', () => {
    const records = [
      { ...valid, date: '2026-03-01', kind: 'volunteer' as const, deleted: false },
      { ...valid, date: '2026-10-16', deleted: false },
      { ...valid, date: '2026-05-01', deleted: true },
      { ...valid, date: '2025-12-31', deleted: false },
      { ...valid, date: '2026-06-01', kind: 'volunteer' as const, deleted: false },
    ];
    const { list, byKind } = activitiesOfYear(records, 2026);
    expect(list.map((record) => record.date)).toEqual(['2026-10-16', '2026-06-01', '2026-03-01']);
    expect(byKind).toEqual({ volunteer: 2, freeClinic: 1 });
  });
});
