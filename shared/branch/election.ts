import { addYears, compareDates, isValidDate } from '../dates';
import type { ReviewDecision } from '../development/development-review';
import type { MemberRecord } from '../members/member';
import { isOnRoster } from '../members/roster-periods';
import type { BaseRecord } from '../records/base-record';
import type { BranchRules } from '../rules/rule-types';
import { COMMITTEE_ROLE_LABELS, type BranchRecord, type CommitteeRole, type CommitteeSeat } from './branch';
import { attendanceSuffices, ballotErrors, candidateMarginError, minimumPresent, tallyElection, type Tally } from './election-counts';

/**
 * 换届选举 of a branch committee (中国共产党基层组织选举工作条例, 2020). One record per 换届,
 * written only by the branch (in its 报送包): the 请示 with the plan, then the election meeting
 * and its result. The 院党委's 批复 of each is `electionReviews`, written only by the office and
 * returned (`election-review-<election id>`), so no record is written by both sides. Once the
 * result is approved the branch writes the new committee and term into its own branch record.
 */

export interface ElectionPlan {
  /** 请示日期 (YYYY-MM-DD). */
  requestedOn: string;
  /** 应选委员名额. */
  seats: number;
  /** Candidates (member ids), in the order of the list. */
  candidateIds: string[];
  note: string;
}

/** A voter who is not counted in 应到会人数, with the reason (agreed by the higher organisation). */
export interface ExcusedVoter {
  memberId: string;
  reason: string;
}

export interface ElectionMeeting {
  /** 选举大会日期. */
  heldOn: string;
  /** Those with a vote on the day (full members on the roster), kept so the record proves its count. */
  voterIds: string[];
  /** Full members excused from the base (not counted in 应到会有选举权人数). */
  excused: ExcusedVoter[];
  /** Voters present (正式党员 only). */
  presentIds: string[];
  /** 赞成票 per candidate id. */
  votes: Record<string, number>;
  /** 分工 of those elected: role per member id. */
  roles: Record<string, CommitteeRole>;
  termStart: string;
  termEnd: string;
  /** 报告日期: the result reported to the 院党委 for approval. */
  reportedOn: string;
}

export interface ElectionRecord extends BaseRecord {
  plan: ElectionPlan;
  /** Counts the plan's submissions: a 批复 names the one it read, so a resubmission awaits a new one. */
  planSubmission: number;
  meeting?: ElectionMeeting;
  resultSubmission: number;
  /** Names at the time, by member id, so the office and the printed record read them without the roster. */
  names: Record<string, string>;
  /** When the approved committee was written to 支部信息 (YYYY-MM-DD); '' before. */
  appliedOn: string;
}

export interface ElectionDecision extends ReviewDecision {
  /** The submission (planSubmission or resultSubmission) this decision read. */
  submission: number;
}

export interface ElectionReviewRecord extends BaseRecord {
  electionId: string;
  plan?: ElectionDecision;
  result?: ElectionDecision;
}

export const electionReviewId = (electionId: string) => `election-review-${electionId}`;

export type ElectionStage = 'planPending' | 'planReturned' | 'meeting' | 'resultPending' | 'resultReturned' | 'approved' | 'applied';

export const ELECTION_STAGE_LABELS: Record<ElectionStage, string> = {
  planPending: '请示待批复',
  planReturned: '请示被退回',
  meeting: '请示已批复，待选举',
  resultPending: '选举结果待批复',
  resultReturned: '选举结果被退回',
  approved: '选举结果已批复',
  applied: '已完成（新一届支委会已写入支部信息）',
};

/** A 批复 as one Chinese line: 同意 or 不同意, date, 文号 and opinion. */
export const decisionText = (decision: ElectionDecision | undefined) =>
  decision ? `${decision.agreed ? '同意' : '不同意（退回）'}，${decision.on}${decision.document ? `，${decision.document}` : ''}${decision.opinion ? `。${decision.opinion}` : ''}` : '待批复';

const decidedOn = (decision: ElectionDecision | undefined, submission: number) => (decision && decision.submission === submission ? decision : undefined);

/** Where the 换届 stands, from the branch's record and the office's 批复. */
export function electionStage(election: Pick<ElectionRecord, 'planSubmission' | 'meeting' | 'resultSubmission' | 'appliedOn'>, review: Pick<ElectionReviewRecord, 'plan' | 'result'> | undefined): ElectionStage {
  if (election.appliedOn) return 'applied';
  const plan = decidedOn(review?.plan, election.planSubmission);
  if (!plan) return 'planPending';
  if (!plan.agreed) return 'planReturned';
  if (!election.meeting || election.resultSubmission === 0) return 'meeting';
  const result = decidedOn(review?.result, election.resultSubmission);
  if (!result) return 'resultPending';
  return result.agreed ? 'approved' : 'resultReturned';
}

type Voter = Pick<MemberRecord, 'id' | 'stage' | 'transfers' | 'ending' | 'deleted'>;

/**
 * Those with a vote on the day: full members on the roster (第五条: 预备党员没有表决权、选举权和
 * 被选举权). Candidates are chosen among them too.
 */
