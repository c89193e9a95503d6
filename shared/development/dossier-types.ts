/**
 * What the development dossier (发展党员纪实) keeps beyond the pipeline's milestones
 * (`DevelopmentMilestones`): the dates of the 发展党员工作细则's other steps, the 政审 result,
 * the 入党志愿书 number, the 公示 before 转正, the documents attached to each step and the
 * 思想汇报. Stored inside the member's `development` (schema v13), so it travels, is audited
 * and is carried on a transfer with the milestones it completes. No imports: member.ts uses it.
 */

/** Steps whose date is not one of the milestones: keys into `DossierFields.stepDates`. */
export const DOSSIER_DATE_KEYS = [
  'activistFiled',
  'contactsAssigned',
  'candidateFiled',
  'introducersAssigned',
  'politicalReview',
  'trainingCompleted',
  'committeeReview',
  'applicationForm',
  'committeeTalk',
  'filedUpward',
  'assignedToGroup',
  'oath',
  'fullMembershipApplied',
  'fullMembershipApproved',
  'archived',
] as const;
export type DossierDateKey = (typeof DOSSIER_DATE_KEYS)[number];

/** The documents a step needs (one checklist line each); files are attachments owned by the member. */
export const DOSSIER_DOCUMENT_LABELS = {
  application: '入党申请书',
  talkRecord: '谈话记录',
  recommendation: '党员推荐、群团组织推优材料',
  activistMinutes: '支委会确定入党积极分子的会议记录',
  activistFiling: '入党积极分子备案材料',
  contactsLetter: '培养联系人确定材料',
  assessment: '培养考察登记（每半年）',
  candidateOpinions: '党小组、培养联系人及党员群众意见',
  candidateMinutes: '支委会确定发展对象的会议记录',
  candidateFiling: '发展对象备案材料',
  introducerOpinion: '入党介绍人意见',
  politicalReview: '政治审查综合报告',
  trainingCertificate: '集中培训结业证书',
  committeeReview: '支委会审查意见',
  publicity: '发展对象公示材料',
  preReviewRequest: '预审请示及预审意见',
  applicationForm: '入党志愿书',
  admissionMinutes: '支部大会接收预备党员的会议记录及决议',
  committeeTalk: '上级党委派人谈话记录',
  approval: '上级党委审批意见',
  filing: '备案材料',
  oath: '入党宣誓材料',
  probationAssessment: '预备党员考察登记',
  fullMembershipApplication: '转正申请书',
  fullPublicity: '转正公示材料',
  fullMembershipMinutes: '支部大会讨论转正的会议记录及决议',
  fullMembershipApproval: '上级党委转正审批意见',
  archiveList: '归档材料清单',
} as const;
export type DossierDocumentKind = keyof typeof DOSSIER_DOCUMENT_LABELS;

/** 政审结论 */
export type PoliticalReviewResult = '' | 'passed' | 'failed';
export const POLITICAL_REVIEW_LABELS: Record<Exclude<PoliticalReviewResult, ''>, string> = { passed: '合格', failed: '不合格' };

/** One 思想汇报 handed in: the day and its title; the scan, if any, is an attachment id. */
export interface ThoughtReport {
  id: string;
  /** YYYY-MM-DD */
  submittedOn: string;
  title: string;
  attachmentIds: string[];
}

export interface DossierFields {
  stepDates: Partial<Record<DossierDateKey, string>>;
  politicalReviewResult: PoliticalReviewResult;
  /** 入党志愿书编号 */
  applicationFormNumber: string;
  /** 转正公示 (the second 公示, before the 支部大会 discusses 转正) */
  fullPublicityStart: string;
  fullPublicityEnd: string;
  /** Attachment ids per document of the checklist. */
  documents: Partial<Record<DossierDocumentKind, string[]>>;
  thoughtReports: ThoughtReport[];
}

export const EMPTY_DOSSIER: DossierFields = {
  stepDates: {},
  politicalReviewResult: '',
  applicationFormNumber: '',
  fullPublicityStart: '',
  fullPublicityEnd: '',
  documents: {},
  thoughtReports: [],
};

/** Every attachment id the dossier lists (documents and 思想汇报 scans). */
export function dossierAttachmentIds(dossier: DossierFields): string[] {
  return [...Object.values(dossier.documents).flat(), ...dossier.thoughtReports.flatMap((report) => report.attachmentIds)];
}

/**
 * The dossier naming other copies of its files (a 院内调动 carries copies owned by the new
 * branch): each id replaced by its copy's, dropping those without one ('' or not mapped).
 */
export function dossierWithFiles(dossier: DossierFields, copies: ReadonlyMap<string, string>): DossierFields {
  const renamed = (ids: readonly string[]) => ids.flatMap((id) => (copies.get(id) ? [copies.get(id)!] : []));
  return {
    ...dossier,
    documents: Object.fromEntries(Object.entries(dossier.documents).map(([kind, ids]) => [kind, renamed(ids ?? [])])),
    thoughtReports: dossier.thoughtReports.map((report) => ({ ...report, attachmentIds: renamed(report.attachmentIds) })),
  };
}

/** The dossier of a member's development, empty on records stored before it existed. */
export function dossierOf(development: { dossier?: DossierFields }): DossierFields {
  return { ...EMPTY_DOSSIER, ...development.dossier };
}
