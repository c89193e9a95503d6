import {
  approvalRefusal,
  carriedHistory,
  transferOrders,
  transferStatus,
  type ApprovalInput,
  type TransferOrderRecord,
  type TransferRequestRecord,
  type TransferStatus,
} from '../../../../../shared/members/internal-transfer';
import { changeLogTables } from '../../../db/change-log';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { listPeers } from '../../sync/data';
import { createAttachmentRepository } from '../../../core/attachments/attachment-repository';
import { newId } from '../../../../../shared/records/base-record';
import { dossierAttachmentIds, dossierOf, dossierWithFiles } from '../../../../../shared/development/dossier-types';

export class ApprovalRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApprovalRefusedError';
  }
}

/** A branch's request as the central office lists it. */
export interface TransferRequestRow {
  request: TransferRequestRecord;
  fromBranchName: string;
  status: TransferStatus;
  /** The release order, once approved. */
  order?: TransferOrderRecord;
}

/**
 * Central office PC: 院内组织关系转接. It approves a branch's request with the date and the
 * letter number, writing the two orders (shared/members/internal-transfer.ts): the release,
 * owned by the old branch, and the admission with the member's history as the office holds
 * it from the old branch's packages, owned by the new branch; each travels in its branch's
 * next return.
 */
export function createTransferOrderRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const orders = createRecordRepository(db, 'transferOrders', withOperator(db, options));
  const attachments = createAttachmentRepository(db, options?.clock);

  async function branchNames(): Promise<Map<string, string>> {
    return new Map((await listPeers(db)).map((peer) => [peer.peerId, peer.name]));
  }

  return {
    /** Every branch's requests, the ones waiting first, then the latest. */
    async list(): Promise<TransferRequestRow[]> {
      const [requests, all, names] = await Promise.all([db.transferRequests.toArray(), db.transferOrders.toArray(), branchNames()]);
      const releases = all.filter((order) => !order.deleted && order.role === 'release');
      return requests
        .map((request) => ({
          request,
          fromBranchName: names.get(request.branchId) ?? '',
          status: transferStatus(request, releases),
          order: releases.find((order) => order.requestId === request.id),
        }))
        .filter((row) => row.status !== 'withdrawn')
        .sort((a, b) => Number(a.status !== 'requested') - Number(b.status !== 'requested') || b.request.requestedOn.localeCompare(a.request.requestedOn));
    },

    /** The enrolled branches, to choose where the member goes. */
    branches: async (): Promise<{ id: string; name: string }[]> => [...(await branchNames())].map(([id, name]) => ({ id, name })),

    /** Approves a request: both orders in one transaction, or nothing; refused in Chinese when it cannot be. */
    async approve(requestId: string, approval: ApprovalInput, today: string, at: Date = new Date()): Promise<{ release: TransferOrderRecord; admission: TransferOrderRecord }> {
      const tables = [db.transferRequests, db.transferOrders, db.attachments, db.members, db.duesBases, db.studyNotebooks, db.syncState, db.preferences, ...changeLogTables(db)];
      return db.transaction('rw', tables, async () => {
        const request = await db.transferRequests.get(requestId);
        if (!request) throw new ApprovalRefusedError('找不到这条调动申请。');
        const names = await branchNames();
        const refusal = approvalRefusal(request, request.branchId, approval, today);
        if (refusal) throw new ApprovalRefusedError(refusal);
        if ((await db.transferOrders.toArray()).some((order) => !order.deleted && order.requestId === requestId)) throw new ApprovalRefusedError('该调动已批准过。');
        const member = await db.members.get(request.memberId);
        if (!member || member.deleted || member.branchId !== request.branchId) throw new ApprovalRefusedError('尚未收到该党员在原支部的记录，请先导入原支部的报送包。');
        // Neither store indexes memberId: read the old branch's and keep the member's.
        const [bases, notebooks] = await Promise.all([
          db.duesBases.where('branchId').equals(member.branchId).filter((base) => base.memberId === member.id).toArray(),
          db.studyNotebooks.where('branchId').equals(member.branchId).filter((notebook) => notebook.memberId === member.id).toArray(),
        ]);
        const history = carriedHistory(member, bases, notebooks, approval.effectiveOn);
        const content = transferOrders(request, names.get(request.branchId) ?? '', approval, history, at);
        const release = await orders.put(request.branchId, requestId, content.release);
        // The notes' photos go with the admission: copies owned by the new branch under the order's id.
        const admissionId = newId();
        const notes = [];
        for (const note of history.notes) notes.push({ ...note, attachmentId: note.attachmentId ? await attachments.copy(note.attachmentId, approval.toBranchId, admissionId) : '' });
        // So do the development dossier's files (scans of each step's documents, 思想汇报), the dossier naming the copies.
        const { development } = history.member;
        let carriedMember = history.member;
        if (development.dossier) {
          const copies = new Map<string, string>();
          for (const id of dossierAttachmentIds(dossierOf(development))) copies.set(id, await attachments.copy(id, approval.toBranchId, admissionId));
          carriedMember = { ...carriedMember, development: { ...development, dossier: dossierWithFiles(dossierOf(development), copies) } };
        }
        const admission = await orders.put(approval.toBranchId, admissionId, { ...content.admission, carried: { ...history, member: carriedMember, notes } });
        return { release, admission };
      });
    },
  };
}

export const transferOrderRepository = createTransferOrderRepository(ledgerDb);
