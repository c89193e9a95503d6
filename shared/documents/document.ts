import { isValidDate } from '../dates';
import type { BaseRecord } from '../records/base-record';

/**
 * 文件: documents the central office publishes to its branches (制度, 上级文件, 组织生活指南,
 * 通知 — notices became documents, without the old 2,000-character limit) and documents a
 * branch keeps of its own (its 制度, 上级来文 received on paper and scanned).
 */
export const OFFICE_DOCUMENT_KINDS = ['regulation', 'superior', 'guide', 'notice'] as const;
export type OfficeDocumentKind = (typeof OFFICE_DOCUMENT_KINDS)[number];
export const BRANCH_DOCUMENT_KINDS = ['branchRegulation', 'paperReceived', 'other'] as const;
export type BranchDocumentKind = (typeof BRANCH_DOCUMENT_KINDS)[number];
export type DocumentKind = OfficeDocumentKind | BranchDocumentKind;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  regulation: '制度',
  superior: '上级文件',
  guide: '组织生活指南',
  notice: '通知',
  branchRegulation: '本支部制度',
  paperReceived: '上级来文（纸质扫描）',
  other: '其他',
};

/** What a document says: the same for the office's and the branch's. Its files are attachments it owns. */
export interface DocumentContent<Kind extends DocumentKind = DocumentKind> {
  kind: Kind;
  title: string;
  /** 文号, e.g. 院党委发〔2026〕12号; may be empty. */
  number: string;
  /** The document's date (成文日期), YYYY-MM-DD. */
  date: string;
  body: string;
  attachmentIds: string[];
}

/**
 * One branch's copy of a document the central office published: written only by the office,
 * owned by the branch (so it travels in that branch's return), one per branch addressed, all
 * sharing the publication's id. Its files are copies owned by the branch under this record's id.
 */
export interface OfficeDocumentRecord extends BaseRecord, DocumentContent<OfficeDocumentKind> {
  publicationId: string;
  /** The central office's name, as the branch shows it. */
  issuedBy: string;
}

/** A document the branch keeps of its own, written only by the branch, in its report. */
export interface BranchDocumentRecord extends BaseRecord, DocumentContent<BranchDocumentKind> {}

/**
 * 阅读回执: when the branch first opened an office document. Written only by the branch
 * (id `receipt-<documentId>`, so a document has one however often it is opened), in its report.
 */
export interface DocumentReceiptRecord extends BaseRecord {
  documentId: string;
  publicationId: string;
  /** ISO instant of the first opening. */
  readAt: string;
  /** The operator of the branch PC at the time. */
  reader: string;
}

export function receiptIdOf(documentId: string): string {
  return `receipt-${documentId}`;
}

/**
 * The largest file a document may carry. Larger than a meeting's (10 MB): a 上级文件 is often a
 * long scanned PDF. Each branch receives its own copy, so a return carries it once per branch.
 */
export const DOCUMENT_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** No 2,000-character limit as notices had; only a bound that keeps a package sane. */
export const DOCUMENT_LIMITS = { title: 100, number: 40, body: 100_000 } as const;

export type DocumentInput<Kind extends DocumentKind = DocumentKind> = DocumentContent<Kind>;
export type DocumentField = keyof DocumentContent | 'branchIds';

/** What is wrong with a document as typed, in Chinese, field by field; empty when it may be saved. */
export function documentErrors(input: DocumentInput, kinds: readonly DocumentKind[], today: string): Partial<Record<DocumentField, string>> {
  const errors: Partial<Record<DocumentField, string>> = {};
  if (!kinds.includes(input.kind)) errors.kind = '请选择文件类别。';
  const title = input.title.trim();
  if (!title) errors.title = '请填写文件标题。';
  else if ([...title].length > DOCUMENT_LIMITS.title) errors.title = `文件标题不能超过 ${DOCUMENT_LIMITS.title} 个字。`;
  if ([...input.number.trim()].length > DOCUMENT_LIMITS.number) errors.number = `文号不能超过 ${DOCUMENT_LIMITS.number} 个字。`;
  if (!isValidDate(input.date)) errors.date = '请填写成文日期（如 2026-05-12）。';
  else if (input.date > today) errors.date = '成文日期不能晚于今天。';
  if ([...input.body].length > DOCUMENT_LIMITS.body) errors.body = `正文不能超过 ${DOCUMENT_LIMITS.body} 个字：较长的文件请作为附件上传。`;
  if (!input.body.trim() && input.attachmentIds.length === 0) errors.body = '请填写正文或添加附件。';
  return errors;
}

/** The stored form of what was typed: trimmed text, the body's own line breaks kept. */
export function cleanDocument<Kind extends DocumentKind>(input: DocumentInput<Kind>): DocumentInput<Kind> {
  return { ...input, title: input.title.trim(), number: input.number.trim(), body: input.body.replace(/\s+$/, '') };
}

/** One publication as the office lists it: the document and, per branch addressed, when it was read. */
export interface Publication {
  publicationId: string;
  document: OfficeDocumentRecord;
  recipients: { branchId: string; documentId: string; readAt?: string; reader?: string }[];
  readCount: number;
}

/** The office's documents grouped by publication, newest first, with each branch's 阅读回执. */
export function publicationsOf(documents: readonly OfficeDocumentRecord[], receipts: readonly DocumentReceiptRecord[]): Publication[] {
  const receiptByDocument = new Map(receipts.filter((receipt) => !receipt.deleted).map((receipt) => [receipt.documentId, receipt]));
  const byPublication = new Map<string, Publication>();
  for (const document of documents) {
    if (document.deleted) continue;
    const receipt = receiptByDocument.get(document.id);
    let publication = byPublication.get(document.publicationId);
    if (!publication) {
      publication = { publicationId: document.publicationId, document, recipients: [], readCount: 0 };
      byPublication.set(document.publicationId, publication);
    }
    publication.recipients.push({ branchId: document.branchId, documentId: document.id, readAt: receipt?.readAt, reader: receipt?.reader });
    if (receipt) publication.readCount += 1;
  }
  return [...byPublication.values()].sort((a, b) => b.document.date.localeCompare(a.document.date) || b.document.createdAt.localeCompare(a.document.createdAt));
}
