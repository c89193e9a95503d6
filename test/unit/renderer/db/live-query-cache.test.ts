import { describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb, which Dexie looks for when it is first imported.
import { databasePerTest } from '../support/test-database';
import { liveQuery } from 'dexie';
import { createDraftRepository } from '../../../../renderer/src/features/meetings/data/draft-repository';
import { listPeers, newPeer } from '../../../../renderer/src/features/sync/data/sync-state';
import type { MeetingDraft } from '../../../../shared/meetings/meeting-types';
import { newMeetingContent } from '../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';

const database = databasePerTest();

/** The first value of a live query, as useLiveQuery receives it (Dexie's live-query cache answers). */
function firstValue<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        resolve(value);
        queueMicrotask(() => subscription.unsubscribe());
      },
      error: reject,
    });
  });
}

function draft(id: string, savedAt: string): MeetingDraft {
  return { id, branchId: 'b-1', isNew: true, savedAt, content: newMeetingContent('committeeMeeting', '2026-11-05', NATIONAL_RULE_SET.rules.meetings) };
}

// The database shares live queries' results frozen (cache: 'immutable', docs/performance.md round 7)
// instead of deep-copying them for each query: a list a repository sorts must be its own copy.
describe('live queries share frozen results', () => {
  it('gives each record of a live query frozen, so that no screen changes what other queries read', async () => {
    const db = database();
    await db.meetingDrafts.bulkPut([draft('d-1', '2026-11-05T08:00:00.000Z')]);
    const [row] = await firstValue(() => db.meetingDrafts.where('branchId').equals('b-1').toArray());
    expect(Object.isFrozen(row)).toBe(true);
  });

  it('lists a branch’s drafts newest first in a live query (sorting a copy)', async () => {
    const db = database();
    const drafts = createDraftRepository(db);
    await drafts.save(draft('d-1', '2026-11-05T08:00:00.000Z'));
    await drafts.save(draft('d-2', '2026-11-05T09:00:00.000Z'));
    expect((await firstValue(() => drafts.list('b-1'))).map((item) => item.id)).toEqual(['d-2', 'd-1']);
  });

  it('lists the known peers by name in a live query (sorting a copy)', async () => {
    const db = database();
    await db.syncState.bulkPut([newPeer('p-2', '外科党支部'), newPeer('p-1', '内科党支部')]);
    expect((await firstValue(() => listPeers(db))).map((peer) => peer.name)).toEqual(['内科党支部', '外科党支部']);
  });
});
