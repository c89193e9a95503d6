import type { BaseRecord } from '../records/base-record';
import type { MeetingType } from '../rules/rule-types';

export { MEETING_TYPES, MEETING_TYPE_LABELS, type MeetingType } from '../rules/rule-types';

/**
 * Who is expected at a meeting. The roster decides the names; the scope says which part
 * of it: the whole branch (党员大会, 党课, 主题党日), the committee (支委会) or one party
 * group (党小组会). Pipeline people who are not yet members are never expected.
 */
export const EXPECTED_SCOPES = ['branch', 'committee', 'partyGroup'] as const;
export type ExpectedScope = (typeof EXPECTED_SCOPES)[number];

export const ATTENDANCE_STATUSES = ['present', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: '出席',
  leave: '请假',
  absent: '缺席',
};

/** Hospital staff miss meetings mostly to shifts and trips, so those reasons come first. */
export const LEAVE_REASONS = ['duty', 'businessTrip', 'sick', 'other'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

export const LEAVE_REASON_LABELS: Record<LeaveReason, string> = {
  duty: '值班',
  businessTrip: '出差',
  sick: '病假',
  other: '其他',
};

export interface AttendanceEntry {
  memberId: string;
  status: AttendanceStatus;
  /** Set when status is 'leave'. */
  leaveReason?: LeaveReason;
  note: string;
}

export const MAKE_UP_METHODS = ['selfStudy', 'replay', 'session'] as const;
export type MakeUpMethod = (typeof MAKE_UP_METHODS)[number];

export const MAKE_UP_METHOD_LABELS: Record<MakeUpMethod, string> = {
  selfStudy: '自学',
  replay: '补听',
  session: '集中补课',
};

/** 补课: a member who missed the meeting caught up later; kept inside the meeting it makes up for. */
export interface MakeUpEntry {
  id: string;
  memberId: string;
  /** YYYY-MM-DD */
  date: string;
  method: MakeUpMethod;
  note: string;
}

export interface VoteResult {
  /** What was put to the vote, e.g. 接收张三为中共预备党员. */
  motion: string;
  /** Marks a vote on admitting a member, which has its own threshold (admissionVoteApproval). */
  isAdmission: boolean;
  inFavour: number;
  against: number;
  abstain: number;
  /** The resolution as recorded. */
  resolution: string;
}

/** 签字确认: once both have confirmed, the record is locked. */
export interface MeetingConfirmation {
  hostConfirmedBy: string;
  recorderConfirmedBy: string;
  /** ISO instant of the confirmation. */
  confirmedAt: string;
}

/** The central office's review of a confirmed record, arriving in its package. */
export interface MeetingReview {
  verdict: 'approved' | 'returned';
  opinion: string;
  reviewer: string;
  /** ISO instant */
  reviewedAt: string;
}

/**
 * One meeting, with its attendance and make-ups inside: one stored value per meeting,
 * never a row per person, because IndexedDB row count is what limits a central office
 * holding every branch for years.
 */
export interface MeetingRecord extends BaseRecord {
  type: MeetingType;
  /** e.g. 2026年第四季度支部党员大会 */
  sessionName: string;
  /** Local time, YYYY-MM-DDTHH:mm */
  startAt: string;
  /** Local time, YYYY-MM-DDTHH:mm */
  endAt: string;
  place: string;
  hostMemberId: string;
  recorderMemberId: string;
  /** 党课: who taught and what. */
  lecturer: string;
  lectureTitle: string;
  /** 党小组会: which group (a PartyGroup id of the branch). */
  partyGroupId: string;
  expectedScope: ExpectedScope;
  /**
   * 补开: the period this meeting makes up for when it was held after that period ended
   * ('2026-09' month, '2026-Q3' quarter, '2026' year); '' for a meeting of its own period.
   */
  makesUpPeriod: string;
  agendaItems: string[];
  discussionSummary: string;
  votes: VoteResult[];
  /** 列席: names of non-voting attendees. */
  nonVotingAttendees: string[];
  attendance: AttendanceEntry[];
  makeUps: MakeUpEntry[];
  /** Ids of rows in the attachments store. */
  attachmentIds: string[];
  /** null until host and recorder confirm; a confirmed record is read-only until 修改. */
  confirmation: MeetingConfirmation | null;
  review: MeetingReview | null;
}

/** A meeting being typed: saved as the secretary types, so a crash loses nothing. */
export interface MeetingDraft {
  /** The meeting id being edited, or a fresh id for a new meeting. */
  id: string;
  branchId: string;
  /** Whether the meeting already exists (editing) or not (a new one). */
  isNew: boolean;
  /** The form's content, field for field. */
  content: Omit<MeetingRecord, keyof BaseRecord | 'confirmation' | 'review'>;
  /** ISO instant of the last keystroke saved. */
  savedAt: string;
  /**
   * Set by 开始填写 on the draft it starts a new meeting with, and dropped by the first
   * write of the form: nothing typed yet, so opening it restores nothing worth saying.
   */
  untouched?: true;
}

export const ATTACHMENT_KINDS = ['notice', 'signInSheet', 'photo', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  notice: '会议通知',
  signInSheet: '签到表',
  photo: '照片',
  other: '其他',
};

/** Images and PDF only: what a scanner or phone makes and any PC can open. */
export const ATTACHMENT_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

/** A scan or photo is a few MB; past this the database and every package grow for no use. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** An attachment's content, stored apart from its meeting so that lists never load the bytes. */
export interface AttachmentRecord extends BaseRecord {
  /**
   * The record the file belongs to: a meeting, or a study notebook (a note's photo). The
   * name and its index date from schema v3, when only meetings had files.
   */
  meetingId: string;
  kind: AttachmentKind;
  fileName: string;
  mimeType: string;
  size: number;
  /** SHA-256 hex of the bytes: sync verifies it, and the same file attached twice is noticed. */
  sha256: string;
  bytes: Uint8Array;
}
