import type { BaseRecord } from '../records/base-record';
import type { ItemEntry } from './score-sheet';

/**
 * The two synced records of assessment, split by who writes them (as meetings and their
 * reviews are: docs/architecture.md), so the branch and the central office never write the
 * same record and nothing has to be merged.
 */

/** Evidence (佐证材料) for one item: what the branch says it did, with files. */
export interface ItemEvidence {
  text: string;
  /** Attachment records owned by the report (their `meetingId` is the report's id). */
  attachmentIds: string[];
}

/**
 * The branch's side of one period: evidence per item, its self-assessment and, for the year,
 * the 书记述职. Written only by the branch; travels in its 报送包. Keyed by item id, so the audit
 * log names the item whose evidence changed.
 */
export interface AssessmentReportRecord extends BaseRecord {
  /** '2026-Q3' or '2026' (periods.ts keys). */
  period: string;
  evidence: Record<string, ItemEvidence>;
  selfAssessment: string;
  /** 书记抓党建述职: only on a year's report. */
  secretaryReport: ItemEvidence;
  /** ISO instant the branch said it was ready for the office ('' while it is still being written). */
  submittedAt: string;
}

export type AssessmentReportContent = Omit<AssessmentReportRecord, keyof BaseRecord>;

/** One item as the office published it: the points and how they came about. */
export interface PublishedItem {
  points: number | null;
  vetoed: boolean;
  explanation: string;
}

/** What the branch sees once the office publishes the period: frozen, so it is what was ranked. */
export interface PublishedResult {
  items: Record<string, PublishedItem>;
  total: number;
  maxTotal: number;
  vetoed: boolean;
  rank: number;
  /** Branches ranked. */
  of: number;
  /** Holds the 流动红旗 for this quarter. */
  flag: boolean;
  /** The year's 星级 (0–5); null on a quarter. */
  stars: number | null;
  publishedAt: string;
  publishedBy: string;
}

/**
 * The central office's scoring of one branch for one period, under a derived id and owned by
 * that branch, so it is queued in that branch's stream and goes back in its next 回执. Written
 * only by the central office.
 */
export interface AssessmentResultRecord extends BaseRecord {
  period: string;
  schemeId: string;
  schemeVersion: number;
  /** The office's entries for manual, 述职, deduction and veto items, by item id. */
  entries: Record<string, ItemEntry>;
  /** null until the office publishes the period's ranking. */
  published: PublishedResult | null;
}

export type AssessmentResultContent = Omit<AssessmentResultRecord, keyof BaseRecord>;

/** The office's result for a branch and period lives under one id, made where the branch id is final. */
export function assessmentResultId(branchId: string, period: string): string {
  return `assessment-${period}-${branchId}`;
}

/** The longest evidence text, self-assessment or 述职 a branch may write (a 述职 is a few pages). */
export const ASSESSMENT_TEXT_MAX = 20_000;

export const EMPTY_EVIDENCE: ItemEvidence = { text: '', attachmentIds: [] };
