import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_CALENDAR as CAL } from '../../../../shared/calendar/working-days';
import { checkAdvance } from '../../../../shared/development/pipeline';
import type { MemberInput } from '../../../../shared/members/member-validation';
import { NATIONAL_RULE_SET as RULES } from '../../../../shared/rules/rule-set';
import { memberInput } from '../support/member-fixture';
import { EMPTY_DOSSIER, type DossierFields } from '../../../../shared/development/dossier-types';

const TODAY = '2026-03-10';
const check = (member: MemberInput, onDate: string) => checkAdvance(member, RULES, CAL, TODAY, onDate);

describe('checkAdvance: common checks', () => {
  const applicant = memberInput({ birthDate: '1990-03-07' }, { appliedOn: '2025-06-15', applicationTalkOn: '2025-07-01' });

  it('refuses an invalid date and a date after today', () => {
    expect(check(applicant, '2026-02-30')).toEqual({ ok: false, missing: ['请填写有效的日期（YYYY-MM-DD）。'], provisional: false });
    expect(check(applicant, TODAY).ok).toBe(true);
    expect(check(applicant, '2026-03-11')).toEqual({ ok: false, missing: ['日期不能晚于今天。'], provisional: false });
  });

  it('has no next stage for a full member', () => {
    expect(check(memberInput({ stage: 'full' }), TODAY)).toEqual({
      ok: false,
      missing: ['已是正式党员，没有下一阶段。'],
      provisional: false,
    });
  });
});

describe('checkAdvance: applicant → activist', () => {
  const applicant = (patch: Partial<MemberInput>, development: object) =>
    memberInput({ birthDate: '2007-06-15', ...patch }, { appliedOn: '2025-06-15', applicationTalkOn: '2025-07-01', ...development });

  it('accepts an applicant who applied on the 18th birthday', () => {
    expect(check(applicant({}, {}), '2025-12-01')).toEqual({ ok: true, missing: [], provisional: false });
  });

  it('refuses one who applied the day before', () => {
    expect(check(applicant({}, { appliedOn: '2025-06-14' }), '2025-12-01').missing).toEqual(['递交入党申请书时未满 18 周岁。']);
  });

  it('needs the application, the talk and a date not before the application', () => {
    expect(check(applicant({}, { appliedOn: '', applicationTalkOn: '' }), '2025-12-01').missing).toEqual([
      '尚未登记递交入党申请书的日期。',
      '尚未登记党组织派人谈话的日期。',
    ]);
    expect(check(applicant({}, {}), '2025-06-14').missing).toEqual(['确定为入党积极分子的日期不能早于递交入党申请书的日期。']);
    expect(check(applicant({ birthDate: '' }, {}), '2025-12-01').missing).toEqual(['尚未登记出生日期，无法核对申请入党时的年龄。']);
  });
});

describe('checkAdvance: activist → candidate', () => {
  const activist = (development: object) =>
    memberInput({ stage: 'activist' }, { appliedOn: '2024-01-05', activistOn: '2024-03-10', contacts: ['李红'], ...development });

  it('needs a full year of training', () => {
    expect(check(activist({}), '2025-03-09')).toEqual({
      ok: false,
      missing: ['确定为入党积极分子未满 1 年，2025-03-10 起方可确定为发展对象。'],
      provisional: false,
    });
    expect(check(activist({}), '2025-03-10').ok).toBe(true);
    expect(check(activist({ activistOn: '' }), '2025-03-10').missing).toEqual(['尚未登记确定为入党积极分子的日期。']);
  });

  it('needs 1 or 2 named contacts', () => {
    const contactsError = (count: number) => [`培养联系人应为 1 至 2 名正式党员（现有 ${count} 名）。`];
    expect(check(activist({ contacts: [] }), '2025-03-10').missing).toEqual(contactsError(0));
    expect(check(activist({ contacts: ['  '] }), '2025-03-10').missing).toEqual(contactsError(0));
    expect(check(activist({ contacts: ['李红', '王强'] }), '2025-03-10').ok).toBe(true);
    expect(check(activist({ contacts: ['李红', '王强', '赵敏'] }), '2025-03-10').missing).toEqual(contactsError(3));
  });
});

