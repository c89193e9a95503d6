import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/test-database';
import { LedgerDatabase } from '../../../../renderer/src/db/database';
import { createRuleSetRepository } from '../../../../renderer/src/core/rules/rule-set-repository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/schema';
import { dossierOf, EMPTY_DOSSIER } from '../../../../shared/development/dossier-types';
import { canonical } from '../../../support/database-digest';
import { countMeetingFacts, meetingFactsOf } from '../../../../shared/meetings/meeting-facts';
import { indexMeetings, meetingCountsOf } from '../../../../shared/meetings/compliance';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { SCHEMA_FIXTURE_DIR, databaseAtVersion, decodeFixtureValue, schemaFixtureFile, storesAtVersion, type SchemaFixture } from '../../../support/schema-fixture';

/** The tables a branch wrote before version 5, which the v5 upgrade queues for the first package. */
const QUEUED_BY_V5 = ['branches', 'members', 'meetings', 'attachments', 'duesBases', 'duesPayments', 'duesRemittances', 'studyNotebooks'];

function readFixture(version: number): SchemaFixture {
  return JSON.parse(readFileSync(schemaFixtureFile(version), 'utf8')) as SchemaFixture;
}

async function decodedTables(fixture: SchemaFixture): Promise<Record<string, Record<string, unknown>[]>> {
  return (await decodeFixtureValue(fixture.tables)) as Record<string, Record<string, unknown>[]>;
}

