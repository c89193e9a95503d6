import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { withMeetingsWritten, type BranchMeetingFacts } from '../../../shared/meetings/meeting-facts';
import type { MeetingRecord } from '../../../shared/meetings/meeting-types';

export const MEETINGS_TABLE = 'meetings';
export const MEETING_FACTS_TABLE = 'meetingFacts';

/**
 * Keeps each branch's meeting facts (shared/meetings/meeting-facts.ts) in the same transaction
 * as every write of the meetings store, whoever writes: the record repository (a secretary's
 * save, a delete, which is a tombstone), a package import, a restore, the branch id adopted at
 * enrolment. Every read-write transaction over `meetings` also takes `meetingFacts`, and each
 * write of meetings is followed, in that transaction, by its branches' facts rewritten: either
 * both are stored or neither.
 *
 * Writes of one transaction to one branch's facts are chained (a package import adds and puts
 * meetings at once), so that none is lost to another read of the same value. A database opened
 * before version 17 has no facts store; its upgrade makes them from the meetings.
 */
export const meetingFactsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'meeting-facts',
  create: (down) => {
    /** Per transaction, per branch: the facts as the last write of this transaction left them. */
    const working = new WeakMap<DBCoreTransaction, Map<string, Promise<BranchMeetingFacts | undefined>>>();

    function keep(facts: DBCoreTable, trans: DBCoreTransaction, meetings: readonly MeetingRecord[]): Promise<unknown> {
      const byBranch = new Map<string, MeetingRecord[]>();
      for (const meeting of meetings) {
        const list = byBranch.get(meeting.branchId);
        if (list) list.push(meeting);
        else byBranch.set(meeting.branchId, [meeting]);
      }
      let rows = working.get(trans);
      if (!rows) working.set(trans, (rows = new Map()));
      const state = rows;
      return Promise.all(
        [...byBranch].map(([branchId, written]) => {
          const before = state.get(branchId) ?? (facts.get({ trans, key: branchId }) as Promise<BranchMeetingFacts | undefined>);
          const after = before.then((row) => {
            const next = withMeetingsWritten(row, branchId, written);
            return facts.mutate({ type: 'put', trans, values: [next] }).then(() => next);
          });
          state.set(branchId, after);
          return after;
        }),
      );
    }

    /** The stored meetings a delete removes, read before it: a delete names keys, the facts are kept by branch. */
    function removedBy(meetings: DBCoreTable, request: Extract<DBCoreMutateRequest, { type: 'delete' | 'deleteRange' }>): Promise<MeetingRecord[]> {
      const read =
        request.type === 'delete'
          ? meetings.getMany({ trans: request.trans, keys: request.keys })
          : meetings.query({ trans: request.trans, query: { index: meetings.schema.primaryKey, range: request.range }, values: true }).then((result) => result.result);
      return read.then((rows) => (rows as (MeetingRecord | undefined)[]).flatMap((row) => (row ? [{ ...row, deleted: true }] : [])));
    }

    // A schema before version 17 (opened during an upgrade) has no facts to keep.
    if (!down.schema.tables.some((table) => table.name === MEETING_FACTS_TABLE)) return down;
    const facts = down.table(MEETING_FACTS_TABLE);
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(mode === 'readwrite' && stores.includes(MEETINGS_TABLE) && !stores.includes(MEETING_FACTS_TABLE) ? [...stores, MEETING_FACTS_TABLE] : stores, mode, options),
      table: (name) => {
        const table = down.table(name);
        if (name !== MEETINGS_TABLE) return table;
        return {
          ...table,
          mutate: (request): Promise<DBCoreMutateResponse> => {
            // The upgrade to version 17 runs in a transaction made before the facts store: it makes them itself.
            const stores = (request.trans as unknown as IDBTransaction).objectStoreNames;
            if (!stores?.contains(MEETING_FACTS_TABLE)) return table.mutate(request);
            if (request.type === 'add' || request.type === 'put') {
              return table.mutate(request).then((response) => {
                // Rows a bulk add refused (an id already stored) were not written: their facts stay as they were.
                const written = (request.values as MeetingRecord[]).filter((_, index) => !response.failures[index]);
                return keep(facts, request.trans, written).then(() => response);
              });
            }
            return removedBy(table, request).then((removed) => table.mutate(request).then((response) => keep(facts, request.trans, removed).then(() => response)));
          },
        };
      },
    };
  },
};
