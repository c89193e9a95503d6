import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import { ledgerDb } from '../../../db/ledger-db';
import { branchSheet, periodSheet } from './period-sheet';

/** The sheets bound to the app's database, for the screens' live queries. */
export const assessmentReads = {
  branchSheet: (branchId: string, scheme: AssessmentScheme, rules: RuleGroups, period: string, today: string) => branchSheet(ledgerDb, branchId, scheme, rules, period, today),
  periodSheet: (scheme: AssessmentScheme, rules: RuleGroups, period: string, today: string) => periodSheet(ledgerDb, scheme, rules, period, today),
};
