import {
  BRANCH_DOCUMENT_KINDS,
  OFFICE_DOCUMENT_KINDS,
  cleanDocument,
  documentErrors,
  receiptIdOf,
  type BranchDocumentKind,
  type BranchDocumentRecord,
  type DocumentInput,
  type DocumentReceiptRecord,
  type OfficeDocumentKind,
  type OfficeDocumentRecord,
} from '../../../../../shared/documents/document';
import { newId } from '../../../../../shared/records/base-record';
import { refuseIfErrors } from '../../../../../shared/records/field-input-error';
import { createAttachmentRepository } from '../../../core/attachments/attachment-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import type { NoticeRecord } from '../../../../../shared/notices/notice';
import { listPeers, type PeerRow } from '../../sync/data';

/**
 * 文件. The office publishes a document as one record per branch addressed (owned by it, so each
 * travels in that branch's return) with its own copies of the files; the branch keeps documents
 * of its own and writes a 阅读回执 when it first opens an office document. All through the
 * audited record repository; files through the attachment repository, as a meeting's.
 */
export function createDocumentRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const withActor = withOperator(db, options);
  const office = createRecordRepository(db, 'documents', withActor);
  const own = createRecordRepository(db, 'branchDocuments', withActor);
  const receipts = createRecordRepository(db, 'documentReceipts', withActor);
  const files = createAttachmentRepository(db);

  return {
    /**
     * Central office: publishes to each branch given. The files were attached under the
     * publication's id (owned by the office); each branch gets copies under its record, and
     * the office's upload is released once every copy exists. Refused whole (FieldInputError)
     * before anything is written.
     */
    async publish(publicationId: string, branchIds: readonly string[], input: DocumentInput<OfficeDocumentKind>, issuedBy: string, today: string): Promise<OfficeDocumentRecord[]> {
      const errors: Partial<Record<string, string>> = documentErrors(input, OFFICE_DOCUMENT_KINDS, today);
      if (branchIds.length === 0) errors.branchIds = '请选择接收文件的支部。';
      refuseIfErrors(errors);
      const content = cleanDocument(input);
      const sent: OfficeDocumentRecord[] = [];
      for (const branchId of branchIds) {
        const id = newId();
        const attachmentIds: string[] = [];
        for (const source of content.attachmentIds) {
          const copy = await files.copy(source, branchId, id);
          if (!copy) throw new Error('附件已不在本机：请重新添加后再发布。');
          attachmentIds.push(copy);
        }
        sent.push(await office.put(branchId, id, { ...content, attachmentIds, publicationId, issuedBy }));
      }
      await files.releaseUnlisted(publicationId, []);
      return sent;
    },

    /** Central office: every branch's copy of every publication, and the receipts the branches sent. */
    published: (): Promise<OfficeDocumentRecord[]> => db.documents.toArray(),
    receipts: (): Promise<DocumentReceiptRecord[]> => db.documentReceipts.toArray(),

    /** Central office: the branches it may address (those enrolled). */
    peers: (): Promise<PeerRow[]> => listPeers(db),

    /** Branch: notices from before notices became documents, still shown among the office's documents. */
    notices: async (branchId: string): Promise<NoticeRecord[]> => (await db.notices.where('branchId').equals(branchId).toArray()).filter((notice) => !notice.deleted),

    /** Branch: what the office sent it, and its own receipts. */
    received: (branchId: string): Promise<OfficeDocumentRecord[]> => office.listByBranch(branchId),
    receiptsOf: (branchId: string): Promise<DocumentReceiptRecord[]> => receipts.listByBranch(branchId),

    /** Branch: the first opening of an office document, as its 阅读回执 for the next report; later openings change nothing. */
    async markRead(document: OfficeDocumentRecord, at: Date = new Date()): Promise<DocumentReceiptRecord | undefined> {
      const id = receiptIdOf(document.id);
      if (await db.documentReceipts.get(id)) return undefined;
      const reader = await withActor.actor();
      return receipts.put(document.branchId, id, { documentId: document.id, publicationId: document.publicationId, readAt: at.toISOString(), reader });
    },

    /** Branch: its own documents (制度, 上级来文 received on paper). */
    own: (branchId: string): Promise<BranchDocumentRecord[]> => own.listByBranch(branchId),

    async saveOwn(branchId: string, id: string, input: DocumentInput<BranchDocumentKind>, today: string): Promise<BranchDocumentRecord> {
      refuseIfErrors(documentErrors(input, BRANCH_DOCUMENT_KINDS, today));
      const saved = await own.put(branchId, id, cleanDocument(input));
      await files.releaseUnlisted(id, saved.attachmentIds);
      return saved;
    },

    /**
     * Branch: deletes one of its own documents, a tombstone that its next report carries, and
     * releases its files. Only the branch's own table is touched: a document the office published
     * is not the branch's to delete, and its id is refused here as unknown.
     */
    async removeOwn(id: string): Promise<void> {
      const stored = await db.branchDocuments.get(id);
      if (!stored || stored.deleted) throw new Error('本支部文件中没有这份文件：院党委发布的文件不能由支部删除。');
      await own.remove(id);
      await files.releaseUnlisted(id, []);
    },
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

export const documentRepository = createDocumentRepository(ledgerDb);
