import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { planMonths } from '../../../../shared/plans/plan-prefill';
import { draftErrors, submitErrors, type PlanDraft } from '../../../../shared/plans/plan-validation';

const base: PlanDraft = { year: 2027, kind: 'annualPlan', body: '一、指导思想……', months: planMonths(NATIONAL_RULE_SET.rules.meetings, 2027), developmentCount: 0, people: [], figures: [], signedBy: '王书记', signedOn: '2027-01-10' };
const themed = { ...base, months: base.months.map((line) => ({ ...line, theme: line.theme || `第${line.month}月主题` })) };

describe('计划总结: what a plan needs before it is sent', () => {
  it('accepts a complete 年度工作计划', () => {
    expect(submitErrors(themed, '2027-01-12')).toEqual([]);
  });

  it('names every month with a 主题党日 but no theme, a missing body and signature, a date after today', () => {
    expect(submitErrors({ ...base, body: ' ', signedBy: '', signedOn: '2027-02-01' }, '2027-01-12')).toEqual([
      '请填写计划正文（指导思想、工作目标和主要措施）。',
      '请填写2月、4月、6月、9月、11月主题党日的主题。',
      '请填写签发人（支部书记姓名）。',
      '签发日期 2027-02-01 晚于今天，请核对。',
    ]);
  });

  it('refuses a summary of a year not begun, a plan two years ahead, and overlong text even as a draft', () => {
    expect(submitErrors({ ...themed, kind: 'yearSummary', months: [], year: 2028 }, '2027-01-12')).toContain('2028年尚未开始，不能报送该年度工作总结。');
    expect(submitErrors({ ...themed, year: 2029 }, '2027-01-12')).toContain('只能制定本年度或下一年度的年度工作计划。');
    expect(draftErrors({ ...themed, body: '字'.repeat(20_001) })).toEqual(['正文不能超过 20,000 个字，当前 20,001 个字。']);
  });

  it('checks a 发展计划: people from the roster list, once each, and a count that matches those to be admitted', () => {
    const plan: PlanDraft = {
      ...base,
      kind: 'developmentPlan',
      months: [],
      developmentCount: 2,
      people: [
        { memberId: 'm1', name: '丙', stage: 'candidate', target: 'probationary' },
        { memberId: 'm1', name: '丙', stage: 'candidate', target: 'probationary' },
        { memberId: 'm9', name: '某', stage: 'applicant', target: 'activist' },
      ],
    };
    expect(submitErrors(plan, '2027-01-12', new Set(['m1']))).toEqual(['丙在名单中出现了两次。', '某不在本支部的入党申请人、积极分子或发展对象名单中，请从名单中重新选择。']);
    expect(submitErrors({ ...plan, people: plan.people.slice(0, 1) }, '2027-01-12', new Set(['m1']))).toEqual(['计划发展 2 人，但名单中拟“接收为预备党员”的有 1 人，请核对人数或名单。']);
    expect(submitErrors({ ...plan, developmentCount: 1, people: plan.people.slice(0, 1) }, '2027-01-12', new Set(['m1']))).toEqual([]);
  });
});
