import { addYears, compareDates, isValidDate } from '../dates';
import type { ReviewDecision } from '../development/development-review';
import type { MemberRecord } from '../members/member';
import { isOnRoster } from '../members/roster-periods';
import type { BaseRecord } from '../records/base-record';
import type { BranchRules } from '../rules/rule-types';
import { COMMITTEE_ROLE_LABELS, type BranchRecord, type CommitteeRole, type CommitteeSeat } from './branch';
import { attendanceSuffices, ballotErrors, candidateMarginError, minimumPresent, tallyElection, tallyRevote, type Tally } from './election-counts';

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
  /** 赞成票 per candidate id in the first round (正式选举). */
  votes: Record<string, number>;
  /**
   * Rounds after the first at the same meeting, for the seats still open: 再次投票 between those
   * tied at the last seat, 另行选举 for seats no one won. Absent in results saved before rounds were kept.
   */
  furtherRounds?: FurtherRound[];
  /** 分工 of those elected: role per member id. */
  roles: Record<string, CommitteeRole>;
  termStart: string;
  termEnd: string;
  /** 报告日期: the result reported to the 院党委 for approval. */
  reportedOn: string;
}

export type FurtherRoundKind = 'revote' | 'byElection';
export const FURTHER_ROUND_LABELS: Record<FurtherRoundKind, string> = { revote: '再次投票', byElection: '另行选举' };

