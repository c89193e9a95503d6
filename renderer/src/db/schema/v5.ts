import type { Transaction } from 'dexie';
import { encodeHlc } from '../../../../shared/sync/hlc';
import type { SchemaVersion } from './schema-version';

/** The tables a branch wrote before version 5 (all of them travel to the central office). */
const TABLES_BEFORE_V5 = ['branches', 'members', 'meetings', 'attachments', 'duesBases', 'duesPayments', 'duesRemittances', 'studyNotebooks'];

/**
 * Records written before version 5 have no change-log row, so they would never be sent:
 * queue them all as the stream's first change, so the first package carries them.
 */
async function queueExistingRecords(transaction: Transaction): Promise<void> {
  const installation = (await transaction.table('installation').get('this-pc')) as { ownerId: string; role: string } | undefined;
  if (!installation || installation.role !== 'branch') return;
  const changes = [];
  for (const table of TABLES_BEFORE_V5) {
    const ids = (await transaction.table(table).toCollection().primaryKeys()) as string[];
    changes.push(...ids.map((id) => ({ table, id, baseHlc: null, changedFields: [] })));
  }
  if (changes.length === 0) return;
  const hlc = encodeHlc({ wallMs: Date.now(), counter: 0, node: installation.ownerId });
  await transaction.table('changeLog').add({ stream: 'central', seq: 1, hlc, changes });
  // Each change has its own number: the row holds 1 .. changes.length.
  await transaction.table('syncState').put({ key: 'clock', hlc, lastSeq: { central: changes.length } });
}

/**
 * Version 5: USB sync. New stores, and an upgrade that queues every record written before
 * it for the first package (those records carry no clock stamp, which sync reads as
 * "older than anything stamped").
 *
 * Few stores and few indexes, because every synced write now also writes the change log
 * and the clock (see the comments in v2.ts/v3.ts on what an index costs):
 * - changeLog: one value per write transaction of this PC and stream (a roster import of
 *   3000 members is one row listing 3000 ids, not 3000 rows), keyed by [stream+seq]: the
 *   receiver (a branch PC has one, the central office; the central office one per branch)
 *   and this PC's sequence number in that stream. A package reads the rows after the last
 *   acknowledged number as a key range; nothing else queries it, so it has no index.
 * - syncState: small key/value rows: this PC's clock and last sequence numbers ('clock'),
 *   and one row per peer ('peer:<id>': enrolment, keys' fingerprint, last sequence numbers
 *   sent, acknowledged and received, last import). Peers are listed as a key range.
 * - syncPackages: every package seen, by package id: imported (so a second import changes
 *   nothing) or quarantined (with its bytes, waiting for the missing one). peerId lists a
 *   peer's packages for the central office's overview.
 * - syncKeys: this PC's key pairs (private keys as non-extractable CryptoKeys) and the
 *   peers' trusted public keys, by key id. A handful of rows, read whole.
 * - meetingReviews: the central office's review of a meeting record (通过/退回 and its
 *   opinion), one per meeting (the latest), under the meeting's id. A synced record owned by
 *   the reviewed branch, written only by the central office; branchId lists a branch's.
 * - notices: notices from the central office to a branch (one record per branch it is
 *   sent to); a few a month. branchId lists a branch's. Both keep updatedAt like every
 *   synced table (they are tiny).
 * - conflicts: two edits of one field that collided, waiting for a person to decide;
 *   read whole (there should be none, or a few).
 */
export const schemaV5: SchemaVersion = {
  version: 5,
  stores: {
    changeLog: '[stream+seq]',
    syncState: 'key',
    syncPackages: 'packageId, peerId',
    syncKeys: 'keyId',
    meetingReviews: 'id, branchId, updatedAt',
    notices: 'id, branchId, updatedAt',
    conflicts: 'id',
  },
  upgrade: queueExistingRecords,
};
