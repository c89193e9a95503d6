import { compareDates } from '../dates';
import type { DevelopmentMilestones, DevelopmentStage, MilestoneDateKey } from '../members/member';
import { recorded } from './milestone-dates';
import { DOSSIER_DOCUMENT_LABELS, dossierOf, type DossierDateKey, type DossierDocumentKind } from './dossier-types';

/**
 * The 25 steps of 发展党员 (中国共产党发展党员工作细则, 2014, chapters 2–6, as the Central
 * Organisation Department's 25-step chart lists them), as data: where each step's date is kept
 * (one of the pipeline's milestones, or the dossier's own step dates), who records it and
 * which documents it needs. The dossier screen, its checks and the printed 纪实表 read this list.
 */

/** Where a step's date lives: a milestone of the pipeline, a dossier step date, or none (a continuing step). */
export type StepDateSource = { milestone: MilestoneDateKey } | { step: DossierDateKey } | null;

/**
 * Who records the date: the branch in the dossier; `stage` — set by 转为… when the person
 * moves on (the advance check guards it); `office` — the 院党委's decision, recorded at the
 * central office and returned in its 回执.
 */
export type StepRecorder = 'branch' | 'stage' | 'office';

export interface DossierStep {
  number: number;
  phase: number;
  label: string;
  date: StepDateSource;
  recordedBy: StepRecorder;
  documents: readonly DossierDocumentKind[];
  /** Steps that must not be dated later than this one. */
  after: readonly number[];
}

export const DOSSIER_PHASES = ['申请入党', '入党积极分子的确定和培养教育', '发展对象的确定和考察', '预备党员的接收', '预备党员的教育考察和转正'] as const;

const s = (
  number: number,
  phase: number,
  label: string,
  date: StepDateSource,
  recordedBy: StepRecorder,
  documents: readonly DossierDocumentKind[],
  after: readonly number[],
): DossierStep => ({ number, phase, label, date, recordedBy, documents, after });
const m = (milestone: MilestoneDateKey) => ({ milestone });
const d = (step: DossierDateKey) => ({ step });

export const DOSSIER_STEPS: readonly DossierStep[] = [
  s(1, 1, '递交入党申请书', m('appliedOn'), 'branch', ['application'], []),
  s(2, 1, '党组织派人谈话', m('applicationTalkOn'), 'branch', ['talkRecord'], [1]),
  s(3, 2, '推荐和确定入党积极分子', m('activistOn'), 'stage', ['recommendation', 'activistMinutes'], [2]),
  s(4, 2, '上级党委备案', d('activistFiled'), 'branch', ['activistFiling'], [3]),
  s(5, 2, '指定培养联系人', d('contactsAssigned'), 'branch', ['contactsLetter'], [3]),
  s(6, 2, '培养教育考察', null, 'branch', ['assessment'], [3]),
  s(7, 3, '确定发展对象', m('candidateOn'), 'stage', ['candidateOpinions', 'candidateMinutes'], [3]),
  s(8, 3, '报上级党委备案', d('candidateFiled'), 'branch', ['candidateFiling'], [7]),
  s(9, 3, '确定入党介绍人', d('introducersAssigned'), 'branch', ['introducerOpinion'], [7]),
  s(10, 3, '进行政治审查', d('politicalReview'), 'branch', ['politicalReview'], [7]),
  s(11, 3, '开展集中培训', d('trainingCompleted'), 'branch', ['trainingCertificate'], [7]),
  s(12, 4, '支部委员会审查', d('committeeReview'), 'branch', ['committeeReview', 'publicity'], [8, 9, 10, 11]),
  s(13, 4, '上级党委预审', m('preReviewOn'), 'office', ['preReviewRequest'], [12]),
  s(14, 4, '填写入党志愿书', d('applicationForm'), 'branch', ['applicationForm'], [13]),
  s(15, 4, '支部大会讨论', m('admissionVoteOn'), 'stage', ['admissionMinutes'], [14]),
  s(16, 4, '上级党委派人谈话', d('committeeTalk'), 'branch', ['committeeTalk'], [15]),
  s(17, 4, '上级党委审批', m('committeeApprovalOn'), 'office', ['approval'], [15]),
  s(18, 4, '再上一级党委组织部门备案', d('filedUpward'), 'branch', ['filing'], [17]),
  s(19, 5, '编入党支部和党小组', d('assignedToGroup'), 'branch', [], [17]),
  s(20, 5, '入党宣誓', d('oath'), 'branch', ['oath'], [17]),
  s(21, 5, '继续教育考察', null, 'branch', ['probationAssessment'], [15]),
  s(22, 5, '提出转正申请', d('fullMembershipApplied'), 'branch', ['fullMembershipApplication'], [15]),
  s(23, 5, '支部大会讨论转正', m('fullMembershipVoteOn'), 'stage', ['fullPublicity', 'fullMembershipMinutes'], [22]),
  s(24, 5, '上级党委审批转正', d('fullMembershipApproved'), 'office', ['fullMembershipApproval'], [23]),
  s(25, 5, '材料归档', d('archived'), 'branch', ['archiveList'], [24]),
];