export function votersOn<M extends Voter>(members: readonly M[], date: string): M[] {
  return members.filter((member) => member.stage === 'full' && isOnRoster(member, date));
}

export function planErrors(plan: ElectionPlan, eligibleIds: ReadonlySet<string>, rules: BranchRules, today: string): string[] {
  const errors: string[] = [];
  if (!isValidDate(plan.requestedOn)) errors.push('请填写请示日期（YYYY-MM-DD）。');
  else if (compareDates(plan.requestedOn, today) > 0) errors.push('请示日期不能晚于今天。');
  const max = rules.committeeSizeNormalMax.value;
  if (!Number.isInteger(plan.seats) || plan.seats < 1 || plan.seats > max) {
    errors.push(`应选委员名额应为 1 至 ${max} 人（支部委员会一般由 ${rules.committeeSizeMin.value} 至 ${max} 人组成；不设委员会的只选书记 1 人）。`);
    return errors;
  }
  if (plan.candidateIds.some((id) => !eligibleIds.has(id))) errors.push('候选人只能是本支部的正式党员（预备党员没有被选举权）。');
  if (new Set(plan.candidateIds).size !== plan.candidateIds.length) errors.push('候选人名单中有重复的人。');
  const margin = candidateMarginError(plan.seats, new Set(plan.candidateIds).size, rules.electionCandidateMargin.value);
  if (margin) errors.push(margin);
  return errors;
}

/** What the meeting's figures say: the base, who is present, validity and the tally. */
export interface MeetingOutcome {
  /** 应到会有选举权人数: voters minus those excused. */
  expected: number;
  present: number;
  /** Fewest present for a valid election. */
  needed: number;
  valid: boolean;
  tally: Tally;
  /** What still needs doing (另行选举 / 再次投票), in Chinese; '' when the seats are filled. */
  furtherRound: string;
}

/** The 4/5 attendance of an election in one sentence, as the printed report and the office's list say it. */
export function quorumText(outcome: Pick<MeetingOutcome, 'expected' | 'present' | 'needed' | 'valid'>): string {
  const judged = outcome.valid ? `超过五分之四（至少 ${outcome.needed} 人），选举有效` : `未超过五分之四（须至少 ${outcome.needed} 人），选举无效`;
  return `应到 ${outcome.expected} 人，实到 ${outcome.present} 人，${judged}`;
}

/** An election as the office reads it in its list: the plan, and once the result is reported, the meeting and who was elected. */
export function electionSummary(election: Pick<ElectionRecord, 'plan' | 'meeting' | 'resultSubmission' | 'names'>, rules: BranchRules): string {
  const { plan, meeting, names } = election;
  const planned = `应选 ${plan.seats} 人，候选人 ${plan.candidateIds.length} 人：${plan.candidateIds.map((id) => names[id]).join('、')}`;
  if (!meeting || election.resultSubmission === 0) return planned;
  const outcome = meetingOutcome(meeting, plan.seats, rules, names);
  const elected = Object.entries(meeting.roles).map(([id, role]) => `${names[id]}（${COMMITTEE_ROLE_LABELS[role]}，${meeting.votes[id]} 票）`);
  return `${planned}；${meeting.heldOn} 选举，${quorumText(outcome)}；当选 ${elected.join('、')}`;
}

export function meetingOutcome(meeting: Pick<ElectionMeeting, 'voterIds' | 'excused' | 'presentIds' | 'votes'>, seats: number, rules: BranchRules, names: Readonly<Record<string, string>>): MeetingOutcome {
  const { voterIds } = meeting;
  const excused = new Set(meeting.excused.map((entry) => entry.memberId));
  const expected = voterIds.filter((id) => !excused.has(id)).length;
  const present = meeting.presentIds.filter((id) => voterIds.includes(id) && !excused.has(id)).length;
  const tally = tallyElection(meeting.votes, present, seats, rules.electionMajority.value);
  const parts: string[] = [];
  if (tally.tied.length > 0) parts.push(`${tally.tied.map((id) => names[id] ?? id).join('、')} 得票相等（${meeting.votes[tally.tied[0]!]} 票），争 ${tally.unfilled} 个名额，应就票数相等的被选举人再次投票`);
  else if (tally.unfilled > 0) parts.push(`赞成票超过实到会有选举权人数半数的只有 ${tally.elected.length} 人，尚缺 ${tally.unfilled} 个名额，应对不足的名额另行选举`);
  return {
    expected,
    present,
    needed: minimumPresent(expected, rules.electionAttendance.value),
    valid: attendanceSuffices(present, expected, rules.electionAttendance.value),
    tally,
    furtherRound: parts.length ? `${parts.join('；')}。` : '',
  };
}

