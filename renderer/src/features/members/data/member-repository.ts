import { linkCommitteeByName, type CommitteeSeat, type PartyGroup } from '../../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { MemberInput } from '../../../../../shared/members/member-validation';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { changeLogTables } from '../../../db/change-log';
import { createRecordRepository, type BatchResult, type RecordRepositoryOptions } from '../../../db/record-repository';
import { createBranchRepository } from '../../branch/data';
import { withOperator } from '../../../core/preferences/preferences-repository';

export type MemberPatch = Partial<MemberInput>;

/** A roster import as planned and confirmed: new people and changes to known ones. */
export interface MemberImport {
  adds: readonly MemberInput[];
  updates: readonly { id: string; patch: MemberPatch }[];
  /** Party groups the sheet names that the branch gets with the import (members refer to their ids). */
  newPartyGroups?: readonly PartyGroup[];
}

export function createMemberRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'members', withOperator(db, options));
  const branches = createBranchRepository(db, options);

  /**
   * Committee seats typed at setup (a name, no member) get the member of that name, in the
   * transaction that brought the member in. The seats linked, for the screen to say.
   */
  async function linkTypedSeats(branchId: string): Promise<CommitteeSeat[]> {
    const branch = await db.branches.get(branchId);
    if (!branch || branch.deleted || !(branch.committee ?? []).some((seat) => seat.memberId === '' && seat.name)) return [];
    const { committee, linked } = linkCommitteeByName(branch.committee ?? [], await records.listByBranch(branchId));
    if (linked.length > 0) await branches.updateBranch(branchId, { committee });
    return linked;
  }

  /** A write of members with the branch in its transaction (party groups, committee links); the operator is read inside it too. */
  const withBranch = <R>(body: () => Promise<R>): Promise<R> =>
    db.transaction('rw', [db.branches, db.members, db.preferences, ...changeLogTables(db)], body);

  return {
    /** The branch's roster, without deleted members, in no particular order. */
    list: (branchId: string): Promise<MemberRecord[]> => records.listByBranch(branchId),

    /** The member, or undefined when there is none or it was deleted. */
    get: (id: string): Promise<MemberRecord | undefined> => records.find(id),

    create: (branchId: string, input: MemberInput): Promise<MemberRecord> =>
      withBranch(async () => {
        const member = await records.create(branchId, input);
        await linkTypedSeats(branchId);
        return member;
      }),

    update: (id: string, patch: MemberPatch): Promise<MemberRecord> => records.update(id, patch),

    /** A tombstone: the member leaves the roster, the record stays so the delete can sync. */
    remove: (id: string): Promise<void> => records.remove(id),

    /**
     * The whole import in one transaction, one audit entry per member, and the party groups
     * it adds to the branch and the committee seats it links in the same one: all stored or none.
     */
    async importMany(branchId: string, { newPartyGroups = [], ...batch }: MemberImport): Promise<BatchResult<MemberRecord> & { linkedSeats: CommitteeSeat[] }> {
      return withBranch(async () => {
        if (newPartyGroups.length > 0) {
          const branch = await branches.getOwnBranch(branchId);
          await branches.updateBranch(branchId, { partyGroups: [...(branch.partyGroups ?? []), ...newPartyGroups] });
        }
        const result = await records.importMany(branchId, batch);
        return { ...result, linkedSeats: await linkTypedSeats(branchId) };
      });
    },

    /** The live member of the branch with this ID number, if any; a blank number matches no one. */
    async findByIdNumber(branchId: string, idNumber: string): Promise<MemberRecord | undefined> {
      const id = idNumber.trim();
      if (!id) return undefined;
      // Compared on the roster as read, not through the idNumber index: under the app lock the
      // stored number is sealed (a new seal each write), so an index lookup would find no one.
      // Stored as typed, so the check letter may be a lower-case x.
      const wanted = id.toUpperCase();
      return (await records.listByBranch(branchId)).find((row) => row.idNumber.trim().toUpperCase() === wanted);
    },
  };
}

export type MemberRepository = ReturnType<typeof createMemberRepository>;

export const memberRepository = createMemberRepository(ledgerDb);
