import type { BranchRecord } from '../../../../shared/branch/branch';

/** The members holding a committee seat (seats holding only a typed name are left out). */
export function committeeIdsOf(branch: Pick<BranchRecord, 'committee'>): string[] {
  return (branch.committee ?? []).map((seat) => seat.memberId).filter((id) => id !== '');
}
