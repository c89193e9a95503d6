import type { SchemaVersion } from './schema-version';

/**
 * Version 14: 文件 (shared/documents/document.ts). Only new stores, so no upgrade function.
 *
 * - documents: what the central office publishes, one record per branch addressed (owned by
 *   it, written only by the office, in its return); `publicationId` groups a publication's.
 * - branchDocuments: documents a branch keeps of its own, written only by the branch.
 * - documentReceipts: the branch's 阅读回执 of an office document, under `receipt-<documentId>`;
 *   `documentId` is indexed for the office's per-document view.
 * Notices (v5) stay readable; new ones are documents of the kind 通知.
 */
export const schemaV14: SchemaVersion = {
  version: 14,
  stores: {
    documents: 'id, branchId, updatedAt, publicationId',
    branchDocuments: 'id, branchId, updatedAt',
    documentReceipts: 'id, branchId, updatedAt, documentId',
  },
};
