import { describe, expect, it } from 'vitest';
import { DOSSIER_STEPS, DOSSIER_PHASES, dossierFindings, dossierStepStates } from '../../../../shared/development/dossier-steps';
import { EMPTY_DOSSIER, type DossierFields } from '../../../../shared/development/dossier-types';
import { decisionErrors, milestonesAfterReview, pendingReview, type ReviewDecision } from '../../../../shared/development/development-review';
import { NATIONAL_RULE_SET as RULES } from '../../../../shared/rules/rule-set';
import { memberRecord } from '../support/member-fixture';

const dossier = (patch: Partial<DossierFields>): DossierFields => ({ ...EMPTY_DOSSIER, ...patch });

describe('the 25 steps', () => {
  it('are numbered 1 to 25 in the five phases of the 细则, each following only earlier steps', () => {
    expect(DOSSIER_STEPS.map((step) => step.number)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(new Set(DOSSIER_STEPS.map((step) => step.phase))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(DOSSIER_PHASES).toHaveLength(5);
    for (const step of DOSSIER_STEPS) for (const before of step.after) expect(before).toBeLessThan(step.number);
    // The office records 预审, 审批 and 转正审批; the rest is the branch's.
    expect(DOSSIER_STEPS.filter((step) => step.recordedBy === 'office').map((step) => step.label)).toEqual(['上级党委预审', '上级党委审批', '上级党委审批转正']);
  });

  it('reads each step date from the milestones or the dossier, with its documents', () => {
    const member = memberRecord(
      { stage: 'candidate' },
      { appliedOn: '2024-01-05', candidateOn: '2025-03-01', dossier: dossier({ stepDates: { politicalReview: '2025-04-02' }, documents: { politicalReview: ['file-1'] } }) },
    );
    const states = dossierStepStates(member);
    expect(states[0]).toMatchObject({ date: '2024-01-05', done: true, reached: true, missingDocuments: ['application'] });
    expect(states[9]).toMatchObject({ date: '2025-04-02', done: true, missingDocuments: [] });
    expect(states[9]!.documents).toEqual([{ kind: 'politicalReview', label: '政治审查综合报告', attachmentIds: ['file-1'] }]);
    // A candidate has steps 1–7 behind them; step 8 on is still to come.
    expect(states.filter((state) => state.reached).map((state) => state.step.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('counts the continuing 培养教育考察 as done once a 思想汇报 is in', () => {
    const without = memberRecord({ stage: 'activist' }, { activistOn: '2025-03-01' });
    expect(dossierStepStates(without)[5]!.done).toBe(false);
    const withReport = memberRecord(
      { stage: 'activist' },
      { activistOn: '2025-03-01', dossier: dossier({ thoughtReports: [{ id: 't1', submittedOn: '2025-06-01', title: '', attachmentIds: [] }] }) },
    );
    expect(dossierStepStates(withReport)[5]!.done).toBe(true);
  });

  it('finds a step dated before the step it follows, an undated reached step, missing documents and a 政审 不合格', () => {
    const member = memberRecord(
      { stage: 'activist' },
      {
        appliedOn: '2024-01-05',
        applicationTalkOn: '2024-01-20',
        activistOn: '2024-03-01',
        dossier: dossier({
          stepDates: { activistFiled: '2024-02-20', contactsAssigned: '2024-03-01' },
          documents: { application: ['a'], talkRecord: ['b'], recommendation: ['c'], activistMinutes: ['d'], activistFiling: ['e'], contactsLetter: ['f'] },
          politicalReviewResult: 'failed',
        }),
      },
    );
    expect(dossierFindings(member)).toEqual([
      '第 4 步“上级党委备案”的日期（2024-02-20）早于第 3 步“推荐和确定入党积极分子”（2024-03-01）。',
      '政治审查结论为不合格，不能发展。',
    ]);
    const noFiles = memberRecord({ stage: 'applicant' }, { appliedOn: '2024-01-05', applicationTalkOn: '2024-01-20' });
    expect(dossierFindings(noFiles)).toEqual(['第 1 步“递交入党申请书”缺少材料：入党申请书。', '第 2 步“党组织派人谈话”缺少材料：谈话记录。']);
  });
});

describe('the 院党委 decisions (预审, 审批, 转正审批)', () => {
  const decision = (patch: Partial<ReviewDecision> = {}): ReviewDecision => ({ on: '2025-05-10', agreed: true, document: '院党委〔2025〕8号', opinion: '', reviewer: '李敏', ...patch });

  it('are pending once the branch did the step before them', () => {
    expect(pendingReview(memberRecord({ stage: 'candidate' }, {}))).toBeNull();
    expect(pendingReview(memberRecord({ stage: 'candidate' }, { dossier: dossier({ stepDates: { committeeReview: '2025-05-01' } }) }))).toBe('preReview');
    expect(pendingReview(memberRecord({ stage: 'candidate' }, { preReviewOn: '2025-05-09', dossier: dossier({ stepDates: { committeeReview: '2025-05-01' } }) }))).toBeNull();
    expect(pendingReview(memberRecord({ stage: 'probationary', joinedOn: '2025-06-01' }, { admissionVoteOn: '2025-06-01' }))).toBe('admissionApproval');
    const full = memberRecord(
      { stage: 'full', joinedOn: '2025-06-01', fullMembershipOn: '2026-06-01' },
      { admissionVoteOn: '2025-06-01', fullMembershipVoteOn: '2026-06-05', dossier: dossier({ stepDates: { fullMembershipApplied: '2026-05-20' } }) },
    );
    expect(pendingReview(full)).toBe('fullApproval');
    // A full member from before the dossier (no 转正申请 recorded) awaits nothing.
    expect(pendingReview(memberRecord({ stage: 'full', joinedOn: '2020-06-01', fullMembershipOn: '2021-06-01' }, { fullMembershipVoteOn: '2021-06-05' }))).toBeNull();
  });

  it('are refused before the step they follow, in the future, without 文号 or, when not agreed, without an opinion', () => {
    const probationary = memberRecord({ stage: 'probationary', joinedOn: '2025-05-12' }, { admissionVoteOn: '2025-05-12' });
    expect(decisionErrors(probationary, 'admissionApproval', decision({ on: '2025-05-20' }), '2025-06-01')).toEqual([]);
    expect(decisionErrors(probationary, 'admissionApproval', decision({ on: '2025-05-11' }), '2025-06-01')).toEqual([
      '审批（接收预备党员）日期不能早于支部大会讨论接收的日期（2025-05-12）。',
    ]);
    expect(decisionErrors(probationary, 'admissionApproval', decision({ on: '2025-06-02', document: ' ' }), '2025-06-01')).toEqual([
      '审批（接收预备党员）日期不能晚于今天。',
      '请填写批复文号。',
    ]);
    expect(decisionErrors(probationary, 'admissionApproval', decision({ on: '2025-05-20', agreed: false, document: '' }), '2025-06-01')).toEqual(['不同意时请填写意见。']);
    expect(decisionErrors(memberRecord({ stage: 'candidate' }, {}), 'preReview', decision({ document: '' }), '2025-06-01')).toEqual([
      '支部尚未登记“支部委员会审查”，不能预审。',
    ]);
  });

  it('write only agreed dates into the branch member, once', () => {
    const member = memberRecord({ stage: 'probationary', joinedOn: '2025-05-12' }, { admissionVoteOn: '2025-05-12' });
    const after = milestonesAfterReview(member, { decisions: { admissionApproval: decision({ on: '2025-05-20' }), preReview: decision({ on: '2025-04-01', agreed: false }) } });
    expect(after).toMatchObject({ committeeApprovalOn: '2025-05-20', preReviewOn: '' });
    expect(milestonesAfterReview({ ...member, development: after! }, { decisions: { admissionApproval: decision({ on: '2025-05-20' }) } })).toBeNull();
    const full = milestonesAfterReview(memberRecord({ stage: 'full' }, {}), { decisions: { fullApproval: decision({ on: '2026-06-20' }) } });
    expect(full?.dossier?.stepDates).toEqual({ fullMembershipApproved: '2026-06-20' });
  });
});

describe('rule', () => {
  it('expects a 思想汇报 every 3 months by default, with its source', () => {
    expect(RULES.rules.development.thoughtReportMonths.value).toBe(3);
    expect(RULES.rules.development.thoughtReportMonths.source.regulation).toContain('通行做法');
  });
});
