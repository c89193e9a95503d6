import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../support/test-database';
import { createRecordRepository } from '../../../../renderer/src/db/record-repository';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { adoptBranchId } from '../../../../renderer/src/features/sync/data/adopt-branch-id';
import { meetingFactsOf } from '../../../../shared/meetings/meeting-facts';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { DEFAULT_TODAY, generateDataset } from '../../../support/generator';
import { writeBranches } from '../../../support/seed/seed-ledger';

const database = databasePerTest();

/** What the facts must be: made from scratch from every branch's meetings as stored. */
async function expectFactsOfStoredMeetings(db: LedgerDatabase): Promise<void> {
  const meetings = await db.meetings.toArray();
  const branchIds = [...new Set(meetings.map((meeting) => meeting.branchId))].sort();
  const facts = (await db.meetingFacts.toArray()).filter((row) => row.meetings.length > 0);
  expect(facts.map((row) => row.branchId)).toEqual(branchIds.filter((branchId) => meetings.some((meeting) => meeting.branchId === branchId && !meeting.deleted)));
  for (const row of facts) {
    const expected = meetingFactsOf(row.branchId, meetings.filter((meeting) => meeting.branchId === row.branchId));
    // The member numbers may differ (a row only grows its list); the members they name may not.
    const named = (facts: typeof row) => facts.meetings.map((item) => ({ ...item, present: item.present.map((n) => facts.members[n]), missed: item.missed.map((n) => facts.members[n]), makeUpMembers: item.makeUpMembers.map((n) => facts.members[n]) }));
    expect(named(row)).toEqual(named(expected));
  }
}

function twoBranches() {
  return generateDataset({ branches: 2, members: 15, years: 1 }, { today: DEFAULT_TODAY, seed: 'meeting-facts' });
}

describe('meeting facts kept beside the meetings, in the same transaction', () => {
  it('follow a seeded ledger, a secretary\'s create, edit and delete, and a roll-back leaves both as they were', async () => {
    const db = database();
    const [one, other] = twoBranches();
    await writeBranches(db, [one!, other!]);
    await expectFactsOfStoredMeetings(db);

    const repository = createRecordRepository(db, 'meetings', { actor: () => '书记', clock: tickingClock('2026-11-01T08:00:00Z') });
    const { id: _id, branchId, createdAt: _c, updatedAt: _u, deleted: _d, ...content } = one!.meetings[0]!;
    const created = await repository.create(branchId, { ...content, startAt: '2026-11-20T14:00' } as never);
    await repository.update(one!.meetings[1]!.id, { attendance: one!.meetings[1]!.attendance.map((entry) => ({ ...entry, status: 'absent' as const })) } as never);
    await repository.remove(one!.meetings[2]!.id);
    await expectFactsOfStoredMeetings(db);
    expect((await db.meetingFacts.get(branchId))!.meetings.map((item) => item.id)).toContain(created.id);

    const before = await db.meetingFacts.get(branchId);
    await expect(
      db.transaction('rw', db.meetings, async () => {
        await db.meetings.put({ ...one!.meetings[3]!, deleted: true });
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await db.meetingFacts.get(branchId)).toEqual(before);
  });

  it('keep both of an import\'s writes to one branch issued at once, and not the rows a bulk add refused', async () => {
    const db = database();
    const [one] = twoBranches();
    await writeBranches(db, [{ ...one!, meetings: one!.meetings.slice(0, 10) }]);
    const added = one!.meetings.slice(10, 20);
    const changed = one!.meetings.slice(0, 5).map((meeting) => ({ ...meeting, makesUpPeriod: '2025-Q4', deleted: meeting === one!.meetings[0] }));
    await db.transaction('rw', db.meetings, () => Promise.all([db.meetings.bulkAdd(added), db.meetings.bulkPut(changed)]));
    await expectFactsOfStoredMeetings(db);

    // An add of a stored id is refused; the one beside it is written; the stored meeting's facts stay its own.
    const taken = { ...one!.meetings[5]!, startAt: '2020-01-01T09:00' };
    const fresh = one!.meetings[25]!;
    await db.transaction('rw', db.meetings, () => db.meetings.bulkAdd([taken, fresh]).catch(() => undefined));
    expect((await db.meetings.get(taken.id))!.startAt).toBe(one!.meetings[5]!.startAt);
    await expectFactsOfStoredMeetings(db);
    expect((await db.meetingFacts.get(one!.branch.id))!.meetings.map((item) => item.id)).toContain(fresh.id);
  });

  it('lose a meeting removed by key or by clearing the store, and follow the meetings to the id a branch adopts', async () => {
    const db = database();
    const [one, other] = twoBranches();
    await writeBranches(db, [one!, other!]);
    await db.meetings.bulkDelete([one!.meetings[0]!.id, other!.meetings[0]!.id]);
    await expectFactsOfStoredMeetings(db);

    await adoptBranchId(db, one!.branch.id, 'adopted-id', new Date('2026-11-30T08:00:00Z'));
    expect(await db.meetingFacts.get(one!.branch.id)).toBeUndefined();
    expect((await db.meetingFacts.get('adopted-id'))!.meetings).toHaveLength(one!.meetings.filter((meeting) => !meeting.deleted).length - 1);
    await expectFactsOfStoredMeetings(db);

    await db.meetings.clear();
    expect((await db.meetingFacts.toArray()).every((row) => row.meetings.length === 0)).toBe(true);
  });
});

export type { MeetingRecord };
