import {
  approvedCommittee,
  electionReviewId,
  electionStage,
  meetingErrors,
  meetingOutcome,
  planErrors,
  votersOn,
  type ElectionMeeting,
  type ElectionPlan,
  type ElectionRecord,
  type ElectionReviewRecord,
} from '../../../../../shared/branch/election';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { BranchRules } from '../../../../../shared/rules/rule-types';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import type { ImportFollowUp } from '../../../core/sync/import-follow-ups';
import { localToday } from '../../../core/today';
import { createBranchRepository } from './branch-repository';

export class ElectionRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ElectionRefusedError';
  }
}

/** A 换届 with the office's 批复 so far. */
export interface ElectionCase {
  election: ElectionRecord;
  review: ElectionReviewRecord | undefined;
}

const namesOf = (members: readonly MemberRecord[], ids: readonly string[]) =>
  Object.fromEntries(members.filter((member) => ids.includes(member.id)).map((member) => [member.id, member.name]));

/**
 * Branch PC: 换届选举 through the audited record repository, so the 请示 and the result travel
 * in the 报送包; the office's 批复 come back as `electionReviews`. Every write is checked
 * whole and refused with every reason, nothing stored, when any is wrong.
 */
export function createElectionRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'elections', withOperator(db, options));
  const branches = createBranchRepository(db, options);

  return {
    /** The latest 换届 of the branch, with its 批复; undefined when none was started. */
    async current(branchId: string): Promise<ElectionCase | undefined> {
      const all = (await records.listByBranch(branchId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const election = all[0];
      if (!election) return undefined;
      return { election, review: await db.electionReviews.get(electionReviewId(election.id)) };
    },

    /**
     * Saves the 请示 (a new 换届 when `electionId` is undefined) as a new submission, to be
     * sent in the next 报送包. Refused once the office approved it.
     */
    async submitPlan(branchId: string, electionId: string | undefined, plan: ElectionPlan, members: readonly MemberRecord[], rules: BranchRules, today: string): Promise<ElectionRecord> {
      const eligible = new Set(votersOn(members, today).map((member) => member.id));
      const errors = planErrors(plan, eligible, rules, today);
      if (errors.length > 0) throw new ElectionRefusedError(errors.join(''));
      const clean = { ...plan, note: plan.note.trim() };
      if (!electionId) {
        return records.create(branchId, { plan: clean, planSubmission: 1, resultSubmission: 0, names: namesOf(members, plan.candidateIds), appliedOn: '' });
      }
      const before = await records.find(electionId);
      if (!before) throw new ElectionRefusedError('找不到这次换届，可能已被删除。');
      const stage = electionStage(before, await db.electionReviews.get(electionReviewId(electionId)));
      if (stage !== 'planPending' && stage !== 'planReturned') throw new ElectionRefusedError('请示已获批复，不能再修改。');
      return records.update(electionId, { plan: clean, planSubmission: before.planSubmission + 1, names: { ...before.names, ...namesOf(members, plan.candidateIds) } });
    },

    /**
     * Saves the election meeting and its result, reported for approval. Refused while the
     * 请示 is not approved, when fewer than 4/5 attended, or while seats still need a further
     * round (再次投票 / 另行选举), which is recorded in the same result.
     */
    async submitResult(electionId: string, meeting: ElectionMeeting, members: readonly MemberRecord[], rules: BranchRules, today: string): Promise<ElectionRecord> {
      const before = await records.find(electionId);
      if (!before) throw new ElectionRefusedError('找不到这次换届，可能已被删除。');
      const stage = electionStage(before, await db.electionReviews.get(electionReviewId(electionId)));
      if (stage === 'planPending' || stage === 'planReturned') throw new ElectionRefusedError('请示尚未获院党委批复，不能登记选举结果。');
      if (stage === 'approved' || stage === 'applied') throw new ElectionRefusedError('选举结果已获批复，不能再修改。');
      // The voters are those of the day, as the roster says now; kept with the result.
      const counted = { ...meeting, voterIds: votersOn(members, meeting.heldOn).map((member) => member.id) };
      const errors = meetingErrors(before, counted, rules, today);
      if (errors.length > 0) throw new ElectionRefusedError(errors.join(''));
      // Only those elected keep a 分工.
      const { elected } = meetingOutcome(counted, before.plan, rules, before.names);
      const roles = Object.fromEntries(elected.map((id) => [id, meeting.roles[id]!]));
      const names = { ...before.names, ...namesOf(members, counted.voterIds) };
      return records.update(electionId, { meeting: { ...counted, roles }, resultSubmission: before.resultSubmission + 1, names });
    },

    /** Writes each approved result's committee and term to 支部信息 (once); the elections written. */
    async applyApproved(branchId: string, today: string): Promise<ElectionRecord[]> {
      const written: ElectionRecord[] = [];
      for (const election of await records.listByBranch(branchId)) {
        if (election.deleted || !election.meeting) continue;
        if (electionStage(election, await db.electionReviews.get(electionReviewId(election.id))) !== 'approved') continue;
        await branches.updateBranch(branchId, approvedCommittee(election.meeting));
        written.push(await records.update(election.id, { appliedOn: today }));
      }
      return written;
    },
  };
}

export const electionRepository = createElectionRepository(ledgerDb);

/** After a 回执 on a branch PC: an approved 换届's new committee and term written to 支部信息. */
export const applyElectionsAfterImport: ImportFollowUp = async (db, installation) => {
  if (installation.role !== 'branch') return '';
  const written = await createElectionRepository(db).applyApproved(installation.ownerId, localToday());
  return written.length === 0 ? '' : '院党委已批复换届选举结果，新一届支部委员会和任期已写入支部信息。';
};
