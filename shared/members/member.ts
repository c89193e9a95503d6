import type { BaseRecord } from '../records/base-record';

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
}

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
}

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
  development: DevelopmentMilestones;
  transfers: RelationshipTransfer[];
}
