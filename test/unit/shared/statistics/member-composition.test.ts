import { describe, expect, it } from 'vitest';
import { isOnRoster } from '../../../../shared/members/roster-periods';
import { ageOn, AGE_BANDS, bandOf, educationBandOf, occupationGroupOf, stageOn } from '../../../../shared/statistics/member-facts';
import { memberCompositionTable } from '../../../../shared/statistics/member-composition';
import { memberRecord } from '../support/member-fixture';
import { records } from './stat-fixture';

const full = (patch: Parameters<typeof memberRecord>[0] = {}) => memberRecord({ stage: 'full', joinedOn: '2010-07-01', fullMembershipOn: '2011-07-01', ...patch });

describe('age bands on the reference date', () => {
  it('counts completed years: one is 30 up to the day before the 31st birthday, and 31 on it', () => {
    const member = full({ birthDate: '1995-12-31' });
    expect(ageOn(member, '2026-12-30')).toBe(30);
    expect(bandOf(AGE_BANDS, ageOn(member, '2026-12-30'))?.label).toBe('30岁及以下');
    expect(ageOn(member, '2026-12-31')).toBe(31);
    expect(bandOf(AGE_BANDS, ageOn(member, '2026-12-31'))?.label).toBe('31—35岁');
    expect(bandOf(AGE_BANDS, 70)?.label).toBe('61—70岁');
    expect(bandOf(AGE_BANDS, 71)?.label).toBe('71岁及以上');
  });

  it('puts the member in the band of their age on the table’s date', () => {
    const member = full({ birthDate: '1995-12-31' });
    const before = memberCompositionTable([records([member])], '2026-12-30');
    const on = memberCompositionTable([records([member])], '2026-12-31');
    expect([before.total.cells.age30!.value, before.total.cells.age35!.value]).toEqual([1, 0]);
    expect([on.total.cells.age30!.value, on.total.cells.age35!.value]).toEqual([0, 1]);
    expect(on.total.cells.age35!.ids).toEqual([member.id]);
  });
});

describe('who is a member on the date', () => {
  it('reads the stage from the milestones: candidate the day before the 支部大会, probationary on it, full from 转正', () => {
    const member = memberRecord({ stage: 'full', joinedOn: '2025-09-30', fullMembershipOn: '2026-09-30' }, { appliedOn: '2023-01-10', activistOn: '2023-06-01', candidateOn: '2025-03-01' });
    expect(stageOn(member, '2023-01-09')).toBeNull();
    expect(stageOn(member, '2023-01-10')).toBe('applicant');
    expect(stageOn(member, '2025-09-29')).toBe('candidate');
    expect(stageOn(member, '2025-09-30')).toBe('probationary');
    expect(stageOn(member, '2026-09-29')).toBe('probationary');
    expect(stageOn(member, '2026-09-30')).toBe('full');
  });

  it('takes today’s stage as held since ever when its date was never typed in', () => {
    expect(stageOn(memberRecord({ stage: 'full', joinedOn: '', fullMembershipOn: '' }), '2001-01-01')).toBe('full');
  });

  it('follows transfers: gone on the day of a transfer out, here from the day of a transfer in', () => {
    const leaving = full({ transfers: [{ direction: 'out', date: '2026-06-10', counterpart: '省人民医院党委', note: '' }] });
    const arriving = full({ transfers: [{ direction: 'in', date: '2026-08-01', counterpart: '市中医院党委', note: '' }] });
    expect([isOnRoster(leaving, '2026-06-09'), isOnRoster(leaving, '2026-06-10')]).toEqual([true, false]);
    expect([isOnRoster(arriving, '2026-07-31'), isOnRoster(arriving, '2026-08-01')]).toEqual([false, true]);
    const table = memberCompositionTable([records([leaving, arriving])], '2026-07-01');
    expect(table.total.cells.total!.ids).toEqual([]);
    expect(memberCompositionTable([records([leaving, arriving])], '2026-06-01').total.cells.total!.ids).toEqual([leaving.id]);
  });

  it('counts a probationary member as a member, among 预备党员 and not in any 党龄 band; full from 转正 with 党龄 0', () => {
    const probationary = memberRecord({ stage: 'full', joinedOn: '2025-12-01', fullMembershipOn: '2026-12-01', gender: 'male', ethnicity: '回族' });
    const november = memberCompositionTable([records([probationary])], '2026-11-30').total.cells;
    expect([november.total!.value, november.probationary!.value, november.minority!.value, november.female!.value]).toEqual([1, 1, 1, 0]);
    const standings = ['standing5', 'standing10', 'standing20', 'standing30', 'standing40', 'standing41', 'standingUnknown'];
    expect(standings.map((key) => november[key]!.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const december = memberCompositionTable([records([probationary])], '2026-12-01').total.cells;
    expect([december.probationary!.value, december.standing5!.value]).toEqual([0, 1]);
  });

  it('leaves out people still in the pipeline and deleted records', () => {
    const table = memberCompositionTable([records([memberRecord({ stage: 'candidate' }), { ...full(), deleted: true }, full()])], '2026-11-30');
    expect(table.total.cells.total!.value).toBe(1);
  });
});

describe('education and occupation', () => {
  it('reads the 学历 as secretaries type it', () => {
    expect(['博士研究生', '硕士', '大学本科', '本科', '大专', '专科', '中专', '高中', '初中', ''].map(educationBandOf)).toEqual([
      'postgraduate', 'postgraduate', 'undergraduate', 'undergraduate', 'college', 'college', 'secondaryVocational', 'highSchoolOrBelow', 'highSchoolOrBelow', undefined,
    ]);
  });

  it('takes the roster’s 人员分类, and infers it from 离退休, 职称 and post while it is blank', () => {
    expect(occupationGroupOf(full({ occupation: 'student', title: '主治医师' }))).toEqual({ group: 'student', inferred: false });
    expect(occupationGroupOf(full({ retired: true, title: '主任医师' }))?.group).toBe('retired');
    expect(['主治医师', '主管护师', '主管技师', '主管药师', '会计师'].map((title) => occupationGroupOf(full({ title, post: '' }))?.group)).toEqual([
      'doctor', 'nurse', 'medicalTechnician', 'pharmacist', 'administration',
    ]);
    expect(occupationGroupOf(full({ title: '', post: '' }))).toBeUndefined();
  });

  it('puts every member in one education and one occupation column, 未填 included', () => {
    const people = [full({ education: '硕士研究生', title: '主治医师' }), full({ education: '', title: '', post: '' }), full({ education: '大专', occupation: 'nurse' })];
    const cells = memberCompositionTable([records(people)], '2026-11-30').total.cells;
    expect([cells.postgraduate!.value, cells.college!.value, cells.educationUnknown!.value]).toEqual([1, 1, 1]);
    expect([cells.doctor!.value, cells.nurse!.value, cells.occupationUnknown!.value]).toEqual([1, 1, 1]);
  });
});
