import type { BaseRecord } from '../records/base-record';

/** A Party branch (党支部). The record's id is also its own branchId. */
export interface BranchRecord extends BaseRecord {
  name: string;
  /** The hospital Party committee the branch belongs to. */
  parentOrganizationName: string;
}
