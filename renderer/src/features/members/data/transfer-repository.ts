import {
  admittedMember,
  carriesOrder,
  firstDuesMonthAfterMove,
  transferEntryOf,
  transferStatus,
  type TransferOrderRecord,
  type TransferRequestRecord,
} from '../../../../../shared/members/internal-transfer';
import type { MemberRecord } from '../../../../../shared/members/member';
import { currentLeaving } from '../../../../../shared/members/roster-periods';
import { notebookIdOf } from '../../../../../shared/study/study-types';
import { parseMonthKey } from '../../../../../shared/dues/months';
import { changeLogTables } from '../../../db/change-log';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import type { ImportFollowUp } from '../../../core/sync/import-follow-ups';

export class TransferRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferRefusedError';
  }
}

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((row) => !row.deleted);

/**
 * Branch PC: moves between branches of the hospital (shared/members/internal-transfer.ts).
 * The request travels in the branch's report; the central office's orders come back in
 * its returns; releasing and admitting write the member through the audited repositories,
 * so the moves travel on to the office like any other change.
 */
export function createTransferRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const withActor = withOperator(db, options);
  const requests = createRecordRepository(db, 'transferRequests', withActor);
  const members = createRecordRepository(db, 'members', withActor);
  const bases = createRecordRepository(db, 'duesBases', withActor);
  const notebooks = createRecordRepository(db, 'studyNotebooks', withActor);

  async function ordersOf(branchId: string): Promise<TransferOrderRecord[]> {
    return live(await db.transferOrders.where('branchId').equals(branchId).toArray());
  }

  return {
    /** Requests made here, withdrawn ones included (their status says so). */
    listRequests: async (branchId: string): Promise<TransferRequestRecord[]> => db.transferRequests.where('branchId').equals(branchId).toArray(),

    listOrders: ordersOf,

    /** Asks the central office to move a member to another branch; refused for someone who left or is already asked for. */
    async request(branchId: string, member: MemberRecord, toBranchName: string, requestedOn: string, reason: string): Promise<TransferRequestRecord> {
      if (member.deleted || currentLeaving(member)) throw new TransferRefusedError(`${member.name}已不在本支部名册中。`);
      if (!toBranchName.trim()) throw new TransferRefusedError('请填写调入的支部。');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(requestedOn)) throw new TransferRefusedError('请填写申请日期（YYYY-MM-DD）。');
      const orders = await ordersOf(branchId);
      const pending = live(await db.transferRequests.where('branchId').equals(branchId).toArray()).find(
        (each) => each.memberId === member.id && transferStatus(each, orders) === 'requested',
      );
      if (pending) throw new TransferRefusedError(`${member.name}的调动申请已提交，正等待院党委组织科审批。`);
      return requests.create(branchId, { memberId: member.id, memberName: member.name, toBranchName: toBranchName.trim(), requestedOn, reason: reason.trim() });
    },

    /** Withdraws a request the office has not approved yet (a tombstone, so the office sees it withdrawn). */
    async withdraw(request: TransferRequestRecord): Promise<void> {
      if (transferStatus(request, await ordersOf(request.branchId)) === 'approved') throw new TransferRefusedError('院党委组织科已批准该调动，不能撤回。');
      await requests.remove(request.id);
    },

    /**
     * Carries out every release the office sent: the member gets the transfer out on the
     * order's date (once: the entry names the order). Returns the names released now.
     */
    async settleReleases(branchId: string): Promise<string[]> {
      const released: string[] = [];
      for (const order of await ordersOf(branchId)) {
        if (order.role !== 'release') continue;
        const member = await db.members.get(order.memberId);
        if (!member || member.deleted || carriesOrder(member, order.id)) continue;
        await members.update(member.id, { transfers: [...member.transfers, transferEntryOf(order)] });
        released.push(member.name);
      }
      return released;
    },

    /** The admissions not yet accepted here. */
    async pendingAdmissions(branchId: string): Promise<TransferOrderRecord[]> {
      const roster = await db.members.where('branchId').equals(branchId).toArray();
      return (await ordersOf(branchId)).filter((order) => order.role === 'admission' && !roster.some((member) => carriesOrder(member, order.id)));
    },

    /**
     * Accepts a person sent by the office: a member record of this branch with the history
     * as carried and the transfer in, the dues base in force from the month of the move, and
     * this year's notes in a notebook of their own. All written or none.
     */
    async accept(branchId: string, order: TransferOrderRecord): Promise<MemberRecord> {
      if (order.role !== 'admission' || !order.carried || order.branchId !== branchId) throw new TransferRefusedError('这不是发给本支部的调入通知。');
      const tables = [db.members, db.duesBases, db.studyNotebooks, db.preferences, ...changeLogTables(db)];
      return db.transaction('rw', tables, async () => {
        const roster = await db.members.where('branchId').equals(branchId).toArray();
        if (roster.some((member) => carriesOrder(member, order.id))) throw new TransferRefusedError(`${order.memberName}已接收，不能重复接收。`);
        const member = await members.create(branchId, admittedMember(order));
        const { duesBase, notes, year } = order.carried!;
        // The base from the first month this branch collects (the old branch collects the month of the move).
        const firstMonth = parseMonthKey(firstDuesMonthAfterMove(order.effectiveOn))!;
        if (duesBase) await bases.create(branchId, { ...duesBase, memberId: member.id, year: firstMonth.year, fromMonth: firstMonth.month });
        if (notes.length > 0) {
          // New note ids: a confirmation of the office is stored under a note's id, and the old branch keeps its notes.
          const renewed = notes.map((note) => ({ ...note, id: crypto.randomUUID() }));
          await notebooks.put(branchId, notebookIdOf(member.id, year), { memberId: member.id, year, notes: Object.fromEntries(renewed.map((note) => [note.id, note])) });
        }
        return member;
      });
    },
  };
}

export type TransferRepository = ReturnType<typeof createTransferRepository>;

/**
 * After a return package is imported on a branch PC: the releases it brought are carried
 * out at once (registered in app/import-follow-ups.ts), so that the person leaves the
 * roster, the dues grid and the meetings' expected lists without anyone clicking anything.
 */
export const settleReleasesAfterImport: ImportFollowUp = async (db, installation) => {
  if (installation.role !== 'branch') return '';
  const released = await createTransferRepository(db).settleReleases(installation.ownerId);
  return released.length === 0 ? '' : `已按院党委组织科的调动通知将 ${released.join('、')} 调出本支部（记录保留在“已转出/已出党”中）。`;
};

export const transferRepository = createTransferRepository(ledgerDb);
