import type { MemberAbsence } from './absence';
import type { BaseRecord } from '../records/base-record';
import type { DossierFields } from '../development/dossier-types';

/**
 * The development pipeline, in order. A person enters the roster as an applicant
 * (or directly as a probationary/full member when transferred in) and moves one
 * stage at a time.
 */
export const DEVELOPMENT_STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

export const STAGE_LABELS: Record<DevelopmentStage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
};

export type Gender = 'male' | 'female';
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

/** 正式 / 预备 for members; people earlier in the pipeline are not yet members. */
export type MembershipStatus = 'full' | 'probationary' | 'none';

export function membershipStatusOf(stage: DevelopmentStage): MembershipStatus {
  if (stage === 'full') return 'full';
  if (stage === 'probationary') return 'probationary';
  return 'none';
}

/** Dated milestones of the pipeline; all dates YYYY-MM-DD, '' while not reached. */
export interface DevelopmentMilestones {
  /** 递交入党申请书 */
  appliedOn: string;
  /** 党组织派人谈话 */
  applicationTalkOn: string;
  /** 确定为入党积极分子 */
  activistOn: string;
  /** 培养联系人 (1–2 full members, by name or member id) */
  contacts: string[];
  /** 确定为发展对象 */
  candidateOn: string;
  /** 入党介绍人 (2 full members) */
  introducers: string[];
  /** 发展对象短期集中培训学时 */
  candidateTrainingHours: number;
  /** 上级党委预审 */
  preReviewOn: string;
  /** 公示 */
  publicityStart: string;
  publicityEnd: string;
  /** 支部大会讨论接收为预备党员 (also the join date) */
  admissionVoteOn: string;
  /** 上级党委审批 */
  committeeApprovalOn: string;
  /** 延长预备期（月），0 = none */
  probationExtensionMonths: number;
  /** 支部大会讨论转正 */
  fullMembershipVoteOn: string;
  /**
   * The rest of the 发展党员纪实 (the other steps' dates, 政审, 入党志愿书, 转正公示, documents,
   * 思想汇报); absent on records stored before schema v13: read it through `dossierOf`.
   */
  dossier?: DossierFields;
}

/** The milestones that are a date (YYYY-MM-DD or ''). */
export type MilestoneDateKey = {
  [K in keyof DevelopmentMilestones]-?: DevelopmentMilestones[K] extends string ? K : never;
}[keyof DevelopmentMilestones];

export const EMPTY_MILESTONES: DevelopmentMilestones = {
  appliedOn: '',
  applicationTalkOn: '',
  activistOn: '',
  contacts: [],
  candidateOn: '',
  introducers: [],
  candidateTrainingHours: 0,
  preReviewOn: '',
  publicityStart: '',
  publicityEnd: '',
  admissionVoteOn: '',
  committeeApprovalOn: '',
  probationExtensionMonths: 0,
  fullMembershipVoteOn: '',
};

export interface RelationshipTransfer {
  direction: 'in' | 'out';
  /** YYYY-MM-DD */
  date: string;
  /** The organisation transferred from / to. */
  counterpart: string;
  note: string;
  /** 介绍信编号; absent on transfers recorded before it was asked for. */
  letterNumber?: string;
  /** The central office's transfer order this entry carries out (a move between branches of the hospital). */
  orderId?: string;
  /**
   * 党费交至: on a transfer in, the last month (YYYY-MM) the previous organisation collected;
   * this branch owes dues from the month after. Absent: from the month of arrival.
   */
  duesPaidThrough?: string;
}

/**
 * The ways a membership ends other than a transfer (党章; 支部工作条例 2018): 停止党籍 for a
 * member out of contact 6 months or more, 除名, 自行脱党, 退党, 开除党籍 (a disciplinary
 * decision) and 去世.
 */
export const ENDING_KINDS = ['suspended', 'removed', 'lapsed', 'withdrew', 'expelled', 'died'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

export const ENDING_LABELS: Record<EndingKind, string> = {
  suspended: '停止党籍',
  removed: '除名',
  lapsed: '自行脱党',
  withdrew: '退党',
  expelled: '开除党籍',
  died: '去世',
};

/** How the membership ended: the date (from which the person is off the roster), why, and the deciding body's document. */
export interface MembershipEnding {
  kind: EndingKind;
  /** YYYY-MM-DD */
  date: string;
  reason: string;
  /** 决定文件 (body and number, e.g. 院党委〔2026〕12 号); for 去世 what records it. */
  document: string;
}

/**
 * 人员分类 as a hospital reports its members (党内统计 asks members by occupation; a hospital
 * splits its staff this way): the roster field `occupation`.
 */
export const OCCUPATION_GROUPS = ['doctor', 'nurse', 'medicalTechnician', 'pharmacist', 'administration', 'retired', 'student'] as const;
export type OccupationGroup = (typeof OCCUPATION_GROUPS)[number];

export const OCCUPATION_GROUP_LABELS: Record<OccupationGroup, string> = {
  doctor: '医生',
  nurse: '护士',
  medicalTechnician: '医技',
  pharmacist: '药学',
  administration: '行政后勤',
  retired: '离退休',
  student: '学生',
};

export interface MemberRecord extends BaseRecord {
  name: string;
  gender: Gender;
  /** YYYY-MM-DD */
  birthDate: string;
  ethnicity: string;
  education: string;
  /** 职称 */
  title: string;
  department: string;
  post: string;
  phone: string;
  /** 18-character resident ID number; shown masked. */
  idNumber: string;
  /** PartyGroup.id within the branch, or ''. */
  partyGroupId: string;
  stage: DevelopmentStage;
  /** 入党时间 (admission by the 支部大会), YYYY-MM-DD or ''. */
  joinedOn: string;
  /** 转正时间, YYYY-MM-DD or ''. */
  fullMembershipOn: string;
  retired: boolean;
  /** 人员分类; absent on records made before the field existed, '' when not filled in. */
  occupation?: OccupationGroup | '';
  development: DevelopmentMilestones;
  transfers: RelationshipTransfer[];
  /** 出党 or death; absent or null while the membership lasts (absent on records stored before it existed). */
  ending?: MembershipEnding | null;
  /** 外出 / 流动 periods (shared/members/absence.ts); absent on records stored before they existed. */
  absences?: MemberAbsence[];
}