/** Why the result cannot be reported, one Chinese sentence each; empty when it can. */
export function meetingErrors(election: Pick<ElectionRecord, 'plan' | 'names'>, meeting: ElectionMeeting, rules: BranchRules, today: string): string[] {
  const errors: string[] = [];
  const { plan, names } = election;
  if (!isValidDate(meeting.heldOn)) errors.push('请填写选举日期（YYYY-MM-DD）。');
  else {
    if (compareDates(meeting.heldOn, today) > 0) errors.push('选举日期不能晚于今天。');
    if (isValidDate(plan.requestedOn) && compareDates(meeting.heldOn, plan.requestedOn) < 0) errors.push(`选举日期不能早于请示日期（${plan.requestedOn}）。`);
  }
  if (meeting.excused.some((entry) => !entry.reason.trim())) errors.push('不计入应到会人数的党员须写明原因（经上级党组织同意并经党员大会通过）。');
  if (meeting.excused.some((entry) => meeting.presentIds.includes(entry.memberId))) errors.push('到会的党员不能同时列为不计入应到会人数。');
  if (Object.keys(meeting.votes).some((id) => !plan.candidateIds.includes(id))) errors.push('只能为请示中的候选人登记得票。');
  const outcome = meetingOutcome(meeting, plan.seats, rules, names);
  if (outcome.expected === 0) errors.push('没有应到会的有选举权党员（正式党员）。');
  else if (!outcome.valid) {
    errors.push(`有选举权的到会人数须超过应到会人数的五分之四：应到 ${outcome.expected} 人，至少 ${outcome.needed} 人到会，实到 ${outcome.present} 人，选举无效。`);
  }
  errors.push(...ballotErrors(meeting.votes, names, outcome.present, plan.seats));
  if (errors.length > 0) return errors;
  if (outcome.furtherRound) return [`本轮选举未选足名额：${outcome.furtherRound}请在另一轮投票后登记最终结果。`];
  errors.push(...rolesErrors(outcome.tally.elected, meeting.roles));
  if (!isValidDate(meeting.termStart) || !isValidDate(meeting.termEnd)) errors.push('请填写新一届任期的开始和结束日期。');
  else if (compareDates(meeting.termEnd, meeting.termStart) <= 0) errors.push('任期结束日期必须晚于开始日期。');
  if (!isValidDate(meeting.reportedOn)) errors.push('请填写报告日期（报院党委审批）。');
  else if (isValidDate(meeting.heldOn) && compareDates(meeting.reportedOn, meeting.heldOn) < 0) errors.push('报告日期不能早于选举日期。');
  return errors;
}

function rolesErrors(elected: readonly string[], roles: Readonly<Record<string, CommitteeRole>>): string[] {
  const given = elected.map((id) => roles[id]).filter((role): role is CommitteeRole => role !== undefined);
  const errors: string[] = [];
  if (given.length < elected.length) errors.push('请为每位当选人确定分工（书记、副书记或委员职务）。');
  if (new Set(given).size !== given.length) errors.push('同一职务只能由一人担任。');
  if (!given.includes('secretary')) errors.push(`新一届支部委员会须有${COMMITTEE_ROLE_LABELS.secretary}。`);
  return errors;
}

/** The standard end of a term beginning on `start` (支部委员会每届任期 3 年). */
export const standardTermEnd = (start: string, rules: BranchRules) => addYears(start, rules.termYears.value);

/** The branch record's change once the result is approved: the new committee and its term. */
export function approvedCommittee(meeting: ElectionMeeting): Pick<BranchRecord, 'committee' | 'termStart' | 'termEnd'> {
  const order = Object.keys(COMMITTEE_ROLE_LABELS) as CommitteeRole[];
  const committee: CommitteeSeat[] = Object.entries(meeting.roles)
    .map(([memberId, role]) => ({ role, memberId }))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  return { committee, termStart: meeting.termStart, termEnd: meeting.termEnd };
}

export type ElectionReviewKind = 'plan' | 'result';
export const ELECTION_REVIEW_LABELS: Record<ElectionReviewKind, string> = { plan: '换届请示批复', result: '选举结果批复' };

/** What awaits the office in this 换届, if anything. */
export function pendingElectionReview(stage: ElectionStage): ElectionReviewKind | null {
  return stage === 'planPending' ? 'plan' : stage === 'resultPending' ? 'result' : null;
}

/** Why the office cannot record this 批复, one Chinese sentence each; empty when it can. */
export function electionDecisionErrors(election: Pick<ElectionRecord, 'plan' | 'meeting'>, kind: ElectionReviewKind, decision: ReviewDecision, today: string): string[] {
  const errors: string[] = [];
  const label = ELECTION_REVIEW_LABELS[kind];
  const after = kind === 'plan' ? { what: '请示日期', date: election.plan.requestedOn } : { what: '报告日期', date: election.meeting?.reportedOn ?? '' };
  if (!isValidDate(decision.on)) errors.push(`请填写${label}日期（YYYY-MM-DD）。`);
  else if (compareDates(decision.on, today) > 0) errors.push(`${label}日期不能晚于今天。`);
  else if (isValidDate(after.date) && compareDates(decision.on, after.date) < 0) errors.push(`${label}日期不能早于${after.what}（${after.date}）。`);
  if (decision.agreed && !decision.document.trim()) errors.push('请填写批复文号。');
  if (!decision.agreed && !decision.opinion.trim()) errors.push('不同意时请填写意见。');
  if (!decision.reviewer.trim()) errors.push('请填写审批人。');
  return errors;
}