export interface FurtherRound {
  kind: FurtherRoundKind;
  /** Those voted on: the tied (再次投票), or those chosen among the candidates not elected (另行选举). */
  candidateIds: string[];
  /** 赞成票 per candidate id. */
  votes: Record<string, number>;
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

/** A round of voting as counted: which, for how many seats, among whom, and its tally. */
export interface RoundOutcome {
  kind: 'first' | FurtherRoundKind;
  /** Seats this round fills. */
  seats: number;
  candidateIds: string[];
  votes: Record<string, number>;
  tally: Tally;
}

/** The round the seats still need: 再次投票 between the tied, or 另行选举 among those not elected. */
export interface NextRound {
  kind: FurtherRoundKind;
  seats: number;
  /** The tied (再次投票); those who may stand (另行选举): the plan's candidates not elected. */
  candidateIds: string[];
}

/** What the meeting's figures say: the base, who is present, validity and each round's tally. */
export interface MeetingOutcome {
  /** 应到会有选举权人数: voters minus those excused. */
  expected: number;
  present: number;
  /** Fewest present for a valid election. */
  needed: number;
  valid: boolean;
  /** The first round (正式选举) and each further round recorded that fits. */
  rounds: RoundOutcome[];
  /** Elected over all rounds, in the order they were elected. */
  elected: string[];
  /** The votes each elected person had in the round that elected them. */
  electedVotes: Record<string, number>;
  /** Votes a candidate must exceed (more than half of 应到会有选举权人数). */
  threshold: { votes: number; of: number };
  next: NextRound | null;
  /** What still needs doing (另行选举 / 再次投票), in Chinese; '' when the seats are filled. */
  furtherRound: string;
  /** Recorded further rounds that do not fit the tally before them, in Chinese. */
  roundErrors: string[];
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
  const outcome = meetingOutcome(meeting, plan, rules, names);
  const elected = Object.entries(meeting.roles).map(([id, role]) => `${names[id]}（${COMMITTEE_ROLE_LABELS[role]}，${outcome.electedVotes[id]} 票）`);
  const further = outcome.rounds.slice(1).map((round) => FURTHER_ROUND_LABELS[round.kind as FurtherRoundKind]);
  const rounds = further.length > 0 ? `，共 ${outcome.rounds.length} 轮投票（含${further.join('、')}）` : '';
  return `${planned}；${meeting.heldOn} 选举，${quorumText(outcome)}${rounds}；当选 ${elected.join('、')}`;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

function nextRound(tally: Tally, candidateIds: readonly string[], elected: readonly string[]): NextRound | null {
  if (tally.tied.length > 0) return { kind: 'revote', seats: tally.unfilled, candidateIds: tally.tied };
  if (tally.unfilled > 0) return { kind: 'byElection', seats: tally.unfilled, candidateIds: candidateIds.filter((id) => !elected.includes(id)) };
  return null;
}

/** Why a recorded further round does not fit what the rounds before it left, or null. */
function furtherRoundError(round: FurtherRound, next: NextRound | null, names: Readonly<Record<string, string>>): string | null {
  const list = (ids: readonly string[]) => ids.map((id) => names[id] ?? id).join('、');
  if (!next) return '名额已选足，不需要这一轮，请删除。';
  if (round.kind !== next.kind) return `此时应${next.kind === 'revote' ? `就票数相等的 ${list(next.candidateIds)} 再次投票` : '对不足的名额另行选举'}，请删除这一轮后重新登记。`;
  if (new Set(round.candidateIds).size !== round.candidateIds.length) return '候选人名单中有重复的人。';
  if (round.kind === 'revote' && !sameIds(round.candidateIds, next.candidateIds)) return `再次投票只在票数相等的 ${list(next.candidateIds)} 之间进行。`;
  if (round.kind === 'byElection') {
    if (round.candidateIds.some((id) => !next.candidateIds.includes(id))) return '另行选举的候选人只能是请示名单中尚未当选的候选人。';
    if (round.candidateIds.length < next.seats) return `另行选举应选 ${next.seats} 人，候选人至少 ${next.seats} 人，现有 ${round.candidateIds.length} 人。`;
  }
  if (Object.keys(round.votes).some((id) => !round.candidateIds.includes(id))) return '只能为这一轮的候选人登记得票。';
  return null;
}

const roundLabel = (index: number, kind: FurtherRoundKind) => `第 ${index + 2} 轮（${FURTHER_ROUND_LABELS[kind]}）`;

export function meetingOutcome(
  meeting: Pick<ElectionMeeting, 'voterIds' | 'excused' | 'presentIds' | 'votes' | 'furtherRounds'>,
  plan: Pick<ElectionPlan, 'seats' | 'candidateIds'>,
  rules: BranchRules,
  names: Readonly<Record<string, string>>,
): MeetingOutcome {
  const { voterIds } = meeting;
  const majority = rules.electionMajority.value;
  const excused = new Set(meeting.excused.map((entry) => entry.memberId));
  const expected = voterIds.filter((id) => !excused.has(id)).length;
  const present = meeting.presentIds.filter((id) => voterIds.includes(id) && !excused.has(id)).length;
  const first = tallyElection(meeting.votes, expected, plan.seats, majority);
  const rounds: RoundOutcome[] = [{ kind: 'first', seats: plan.seats, candidateIds: plan.candidateIds, votes: meeting.votes, tally: first }];
  const elected = [...first.elected];
  const electedVotes = Object.fromEntries(first.elected.map((id) => [id, meeting.votes[id] ?? 0]));
  let next = nextRound(first, plan.candidateIds, elected);
  const roundErrors: string[] = [];
  for (const [index, round] of (meeting.furtherRounds ?? []).entries()) {
    const error = furtherRoundError(round, next, names);
    if (error || !next) {
      roundErrors.push(`${roundLabel(index, round.kind)}：${error}`);
      break;
    }
    const tally = round.kind === 'revote' ? tallyRevote(round.votes, next.seats) : tallyElection(round.votes, expected, next.seats, majority);
    rounds.push({ kind: round.kind, seats: next.seats, candidateIds: round.candidateIds, votes: round.votes, tally });
    for (const id of tally.elected) electedVotes[id] = round.votes[id] ?? 0;
    elected.push(...tally.elected);
    next = nextRound(tally, plan.candidateIds, elected);
  }
  const last = rounds[rounds.length - 1]!;
  let furtherRound = '';
  if (next?.kind === 'revote') {
    furtherRound = `${next.candidateIds.map((id) => names[id] ?? id).join('、')} 得票相等（${last.votes[next.candidateIds[0]!]} 票），争 ${next.seats} 个名额，应就票数相等的被选举人再次投票。`;
  } else if (next) {
    const counted = rounds.length === 1 ? '赞成票超过应到会有选举权人数半数的只有' : '各轮合计当选';
    furtherRound = `${counted} ${elected.length} 人，尚缺 ${next.seats} 个名额，应对不足的名额另行选举。`;
  }
  return {
    expected,
    present,
    needed: minimumPresent(expected, rules.electionAttendance.value),
    valid: attendanceSuffices(present, expected, rules.electionAttendance.value),
    rounds,
    elected,
    electedVotes,
    threshold: first.threshold!,
    next,
    furtherRound,
    roundErrors,
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
  const outcome = meetingOutcome(meeting, plan, rules, names);
  if (outcome.expected === 0) errors.push('没有应到会的有选举权党员（正式党员）。');
  else if (!outcome.valid) {
    errors.push(`有选举权的到会人数须超过应到会人数的五分之四：应到 ${outcome.expected} 人，至少 ${outcome.needed} 人到会，实到 ${outcome.present} 人，选举无效。`);
  }
  errors.push(...outcome.roundErrors);
  for (const [index, round] of outcome.rounds.entries()) {
    const prefix = index === 0 ? '' : `${roundLabel(index - 1, round.kind as FurtherRoundKind)}：`;
    errors.push(...ballotErrors(round.votes, names, outcome.present, round.seats).map((error) => prefix + error));
  }
  if (errors.length > 0) return errors;
  if (outcome.next) return [`尚未选足名额：${outcome.furtherRound}请登记${FURTHER_ROUND_LABELS[outcome.next.kind]}的得票后再报批。`];
  errors.push(...rolesErrors(outcome.elected, meeting.roles));
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
