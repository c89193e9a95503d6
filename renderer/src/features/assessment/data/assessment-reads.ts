import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import { derivedDb, ledgerDb } from '../../../db/ledger-db';
import { branchMemberPoints } from './member-points-read';
import { branchSheet, periodSheet } from './period-sheet';

/** The sheets bound to the app's database, for the screens' live queries (the office's sheet made in pieces, with its progress). */
export const assessmentReads = {
  branchSheet: (branchId: string, scheme: AssessmentScheme, rules: RuleGroups, period: string, today: string) => branchSheet(ledgerDb, branchId, scheme, rules, period, today),
  periodSheet: (scheme: AssessmentScheme, rules: RuleGroups, period: string, today: string) => periodSheet(ledgerDb, scheme, rules, period, today, derivedDb, true),
  memberPoints: (branchId: string, scheme: AssessmentScheme, rules: RuleGroups, year: number, today: string) => branchMemberPoints(ledgerDb, branchId, scheme, rules, year, today),
  /** Branches whose records this PC holds, by name: the office picks one to read its members' 积分. */
  branches: async () => (await ledgerDb.branches.toArray()).filter((branch) => !branch.deleted).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
};
