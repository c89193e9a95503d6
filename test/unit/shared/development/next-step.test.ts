import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_CALENDAR as CAL } from '../../../../shared/calendar/working-days';
import { nextStepFor } from '../../../../shared/development/pipeline';
import { NATIONAL_RULE_SET as RULES, type RuleSet } from '../../../../shared/rules/rule-set';
import { memberInput } from '../support/member-fixture';

const TODAY = '2025-06-01';

describe('nextStepFor: applicant', () => {
  it('asks for the application date first', () => {
    expect(nextStepFor(memberInput(), RULES, CAL, TODAY)).toEqual({
      target: 'activist',
      earliest: null,
      deadline: null,
      provisional: false,
      label: '请先登记递交入党申请书的日期',
    });
  });

  it('sets the talk deadline one month after the application, clamped to the month end', () => {
    const applicant = memberInput({}, { appliedOn: '2025-01-31' });
    expect(nextStepFor(applicant, RULES, CAL, '2025-02-28')).toMatchObject({
      target: 'activist',
      deadline: '2025-02-28',
      label: '应在收到入党申请书后1个月内派人谈话',
    });
    expect(nextStepFor(applicant, RULES, CAL, '2025-03-01').label).toBe('应在收到入党申请书后1个月内派人谈话（已逾期）');
    expect(nextStepFor(applicant, RULES, CAL, '2025-03-01', '2025-02-28').label).toBe('应在收到入党申请书后1个月内派人谈话（已逾期）');
  });

  it('says a deadline that passed before the app kept the member is a date to fill in, not overdue', () => {
    const applicant = memberInput({}, { appliedOn: '2025-01-31' });
    expect(nextStepFor(applicant, RULES, CAL, '2025-06-01', '2025-05-01').label).toBe(
      '应在收到入党申请书后1个月内派人谈话（期限早于本软件开始记录：日期未登记，请补登）',
    );
  });

  it('has no deadline once the talk is recorded', () => {
    const applicant = memberInput({}, { appliedOn: '2025-01-31', applicationTalkOn: '2025-02-10' });
    expect(nextStepFor(applicant, RULES, CAL, TODAY)).toMatchObject({ deadline: null, label: '可确定为入党积极分子' });
  });
});

describe('nextStepFor: activist', () => {
  it('allows 发展对象 after a full year of training', () => {
    const activist = memberInput({ stage: 'activist' }, { activistOn: '2024-02-29' });
    expect(nextStepFor(activist, RULES, CAL, TODAY)).toEqual({
      target: 'candidate',
      earliest: '2025-02-28',
      deadline: null,
      provisional: false,
      label: '可确定为发展对象（培养满1年）',
    });
  });

  it('takes the waiting period from the rule set in use', () => {
    const local: RuleSet = structuredClone(RULES);
    local.rules.development.activistTrainingYears.value = 2;
    const activist = memberInput({ stage: 'activist' }, { activistOn: '2024-03-10' });
    expect(nextStepFor(activist, local, CAL, TODAY)).toMatchObject({ earliest: '2026-03-10', label: '可确定为发展对象（培养满2年）' });
  });

  it('asks for the activist date when missing', () => {
    expect(nextStepFor(memberInput({ stage: 'activist' }), RULES, CAL, TODAY).label).toBe('请先登记确定为入党积极分子的日期');
  });
});

describe('nextStepFor: candidate', () => {
  const candidate = (development: object) => memberInput({ stage: 'candidate' }, { candidateOn: '2025-03-01', ...development });

  it('counts 5 working days of publicity through the National Day holiday', () => {
    // 09-26 Fri, 09-28 Sun (worked), 09-29, 09-30, then 10-01..10-08 off, 10-09 is day 5; vote from 10-10.
    const step = nextStepFor(candidate({ publicityStart: '2025-09-26', preReviewOn: '2025-09-20' }), RULES, CAL, '2025-09-26');
    expect(step).toEqual({
      target: 'probationary',
      earliest: '2025-10-10',
      deadline: '2025-10-20',
      provisional: false,
      label: '可提交支部大会讨论接收为预备党员（公示5个工作日期满）；应在上级党委预审后1个月内召开支部大会',
    });
  });

  it('waits for a recorded publicity end that is later than the minimum', () => {
    const step = nextStepFor(candidate({ publicityStart: '2025-09-26', publicityEnd: '2025-10-15' }), RULES, CAL, TODAY);
    expect(step.earliest).toBe('2025-10-16');
  });

  it('marks the date provisional when the publicity runs into an unconfigured year', () => {
    const step = nextStepFor(candidate({ publicityStart: '2026-12-28' }), RULES, CAL, TODAY);
    expect(step).toMatchObject({ earliest: '2027-01-04', provisional: true });
  });

  it('explains what is still to come without publicity or pre-review', () => {
    expect(nextStepFor(candidate({}), RULES, CAL, TODAY)).toEqual({
      target: 'probationary',
      earliest: null,
      deadline: null,
      provisional: false,
      label: '公示5个工作日后，可提交支部大会讨论接收为预备党员；尚待上级党委预审',
    });
  });
});

describe('nextStepFor: probationary and full', () => {
  it('opens 转正 one year after the 支部大会 and closes it 3 months later', () => {
    const probationary = memberInput({ stage: 'probationary', joinedOn: '2024-07-01' }, { admissionVoteOn: '2024-07-01' });
    expect(nextStepFor(probationary, RULES, CAL, TODAY)).toEqual({
      target: 'full',
      earliest: '2025-07-01',
      deadline: '2025-10-01',
      provisional: false,
      label: '可讨论转为正式党员（预备期满1年）',
    });
  });

  it('adds an extension of the probation', () => {
    const extended = memberInput({ stage: 'probationary', joinedOn: '2024-07-01' }, { probationExtensionMonths: 6 });
    expect(nextStepFor(extended, RULES, CAL, TODAY)).toMatchObject({
      earliest: '2026-01-01',
      deadline: '2026-04-01',
      label: '可讨论转为正式党员（预备期1年，延长6个月）',
    });
  });

  it('falls back to the admission vote date, and asks for it when missing', () => {
    const byVote = memberInput({ stage: 'probationary' }, { admissionVoteOn: '2024-08-15' });
    expect(nextStepFor(byVote, RULES, CAL, TODAY).earliest).toBe('2025-08-15');
    expect(nextStepFor(memberInput({ stage: 'probationary' }), RULES, CAL, TODAY).label).toBe('请先登记入党时间（支部大会接收日期）');
  });

  it('has nothing next for a full member', () => {
    const full = memberInput({ stage: 'full', joinedOn: '2010-07-01', fullMembershipOn: '2011-07-01' });
    expect(nextStepFor(full, RULES, CAL, TODAY)).toEqual({
      target: null,
      earliest: null,
      deadline: null,
      provisional: false,
      label: '已是正式党员',
    });
  });
});
