import type { Transaction } from 'dexie';
import { MeetingFactsWriter } from '../../../../shared/meetings/meeting-facts';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import type { SchemaVersion } from './schema-version';

/**
 * Version 17: `meetingFacts`, one value per branch holding what the central office's recount
 * reads of each live meeting (shared/meetings/meeting-facts.ts), so that a recount of five
 * years reads 150 small values instead of 46,000 meetings (docs/performance.md, round 7 of
 * the overview). Kept in the same transaction as every meeting write by meeting-facts-middleware.ts.
 *
 * The upgrade makes every branch's facts from the meetings stored, one meeting at a time
 * (no branch's meetings are held whole); it changes no meeting.
 */
async function upgrade(transaction: Transaction): Promise<void> {
  const writers = new Map<string, MeetingFactsWriter>();
  await transaction.table('meetings').each((meeting: MeetingRecord) => {
    let writer = writers.get(meeting.branchId);
    if (!writer) writers.set(meeting.branchId, (writer = new MeetingFactsWriter()));
    writer.write(meeting);
  });
  // Put, not add: facts written meanwhile by an earlier step of the same upgrade are made again here.
  await transaction.table('meetingFacts').bulkPut([...writers].map(([branchId, writer]) => writer.done(branchId)));
}

export const schemaV17: SchemaVersion = {
  version: 17,
  stores: { meetingFacts: 'branchId' },
  upgrade,
};