describe('checkAdvance: candidate → probationary', () => {
  const candidate = (development: object, patch: Partial<MemberInput> = {}) =>
    memberInput(
      { stage: 'candidate', birthDate: '1990-03-07', ...patch },
      {
        appliedOn: '2023-03-01',
        activistOn: '2023-06-01',
        candidateOn: '2024-09-01',
        introducers: ['李红', '王强'],
        candidateTrainingHours: 24,
        preReviewOn: '2025-09-20',
        publicityStart: '2025-09-26',
        dossier: { ...EMPTY_DOSSIER, politicalReviewResult: 'passed', applicationFormNumber: '2025-0012' },
        ...development,
      },
    );

  it('accepts the vote on the working day after 5 working days of publicity', () => {
    expect(check(candidate({}), '2025-10-10')).toEqual({ ok: true, missing: [], provisional: false });
  });

  it('refuses the vote on the last day of publicity', () => {
    expect(check(candidate({}), '2025-10-09').missing).toEqual(['公示至 2025-10-09 结束，公示期满后方可召开支部大会。']);
  });

  it('refuses a recorded publicity shorter than 5 working days', () => {
    expect(check(candidate({ publicityEnd: '2025-10-08' }), '2025-10-20').missing).toEqual([
      '公示不足 5 个工作日，应至少公示至 2025-10-09。',
    ]);
    expect(check(candidate({ publicityEnd: '2025-10-09' }), '2025-10-20').ok).toBe(true);
  });

  it('needs 2 introducers and 24 hours of training', () => {
    expect(check(candidate({ introducers: ['李红'] }), '2025-10-10').missing).toEqual(['入党介绍人应为 2 名正式党员（现有 1 名）。']);
    expect(check(candidate({ candidateTrainingHours: 23 }), '2025-10-10').missing).toEqual([
      '发展对象短期集中培训应不少于 24 学时（现有 23 学时）。',
    ]);
  });

  it('needs the candidate date, the publicity, a pre-review before the vote and the age on application', () => {
    const result = check(candidate({ candidateOn: '', publicityStart: '', preReviewOn: '' }, { birthDate: '2005-03-02' }), '2025-10-10');
    expect(result.missing).toEqual([
      '尚未登记确定为发展对象的日期。',
      '尚未登记公示开始日期。',
      '尚未登记上级党委预审的日期。',
      '递交入党申请书时未满 18 周岁。',
    ]);
    expect(check(candidate({ preReviewOn: '2025-10-11' }), '2025-10-10').missing).toEqual(['上级党委预审的日期不能晚于支部大会的日期。']);
  });

  it('needs a 政审 found 合格 and the 入党志愿书 number before the 支部大会', () => {
    const dossier = (patch: Partial<DossierFields>) => ({ dossier: { ...EMPTY_DOSSIER, politicalReviewResult: 'passed' as const, applicationFormNumber: '2025-0012', ...patch } });
    expect(check(candidate(dossier({ politicalReviewResult: '' })), '2025-10-10').missing).toEqual(['尚未登记政治审查结论（合格）。']);
    expect(check(candidate(dossier({ politicalReviewResult: 'failed' })), '2025-10-10').missing).toEqual(['政治审查结论为不合格。']);
    expect(check(candidate(dossier({ applicationFormNumber: '  ' })), '2025-10-10').missing).toEqual(['尚未登记入党志愿书编号。']);
    // A record stored before the dossier existed has neither.
    expect(check(candidate({ dossier: undefined }), '2025-10-10').missing).toEqual(['尚未登记政治审查结论（合格）。', '尚未登记入党志愿书编号。']);
  });

  it('reports a publicity counted into an unconfigured year as provisional', () => {
    const late = candidate({ publicityStart: '2026-12-28' });
    expect(checkAdvance(late, RULES, CAL, '2027-02-01', '2027-01-04')).toMatchObject({ ok: true, provisional: true });
  });
});

describe('checkAdvance: probationary → full', () => {
  // 转正申请 and a 5-working-day 转正公示 (Mon 2025-06-09 to Fri 2025-06-13) before the vote.
  const ready = { ...EMPTY_DOSSIER, stepDates: { fullMembershipApplied: '2025-06-02' }, fullPublicityStart: '2025-06-09' };
  const probationary = (development: object = {}) => memberInput({ stage: 'probationary', joinedOn: '2024-07-01' }, { dossier: ready, ...development });

  it('needs the probation to be over', () => {
    expect(check(probationary(), '2025-06-30').missing).toEqual(['预备期 1 年，至 2025-07-01 方满，期满后方可讨论转正。']);
    expect(check(probationary(), '2025-07-01').ok).toBe(true);
  });

  it('counts an extension', () => {
    expect(check(probationary({ probationExtensionMonths: 6 }), '2025-12-31').missing).toEqual([
      '预备期 1 年，延长 6 个月，至 2026-01-01 方满，期满后方可讨论转正。',
    ]);
    expect(check(probationary({ probationExtensionMonths: 6 }), '2026-01-01').ok).toBe(true);
  });

  it('needs the 转正申请 on or before the vote', () => {
    expect(check(probationary({ dossier: { ...ready, stepDates: {} } }), '2025-07-01').missing).toEqual(['尚未登记提出转正申请的日期。']);
    expect(check(probationary({ dossier: { ...ready, stepDates: { fullMembershipApplied: '2025-07-02' } } }), '2025-07-01').missing).toEqual([
      '提出转正申请的日期不能晚于支部大会讨论转正的日期。',
    ]);
  });

  it('needs a 转正公示 of 5 working days, over before the vote, counted like the first', () => {
    expect(check(probationary({ dossier: { ...ready, fullPublicityStart: '' } }), '2025-07-01').missing).toEqual(['尚未登记转正公示开始日期。']);
    // Started Friday 2025-06-27: five working days end Thursday 2025-07-03.
    const late = { ...ready, fullPublicityStart: '2025-06-27' };
    expect(check(probationary({ dossier: late }), '2025-07-03').missing).toEqual(['转正公示至 2025-07-03 结束，公示期满后方可召开支部大会讨论转正。']);
    expect(check(probationary({ dossier: late }), '2025-07-04').ok).toBe(true);
    expect(check(probationary({ dossier: { ...ready, fullPublicityEnd: '2025-06-12' } }), '2025-07-01').missing).toEqual([
      '转正公示不足 5 个工作日，应至少公示至 2025-06-13。',
    ]);
  });

  it('needs the join date', () => {
    expect(check(memberInput({ stage: 'probationary' }), '2025-07-01').missing).toEqual(['尚未登记入党时间（支部大会接收日期）。']);
  });
});