/** Writes the fixture into a database declared at its own version, then opens it with today's app. */
async function openFixtureInCurrentApp(version: number, edit?: (tables: Record<string, Record<string, unknown>[]>) => void) {
  const tables = await decodedTables(readFixture(version));
  edit?.(tables);
  const name = freshDatabase().name;
  const old = databaseAtVersion(name, version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new LedgerDatabase(name);
  await db.open();
  return { db, tables };
}

describe('schema fixtures', () => {
  it('exist for every schema version, and only for those (a version added without its fixture fails here)', () => {
    const files = readdirSync(SCHEMA_FIXTURE_DIR).filter((file) => file.endsWith('.json')).sort();
    expect(files).toEqual(SCHEMA_VERSIONS.map((schema) => `v${schema.version}.json`).sort());
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`v${version}: fills every table of its version with rows`, () => {
      const fixture = readFixture(version);
      expect(fixture.version).toBe(version);
      expect(Object.keys(fixture.tables).sort()).toEqual(storesAtVersion(version));
      for (const [table, rows] of Object.entries(fixture.tables)) expect(rows.length, table).toBeGreaterThan(0);
    });

    it(`v${version}: opens in the current version (v${CURRENT_SCHEMA_VERSION}) with every row and every field intact`, async () => {
      const { db, tables } = await openFixtureInCurrentApp(version);
      try {
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        for (const [table, rows] of Object.entries(tables)) {
          const stored = await db.table(table).toArray();
          // canonical() compares field by field, bytes and undefined included, and keys by what they are for.
          expect(stored.map(canonical), table).toEqual(rows.map(canonical));
        }
        // Stores that came after the fixture's version start empty, except what the upgrades add.
        for (const table of storesAtVersion(CURRENT_SCHEMA_VERSION).filter((name) => !(name in tables))) {
          if (version < 5 && (table === 'changeLog' || table === 'syncState')) continue;
          // Made by the v17 upgrade from the meetings (the test below checks them).
          if (table === 'meetingFacts') continue;
          expect(await db.table(table).count(), table).toBe(0);
        }
      } finally {
        await db.delete();
      }
    });
  }

  for (const version of SCHEMA_VERSIONS.map((schema) => schema.version).filter((each) => each < 5)) {
    it(`v${version} on a branch PC: the v5 upgrade queues every record written before it, numbered one by one`, async () => {
      const { db, tables } = await openFixtureInCurrentApp(version);
      try {
        const expected = QUEUED_BY_V5.filter((table) => table in tables).flatMap((table) => tables[table]!.map((row) => `${table}/${String(row.id)}`));
        const log = await db.changeLog.toArray();
        expect(log).toHaveLength(1);
        expect(log[0]).toMatchObject({ stream: 'central', seq: 1 });
        expect(log[0]!.changes.map((change) => `${change.table}/${change.id}`).sort()).toEqual(expected.sort());
        expect(log[0]!.changes.every((change) => change.baseHlc === null && change.changedFields.length === 0)).toBe(true);
        expect(await db.syncState.get('clock')).toEqual({ key: 'clock', hlc: log[0]!.hlc, lastSeq: { central: expected.length } });
        // The queued records themselves are not touched (no clock stamp is invented for them).
        expect((await db.members.toArray()).some((member) => 'hlc' in member)).toBe(false);
      } finally {
        await db.delete();
      }
    });
  }

  it('v12 → v13: members stored before the development dossier read as an empty dossier, the v13 fixture\'s dossier and review read back whole', async () => {
    const { db } = await openFixtureInCurrentApp(12);
    try {
      const members = await db.members.toArray();
      expect(members.length).toBeGreaterThan(0);
      expect(members.every((member) => member.development.dossier === undefined)).toBe(true);
      expect(dossierOf(members[0]!.development)).toEqual(EMPTY_DOSSIER);
      expect(await db.developmentReviews.count()).toBe(0);
    } finally {
      await db.delete();
    }
    const current = await openFixtureInCurrentApp(13);
    try {
      const [first] = await current.db.members.toArray();
      expect(dossierOf(first!.development)).toMatchObject({ politicalReviewResult: 'passed', applicationFormNumber: '2025-0012' });
      expect((await current.db.developmentReviews.toArray())[0]!.decisions.admissionApproval).toMatchObject({ agreed: true, document: '院党委〔2025〕8号' });
    } finally {
      await current.db.delete();
    }
  });

  it('v15 → v16: the stored rule set, published before plan due dates existed, stays in use with the default dates; the new stores start empty and the v16 fixture\'s plan and reading read back', async () => {
    const { db } = await openFixtureInCurrentApp(15);
    try {
      const active = await createRuleSetRepository(db).active();
      expect(active.source).toBe('stored');
      expect(active.ruleSet.rules.meetings.annualPlanDue.value).toEqual({ month: 1, day: 31 });
      expect(active.ruleSet.rules.meetings.yearSummaryDue.value).toEqual({ month: 12, day: 31 });
      expect(await db.branchPlans.count()).toBe(0);
      expect(await db.planReturns.count()).toBe(0);
    } finally {
      await db.delete();
    }
    const current = await openFixtureInCurrentApp(16);
    try {
      const [plan] = await current.db.branchPlans.toArray();
      expect(plan).toMatchObject({ year: 2026, kind: 'developmentPlan', developmentCount: 1, firstSubmittedOn: '2026-01-20' });
      expect(await current.db.planReturns.get(plan!.id)).toMatchObject({ verdict: 'returned', reviewedSubmission: plan!.submittedAt });
    } finally {
      await current.db.delete();
    }
  });

  it('v16 → v17: the upgrade makes each branch\'s meeting facts from its live meetings, as the middleware keeps them, and changes no meeting', async () => {
    const { db, tables } = await openFixtureInCurrentApp(16, (rows) => {
      // A deleted meeting and a second branch's meeting, so the upgrade is seen to leave one out and to keep branches apart.
      const [first, second] = rows.meetings as unknown as MeetingRecord[];
      rows.meetings!.push({ ...first!, id: 'meeting-deleted', deleted: true } as unknown as Record<string, unknown>, { ...second!, id: 'meeting-other-branch', branchId: 'other-branch' } as unknown as Record<string, unknown>);
    });
    try {
      const meetings = tables.meetings as unknown as MeetingRecord[];
      expect((await db.meetings.toArray()).map(canonical)).toEqual([...meetings].sort((a, b) => (a.id < b.id ? -1 : 1)).map(canonical));
      const branchIds = [...new Set(meetings.map((meeting) => meeting.branchId))].sort();
      expect(branchIds).toHaveLength(2);
      const facts = await db.meetingFacts.toArray();
      expect(facts).toEqual(branchIds.map((branchId) => meetingFactsOf(branchId, meetings.filter((meeting) => meeting.branchId === branchId))));
      expect(facts.flatMap((row) => row.meetings.map((item) => item.id))).not.toContain('meeting-deleted');
      // The facts count as the meetings do.
      for (const row of facts) {
        const own = meetings.filter((meeting) => meeting.branchId === row.branchId);
        expect(countMeetingFacts(row).counts).toEqual(meetingCountsOf(indexMeetings(own)));
      }
      // Written after the upgrade, a meeting's facts follow it in the same transaction.
      await db.meetings.put({ ...meetings[0]!, deleted: true });
      expect((await db.meetingFacts.get(meetings[0]!.branchId))!.meetings.map((item) => item.id)).not.toContain(meetings[0]!.id);
    } finally {
      await db.delete();
    }
  });

  it('v4 on the central office PC: the v5 upgrade queues nothing (the central office sends only its own records)', async () => {
    const { db } = await openFixtureInCurrentApp(4, (tables) => {
      tables.installation![0]!.role = 'central';
    });
    try {
      expect(await db.changeLog.count()).toBe(0);
      expect(await db.syncState.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});