/** The last step a person at this stage should have behind them (the step that made them so). */
const LAST_STEP_OF_STAGE: Record<DevelopmentStage, number> = { applicant: 1, activist: 3, candidate: 7, probationary: 15, full: 23 };

type Member = { stage: DevelopmentStage; development: DevelopmentMilestones };

/** A step's recorded date, or null (a continuing step has none). */
export function stepDate(member: Member, step: DossierStep): string | null {
  if (!step.date) return null;
  if ('milestone' in step.date) return recorded(member.development[step.date.milestone]);
  return recorded(dossierOf(member.development).stepDates[step.date.step] ?? '');
}

export interface DossierDocumentState {
  kind: DossierDocumentKind;
  label: string;
  attachmentIds: string[];
}

export interface DossierStepState {
  step: DossierStep;
  date: string | null;
  /** Done: dated; a continuing step once any of its documents (or a 思想汇报 of its stage) is in. */
  done: boolean;
  /** The person's stage says this step is behind them. */
  reached: boolean;
  documents: DossierDocumentState[];
  /** Documents of a done step with no file attached. */
  missingDocuments: DossierDocumentKind[];
}

const THOUGHT_REPORT_STEPS = new Set([6, 21]);

/** Every step of the person's dossier with its date, documents and whether it is done. */
export function dossierStepStates(member: Member): DossierStepState[] {
  const dossier = dossierOf(member.development);
  const last = LAST_STEP_OF_STAGE[member.stage];
  return DOSSIER_STEPS.map((step) => {
    const date = stepDate(member, step);
    const documents = step.documents.map((kind) => ({ kind, label: DOSSIER_DOCUMENT_LABELS[kind], attachmentIds: dossier.documents[kind] ?? [] }));
    const hasFiles = documents.some((document) => document.attachmentIds.length > 0);
    const continuingDone = THOUGHT_REPORT_STEPS.has(step.number) && (hasFiles || dossier.thoughtReports.length > 0);
    const done = date !== null || continuingDone;
    return {
      step,
      date,
      done,
      reached: step.number <= last,
      documents,
      missingDocuments: done ? documents.filter((document) => document.attachmentIds.length === 0).map((document) => document.kind) : [],
    };
  });
}

const stepName = (step: DossierStep) => `第 ${step.number} 步“${step.label}”`;

/**
 * What an inspection of the dossier would point at, one Chinese sentence each: a step dated
 * before a step it follows, a step the person's stage has passed with no date, a done step
 * without its documents, a 政审 found 不合格.
 */
export function dossierFindings(member: Member): string[] {
  const states = dossierStepStates(member);
  const byNumber = new Map(states.map((state) => [state.step.number, state]));
  const findings: string[] = [];
  for (const state of states) {
    for (const before of state.step.after) {
      const earlier = byNumber.get(before)!;
      if (state.date && earlier.date && compareDates(state.date, earlier.date) < 0) {
        findings.push(`${stepName(state.step)}的日期（${state.date}）早于${stepName(earlier.step)}（${earlier.date}）。`);
      }
    }
    if (state.reached && !state.done) findings.push(`${stepName(state.step)}尚未登记${state.step.date ? '日期' : '（无考察材料或思想汇报）'}。`);
    if (state.missingDocuments.length > 0) {
      findings.push(`${stepName(state.step)}缺少材料：${state.missingDocuments.map((kind) => DOSSIER_DOCUMENT_LABELS[kind]).join('、')}。`);
    }
  }
  if (dossierOf(member.development).politicalReviewResult === 'failed') findings.push('政治审查结论为不合格，不能发展。');
  return findings;
}
