import { ruleValueAt } from '../rules/rule-history';
import type { MeetingRules } from '../rules/rule-types';
import type { ExpectedScope, MeetingRecord, MeetingType } from './meeting-types';
import { MEETING_TYPE_LABELS } from './meeting-types';

export type MeetingContentFields = Omit<MeetingRecord, 'id' | 'branchId' | 'createdAt' | 'updatedAt' | 'deleted' | 'confirmation' | 'review'>;

/** Who a meeting of each type is for, unless the secretary says otherwise (组织生活会 may be held by group). */
export const DEFAULT_SCOPE: Record<MeetingType, ExpectedScope> = {
  partyMemberAssembly: 'branch',
  committeeMeeting: 'committee',
  partyGroupMeeting: 'partyGroup',
  partyLecture: 'branch',
  themedPartyDay: 'branch',
  organizationalLifeMeeting: 'branch',
  democraticAppraisal: 'branch',
  heartToHeartTalk: 'committee',
};

const QUARTER_NAMES = ['一', '二', '三', '四'];

/**
 * The usual session name for a meeting on a date, by how often the type is held:
 * 2026年11月支部委员会, 2026年第四季度支部党员大会, 2026年下半年党课, 2026年度组织生活会.
 */
export function defaultSessionName(type: MeetingType, date: string, rules: MeetingRules): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const label = MEETING_TYPE_LABELS[type];
  switch (ruleValueAt(rules[type], date).per) {
    case 'month':
      return `${year}年${month}月${label}`;
    case 'quarter':
      return `${year}年第${QUARTER_NAMES[Math.floor((month - 1) / 3)]}季度${label}`;
    case 'halfYear':
      return `${year}年${month <= 6 ? '上半年' : '下半年'}${label}`;
    case 'year':
      return `${year}年度${label}`;
  }
}

/** A blank meeting of a type on a date (YYYY-MM-DD), as the form starts it. */
export function newMeetingContent(type: MeetingType, date: string, rules: MeetingRules): MeetingContentFields {
  return {
    type,
    sessionName: defaultSessionName(type, date, rules),
    startAt: `${date}T14:30`,
    endAt: `${date}T16:00`,
    place: '',
    hostMemberId: '',
    recorderMemberId: '',
    lecturer: '',
    lectureTitle: '',
    partyGroupId: '',
    expectedScope: DEFAULT_SCOPE[type],
    makesUpPeriod: '',
    agendaItems: [],
    discussionSummary: '',
    votes: [],
    nonVotingAttendees: [],
    attendance: [],
    makeUps: [],
    attachmentIds: [],
  };
}
