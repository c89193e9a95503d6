import type { BranchStatRecords } from '../../../shared/statistics/stat-input';
import type { BranchData } from './dataset';

/** A generated branch as the statistics read a branch's records. */
export function statRecordsOf(data: BranchData): BranchStatRecords {
  return {
    branch: data.branch,
    members: data.members,
    meetings: data.meetings,
    notebooks: data.studyNotebooks,
    duesBases: data.duesBases,
    duesPayments: data.duesPayments,
    duesRemittances: data.duesRemittances,
    // The generator records 谈心谈话 as meetings (the legacy way): they count where no talk record is.
    talks: [],
  };
}
