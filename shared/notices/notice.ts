import type { BaseRecord } from '../records/base-record';

/** A notice from the central office to one branch (a notice to every branch is one record per branch). */
export interface NoticeRecord extends BaseRecord {
  title: string;
  body: string;
  /** The central office's name, as the branch shows it. */
  issuedBy: string;
}

export const NOTICE_LIMITS = { title: 60, body: 2000 } as const;
