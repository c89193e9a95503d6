import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../support/test-database';
import { countBranch } from '../../../../renderer/src/db/branch-counts';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { DEFAULT_TODAY, generateDataset } from '../../../support/generator';
import { writeBranches } from '../../../support/seed/seed-ledger';

const database = databasePerTest();

describe('countBranch', () => {
  it('takes the records just written from the caller and reads back only the rest: the same figures as read from the store', async () => {
    const db = database();
    const [one, other] = generateDataset({ branches: 2, members: 40, years: 1 }, { today: DEFAULT_TODAY, seed: 'branch-counts' });
    await writeBranches(db, [one!, other!]);
    const branchId = one!.branch.id;
    // A package that changed some of the branch's rows: every other meeting, one of them deleted, a member deleted, a dues year.
    const meetings = one!.meetings.filter((_, index) => index % 2 === 0).map((meeting, index) => ({ ...meeting, deleted: index === 0 }));
    const members = [{ ...one!.members[0]!, deleted: true }];
    const payments = one!.duesPayments.slice(0, 1);
    await Promise.all([db.meetings.bulkPut(meetings), db.members.bulkPut(members), db.duesPayments.bulkPut(payments)]);
    const written = new Map<string, Record<string, unknown>[]>([
      ['meetings', meetings],
      ['members', members],
      ['duesPayments', payments],
    ] as [string, Record<string, unknown>[]][]);
    const dues = { today: DEFAULT_TODAY, rules: NATIONAL_RULE_SET.rules.dues };

    const read = await countBranch(db, branchId, 3, { dues });
    const inHand = await db.transaction('r', [db.members, db.meetings, db.meetingFacts, db.duesBases, db.duesPayments, db.duesRemittances], () => countBranch(db, branchId, 3, { dues, written }));
    expect(inHand).toEqual(read);
    expect(read.meetingCount).toBe(one!.meetings.length - 1);
    expect(read.memberCount).toBe(one!.members.filter((member) => !member.deleted).length - 1);
    expect(read.dues!.standing.summary).toBeDefined();
  });
});
