import { describe, expect, it } from 'vitest';
import { activitiesOfYear, activityErrors, activityYearByBranch, brandErrors, type ActivityInput } from '../../../../shared/activities/activity';

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

describe('brandErrors', () => {
  it('accepts a named brand and refuses one without a name or too long', () => {
    expect(brandErrors({ name: '“心”连心党员服务队', description: '' })).toEqual({});
    expect(brandErrors({ name: '  ', description: '简介' })).toEqual({ name: '请填写品牌名称。' });
    expect(brandErrors({ name: '品'.repeat(31), description: '字'.repeat(1001) })).toEqual({
      name: '品牌名称不能超过 30 个字。',
      description: '品牌简介不能超过 1000 个字。',
    });
  });
});

describe('activityYearByBranch', () => {
  it('gives every branch its brand and the year’s live activities by kind, branches without any at 0', () => {
    const brand = { name: '仁心党员服务队', description: '' };
    const branches = [
      { id: 'b-1', name: '内科党支部', brand },
      { id: 'b-2', name: '外科党支部' },
    ];
    const activities = [
      { branchId: 'b-1', date: '2026-03-01', kind: 'volunteer' as const, deleted: false },
      { branchId: 'b-1', date: '2026-04-01', kind: 'volunteer' as const, deleted: false },
      { branchId: 'b-1', date: '2026-05-01', kind: 'freeClinic' as const, deleted: false },
      { branchId: 'b-1', date: '2026-06-01', kind: 'freeClinic' as const, deleted: true },
      { branchId: 'b-1', date: '2025-06-01', kind: 'pairing' as const, deleted: false },
      { branchId: 'b-3', date: '2026-06-01', kind: 'pairing' as const, deleted: false },
    ];
    expect(activityYearByBranch(branches, activities, 2026)).toEqual([
      { branchId: 'b-1', branchName: '内科党支部', brand, total: 3, byKind: { volunteer: 2, freeClinic: 1 } },
      { branchId: 'b-2', branchName: '外科党支部', brand: undefined, total: 0, byKind: {} },
    ]);
  });
});
