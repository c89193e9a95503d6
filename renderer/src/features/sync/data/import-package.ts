import Dexie from 'dexie';
import { MASS_DELETE_SHARE } from '../../../../../shared/rules/sync-safety';
import { PackageError } from '../../../../../shared/sync/errors';
import { parseHlc } from '../../../../../shared/sync/hlc';
import { fingerprint } from '../../../../../shared/sync/keys';
import { decodePackage, openPackage } from '../../../../../shared/sync/package-decode';
import { isOlderPackage } from '../../../../../shared/sync/package-order';
import { planImport, recordKey } from '../../../../../shared/sync/plan-import';
import { checkSequence } from '../../../../../shared/sync/sequence';
import type { DecodedPackage, ImportPlan, PackageManifest, RecordSyncState, SyncChange } from '../../../../../shared/sync/types';
import { streamOf, type ChangeLogRow, type ChangeRef, type ClockRow } from '../../../db/change-log';
import { BRANCH_SYNCED_TABLES, CENTRAL_SYNCED_TABLES, type LedgerDatabase } from '../../../db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema';
import { countBranch } from '../../../db/branch-counts';
import { DerivedDatabase, type BranchCountsRow } from '../../../db/derived-db';
import type { PeerRow, SyncStateRow } from '../../../db/sync-rows';
import type { Installation } from '../../../core/installation/installation-repository';
import { liveCounts } from './export-package';
import { createRuleSetRepository } from '../../../core/rules/rule-set-repository';
import { createKeysRepository, type Keyring } from './keys-repository';
import { KeyRotationError, verifyKeyRotation, type KeyRotationStatement } from '../../../../../shared/sync/key-rotation';
import { changeLogAfter } from './outgoing-changes';
import { SyncError, findPeer, installationOf, peerKey } from './sync-state';
import { ALREADY_IMPORTED, importedMessage, packageWrites, type GroupState, type PackageWrites } from './package-writes';
import { runImportFollowUps } from '../../../core/sync/import-follow-ups';
import { localToday } from '../../../core/today';

export { ALREADY_IMPORTED } from './package-writes';

/** What a package would do, shown before anything is written. */
export type ImportPreview =
  | { status: 'replay'; fileName: string; manifest: PackageManifest; message: string }
  | { status: 'gap'; fileName: string; manifest: PackageManifest; message: string; missingFrom: number; missingTo: number }
  /** Made before the newest package already imported from its sender, with nothing in it this PC lacks: nothing to do. */
  | { status: 'stale'; fileName: string; manifest: PackageManifest; message: string }
  | { status: 'refused'; fileName: string; message: string }
  | {
      status: 'ready';
      fileName: string;
      manifest: PackageManifest;
      peerName: string;
      receivedSeqAtPreview: number;
      decoded: DecodedPackage;
      plan: ImportPlan;
      /** The sender's fingerprint when this is its first package (compare it by phone). */
      newSenderFingerprint?: string;
      /** Set when the package deletes more than the allowed share of the branch's records. */
      massDelete?: { deleted: number; live: number };
      /** A return announcing the central office's new key, its statement checked against the key trusted now. */
      centralKeyRotation?: KeyRotationStatement;
    };

export type ReadyPreview = Extract<ImportPreview, { status: 'ready' }>;

export interface ImportResult {
  status: 'imported' | 'replay';
  message: string;
}

type Local = Map<string, RecordSyncState>;

/** What every preview of a folder reads alike, read once for the folder (see previewContext). */
export interface PreviewContext {
  installation: Installation;
  keyring: Keyring;
}

/**
 * Said of a package made before the newest one imported from the same sender: what it
 * states as a whole (acknowledgement, rule set) is older than what this PC holds, so it is
 * not taken; its records, if any are new here, are (each by its own clock, so none replaces
 * a newer version: reviews and notices never move back either).
 */
function olderPackageNote(manifest: PackageManifest): string {
  const what = manifest.kind === 'central-return' ? '回执' : '报送包';
  const made = new Date(manifest.createdAt).toLocaleString('zh-CN', { hour12: false });
  return `这是一份较早的${what}（${made} 制作），本机已导入过${manifest.senderName}之后制作的${what}：确认送达情况和规则集保持不变，审阅意见和通知不会被旧内容替换。`;
}

function withoutBytes(record: Record<string, unknown>): Record<string, unknown> {
  const { bytes: _bytes, ...rest } = record;
  return rest;
}

/** This PC's own edits of one record since the version the sender last saw, read back from the change log. */
interface LocalEdits {
  baseHlc: string | null;
  changedFields: string[];
}

/**
 * Walks a record's change-log entries back from its current stamp while the versions are
 * this PC's own, collecting the fields each write changed. It stops at the version the
 * incoming change was made on (both sides have it), at a version from elsewhere (it came
 * in a package, so the sender has it or a later one), or at the record's creation: that
 * version is the last common state, and only fields changed since then can collide.
 */
function localEditsSince(byHlc: ReadonlyMap<string, ChangeLogRow>, table: string, id: string, hlc: string, own: string, commonHlc: string | null): LocalEdits {
  const fields = new Set<string>();
  let current: string | null = hlc;
  while (current !== null && current !== commonHlc && parseHlc(current)?.node === own) {
    const ref: ChangeRef | undefined = byHlc.get(current)?.changes.find((change) => change.table === table && change.id === id);
    // No entry (a record queued by the upgrade to version 5): nothing is known of its history.
    if (!ref) return { baseHlc: null, changedFields: [] };
    ref.changedFields.forEach((field) => fields.add(field));
    current = ref.baseHlc;
  }
  return { baseHlc: current, changedFields: [...fields] };
}

/**
 * The stored rows of the ids a package touches, per table, all tables' reads issued at once. At
 * the central office (`branchId`: the sender, which every change was checked to carry) only the
 * branch's own rows are looked for: one key-only read of the branch index per table, then the
 * values of the ids found (none for a branch's first package), instead of a get per record. A row
 * of the same id under another branch is not read: the apply adds a record planned as new (never
 * puts it), so such a row makes the package fail whole (see applyGroup), never moves or merges it.
 */
async function storedRows(db: LedgerDatabase, byTable: ReadonlyMap<string, Set<string>>, branchId: string | undefined): Promise<[string, (Record<string, unknown> | undefined)[]][]> {
  return Promise.all(
    [...byTable].map(async ([table, ids]): Promise<[string, (Record<string, unknown> | undefined)[]]> => {
      let wanted = [...ids];
      if (branchId !== undefined) {
        const held = new Set((await db.table(table).where('branchId').equals(branchId).primaryKeys()) as string[]);
        wanted = wanted.filter((id) => held.has(id));
      }
      return [table, wanted.length > 0 ? ((await db.table(table).bulkGet(wanted)) as (Record<string, unknown> | undefined)[]) : []];
    }),
  );
}

/** What this PC holds of the records a package touches, in the form planImport compares, with its own edits since the common version. */
async function localStates(db: LedgerDatabase, changes: readonly SyncChange[], installation: Installation, branchId: string | undefined): Promise<Local> {
  const byTable = new Map<string, Set<string>>();
  const incomingBase = new Map<string, string | null>();
  for (const change of changes) {
    byTable.set(change.table, (byTable.get(change.table) ?? new Set()).add(change.id));
    const key = recordKey(change.table, change.id);
    if (!incomingBase.has(key)) incomingBase.set(key, change.baseHlc);
  }
  // A stream's change log, read once and only when a record the package touches was edited here.
  const logs = new Map<string, Map<string, ChangeLogRow>>();
  async function logOf(stream: string): Promise<Map<string, ChangeLogRow>> {
    let log = logs.get(stream);
    if (!log) {
      log = new Map((await changeLogAfter(db, stream, 0)).map((row) => [row.hlc, row]));
      logs.set(stream, log);
    }
    return log;
  }
  const local: Local = new Map();
  for (const [table, rows] of await storedRows(db, byTable, branchId)) {
    for (const row of rows) {
      if (!row) continue;
      const id = String(row.id);
      const key = recordKey(table, id);
      const hlc = typeof row.hlc === 'string' ? row.hlc : '';
      const origin = parseHlc(hlc)?.node ?? String(row.branchId);
      const edits: LocalEdits =
        origin === installation.ownerId
          ? localEditsSince(await logOf(streamOf(installation.role, String(row.branchId))), table, id, hlc, origin, incomingBase.get(key) ?? null)
          : { baseHlc: null, changedFields: [] };
      local.set(key, { record: withoutBytes(row), hlc, origin, ...edits });
    }
  }
  return local;
}

function allowedTables(role: 'branch' | 'central'): ReadonlySet<string> {
  return new Set<string>(role === 'central' ? BRANCH_SYNCED_TABLES : CENTRAL_SYNCED_TABLES);
}

/**
 * The two kinds of file a branch takes from the central office, each owned by an office record
 * for this branch in the same package: a transferred member's note photo, copied under the
 * admission order with the files of their development dossier (shared/members/internal-transfer.ts), and a published document's files,
 * copied under the branch's copy of the document (shared/documents/document.ts). Any other
 * file from the office is refused, so a return can never rewrite the branch's own attachments.
 */
function isCarriedFile(change: SyncChange, changes: readonly SyncChange[], installation: { role: 'branch' | 'central'; ownerId: string }): boolean {
  if (installation.role !== 'branch' || change.table !== 'attachments' || change.record.branchId !== installation.ownerId) return false;
  return changes.some(
    (other) =>
      other.id === change.record.meetingId &&
      other.record.branchId === installation.ownerId &&
      ((other.table === 'transferOrders' && other.record.role === 'admission') || other.table === 'documents'),
  );
}

/** The records of packages' writes by table, in order; with `added`, only those planned as new (true) or as a change (false). */
function recordsByTable(writes: readonly PackageWrites[], added?: boolean): Map<string, Record<string, unknown>[]> {
  const byTable = new Map<string, Record<string, unknown>[]>();
  for (const { table, record, isNew } of writes.flatMap((write) => write.records)) {
    if (added !== undefined && isNew !== added) continue;
    const rows = byTable.get(table);
    if (rows) rows.push(record);
    else byTable.set(table, [record]);
  }
  return byTable;
}

/** A record planned as new whose id is stored already: said in words, the whole transaction rolled back. */
function refuseTakenIds(error: unknown): never {
  if (error instanceof Dexie.BulkError || (error instanceof Error && error.name === 'ConstraintError')) {
    throw new SyncError('数据包中有记录的编号与本机已有的记录（属于其他支部）相同，已拒绝，未写入任何记录。请与该支部核实其数据。');
  }
  throw error;
}

/**
 * `derived`: where the central office keeps each branch's counts (made in the import's
 * transaction, see applyGroup); a branch PC keeps none.
 */
export function createPackageImporter(db: LedgerDatabase, clock: () => Date = () => new Date(), derived: DerivedDatabase = new DerivedDatabase(db.name)) {
  const keys = createKeysRepository(db, clock);
  const rules = createRuleSetRepository(db);

  async function quarantine(manifest: PackageManifest, bytes: Uint8Array, fileName: string, missingFrom: number, missingTo: number, packageHash: string) {
    await db.syncPackages.put({
      packageId: manifest.packageId,
      peerId: manifest.senderId,
      kind: manifest.kind,
      status: 'quarantined',
      seqFrom: manifest.seqFrom,
      seqTo: manifest.seqTo,
      counts: manifest.counts,
      fileName,
      packageHash,
      at: clock().toISOString(),
      missingFrom,
      missingTo,
      bytes,
    });
  }

  async function importedIds(peerId: string): Promise<string[]> {
    const rows = await db.syncPackages.where('peerId').equals(peerId).toArray();
    return rows.filter((row) => row.status === 'imported').map((row) => row.packageId);
  }

  /** The installation and the key store, read in one transaction: once per folder (previewFolder), else once per package. */
  function previewContext(): Promise<PreviewContext> {
    return db.transaction('r', db.installation, db.syncKeys, async () => {
      const [installation, keyring] = await Promise.all([installationOf(db), keys.keyring()]);
      return { installation, keyring };
    });
  }

  async function preview(bytes: Uint8Array, fileName: string, context?: PreviewContext): Promise<ImportPreview> {
    // Reads grouped into few transactions (each costs a round trip), issued together; WebCrypto work cannot run inside one.
    // The archive read once: the manifest now, the same entries decoded below.
    const opened = await openPackage(bytes);
    const { manifest } = opened;
    const [{ installation, keyring }, { seen, peer, seenPackageIds }] = await Promise.all([
      context ?? previewContext(),
      db.transaction('r', db.syncPackages, db.syncState, async () => {
        const [seen, peer, seenPackageIds] = await Promise.all([db.syncPackages.get(manifest.packageId), findPeer(db, manifest.senderId), importedIds(manifest.senderId)]);
        return { seen, peer, seenPackageIds };
      }),
    ]);
    // After a rotation the central office holds several keys: the one the package was encrypted to opens it.
    const own = keyring.ownById(manifest.receiverKeyId);
    const trustedKeys = keyring.trusted;
    if (!own) throw new SyncError(installation.role === 'central' ? '请先在“数据交换”中创建本单位密钥。' : '本机尚未登记：请先导入登记文件。');
    if (seen?.status === 'imported') return { status: 'replay', fileName, manifest, message: ALREADY_IMPORTED };
    const expectedKind = installation.role === 'central' ? 'branch-report' : 'central-return';
    if (manifest.kind !== expectedKind) {
      return { status: 'refused', fileName, message: installation.role === 'central' ? '这是院党委下发的回执，应在支部的电脑上导入。' : '这是支部的报送包，应在院党委组织科的电脑上导入。' };
    }
    if (!peer) {
      return { status: 'refused', fileName, message: `发送方“${manifest.senderName}”未在本机登记，不能导入。请先为该支部制作登记文件。` };
    }
    const decoded = await decodePackage(bytes, {
      receiverId: installation.ownerId,
      receiverKeys: own,
      trustedKeys,
      // First contact: an enrolled branch that has sent nothing yet; a person compares the fingerprint in the preview.
      acceptNewSenderKey: (senderId) => installation.role === 'central' && senderId === peer.peerId && !peer.publicKeys,
      maxSchemaVersion: CURRENT_SCHEMA_VERSION,
    }, opened);
    const allowed = allowedTables(installation.role);
    const foreign = decoded.body.changes.find((change) => !allowed.has(change.table) && !isCarriedFile(change, decoded.body.changes, installation));
    if (foreign) return { status: 'refused', fileName, message: `数据包含有本机不接受的数据（${foreign.table}），已拒绝。` };
    if (installation.role === 'central' && decoded.body.changes.some((change) => change.record.branchId !== peer.peerId)) {
      return { status: 'refused', fileName, message: '数据包含有其他支部的记录，已拒绝。' };
    }
    const sequence = checkSequence({ lastSeq: peer.receivedSeq, seenPackageIds }, manifest);
    if (sequence.status === 'replay') return { status: 'replay', fileName, manifest, message: ALREADY_IMPORTED };
    if (sequence.status === 'gap') {
      await quarantine(manifest, bytes, fileName, sequence.missingFrom, sequence.missingTo, decoded.packageHash);
      return { status: 'gap', fileName, manifest, message: sequence.message, missingFrom: sequence.missingFrom, missingTo: sequence.missingTo };
    }
    const touched = [...new Set(decoded.body.changes.map((change) => change.table))].map((name) => db.table(name));
    // At the central office every change was checked above to carry the sender's branch id.
    const ownBranch = installation.role === 'central' ? peer.peerId : undefined;
    const local = await db.transaction('r', [...touched, db.changeLog], () => localStates(db, decoded.body.changes, installation, ownBranch));
    const plan = planImport(decoded.body.changes, local, { [peer.peerId]: peer.receivedSeq });
    const writes = plan.added.length + plan.changed.length + plan.deleted.length + plan.conflicts.length;
    if (writes === 0 && isOlderPackage(manifest.createdHlc, peer.receivedCreatedHlc)) {
      return { status: 'stale', fileName, manifest, message: `${olderPackageNote(manifest)}未做任何更改。` };
    }
    const ready: ReadyPreview = { status: 'ready', fileName, manifest, peerName: peer.name, receivedSeqAtPreview: peer.receivedSeq, decoded, plan };
    if (!peer.publicKeys) ready.newSenderFingerprint = fingerprint(manifest.senderKeyId);
    if (decoded.body.keyRotation !== undefined && peer.publicKeys) {
      try {
        ready.centralKeyRotation = await verifyKeyRotation(decoded.body.keyRotation, peer.publicKeys, peer.peerId);
      } catch (error) {
        if (error instanceof KeyRotationError) return { status: 'refused', fileName, message: error.message };
        throw error;
      }
    }
    if (installation.role === 'central' && plan.deleted.length > 0) {
      const live = Object.values(await liveCounts(db, peer.peerId)).reduce((sum, count) => sum + count, 0);
      if (live > 0 && plan.deleted.length / live > MASS_DELETE_SHARE.value) ready.massDelete = { deleted: plan.deleted.length, live };
    }
    return ready;
  }

  async function applyGroup(
    group: readonly { ready: ReadyPreview; confirmMassDelete?: boolean }[],
    onPackage?: (ready: ReadyPreview) => void,
  ): Promise<ImportResult[]> {
    for (const { ready, confirmMassDelete } of group) {
      if (ready.massDelete && !confirmMassDelete) throw new SyncError('此数据包将删除大量记录，须先确认。');
    }
    const now = clock();
    const tables = [...new Set([...BRANCH_SYNCED_TABLES, ...CENTRAL_SYNCED_TABLES])].map((name) => db.table(name));
    const kept: BranchCountsRow[] = [];
    const results = await db.transaction('rw', [...tables, db.meetingFacts, db.installation, db.syncState, db.syncPackages, db.syncKeys, db.conflicts], async () => {
      // Every read the group's checks need, issued at once: one round trip for the group instead of several per package.
      const attachmentIds = group.flatMap(({ ready: { plan } }) => [...plan.added, ...plan.changed, ...plan.deleted].filter((write) => write.table === 'attachments').map((write) => write.id));
      const [seen, peers, storedClock, installation, stored] = await Promise.all([
        db.syncPackages.bulkGet(group.map(({ ready }) => ready.manifest.packageId)),
        db.syncState.bulkGet(group.map(({ ready }) => peerKey(ready.manifest.senderId))) as Promise<(PeerRow | undefined)[]>,
        db.syncState.get('clock') as Promise<ClockRow | undefined>,
        installationOf(db),
        attachmentIds.length > 0 ? db.attachments.bulkGet(attachmentIds) : Promise.resolve([]),
      ]);
      const state: GroupState = { ownerId: installation.ownerId, clock: storedClock, storedBytes: new Map(attachmentIds.map((id, index) => [id, stored[index]?.bytes])) };
      // Each package's writes made in memory, in order (the clock runs through them), then issued together.
      const outcomes = group.map(({ ready }, index) => {
        onPackage?.(ready);
        const outcome = packageWrites(ready, seen[index], peers[index], state, now);
        if ('writes' in outcome) state.clock = outcome.writes.clock;
        return outcome;
      });
      const writes = outcomes.flatMap((outcome) => ('writes' in outcome ? [outcome.writes] : []));
      const keys = writes.flatMap((write) => (write.key ? [write.key] : []));
      // One bulkAdd (the records planned as new) and one bulkPut per table for the whole group, all
      // issued at once: IndexedDB queues them in the transaction. Adding refuses a row of the same
      // id already stored (under another branch: the central office's preview looks in the sender's
      // branch only), so the group fails rather than overwrite it.
      await Promise.all([
        ...[...recordsByTable(writes, true)].map(([table, records]) => db.table(table).bulkAdd(records).catch(refuseTakenIds)),
        ...[...recordsByTable(writes, false)].map(([table, records]) => db.table(table).bulkPut(records)),
        db.conflicts.bulkAdd(writes.flatMap((write) => write.conflicts)),
        db.syncState.bulkPut([...writes.map((write): SyncStateRow => write.peer), ...writes.slice(-1).map((write) => write.clock)]),
        db.syncPackages.bulkPut(writes.map((write) => write.packageRow)),
        ...(keys.length > 0 ? [db.syncKeys.bulkPut(keys)] : []),
      ]);
      // A rule set each taking package carries, in order (each receipt reads the set the one before stored).
      const done: ImportResult[] = [];
      for (const [index, outcome] of outcomes.entries()) {
        if ('result' in outcome) {
          done.push(outcome.result);
          continue;
        }
        const { ready } = group[index]!;
        const note = outcome.writes.older ? olderPackageNote(ready.manifest) : outcome.writes.takesRuleSet ? await rules.receive(ready.decoded.body.ruleSet, now) : '';
        done.push(importedMessage(ready, note));
      }
      // The central office's kept counts of every branch the group wrote, made inside the
      // transaction from the records as committed, so the 各支部 overview after an import reads
      // them instead of the branches' years of meetings.
      if (installation.role === 'central') {
        // With the import day's dues standing (the rule set in force read once for the group), so
        // the first 各支部 view after an import reads it instead of every branch's dues records.
        const dues = { today: localToday(now), rules: (await rules.active()).ruleSet.rules.dues };
        // Every branch's reads issued at once: the transaction queues them without a round trip per branch.
        // The records each package just wrote are taken as written, not read back.
        const counted = await Promise.all(writes.map((write) => countBranch(db, write.peer.peerId, write.peer.receivedSeq, { dues, written: recordsByTable([write]) })));
        kept.push(...counted);
      }
      return done;
    });
    // A database of its own (derived-db.ts), so written just after the commit; the rows carry the
    // received sequence they were made at, so a row that failed to be written is made again on the next view.
    if (kept.length > 0) await derived.branchCounts.bulkPut(kept).catch(() => undefined);
    // What the areas do with what arrived (e.g. a branch carrying out a transfer order), once the packages are safely stored.
    const last = results.map((result) => result.status).lastIndexOf('imported');
    if (last >= 0) {
      const note = await runImportFollowUps(db, await installationOf(db));
      if (note) results[last] = { ...results[last]!, message: results[last]!.message + note };
    }
    return results;
  }

  return {
    /**
     * Reads, verifies and plans a package without writing a record. A package with a gap
     * before it is kept in quarantine (with its bytes) until the missing one is imported.
     */
    async preview(bytes: Uint8Array, fileName: string, context?: PreviewContext): Promise<ImportPreview> {
      try {
        return await preview(bytes, fileName, context);
      } catch (error) {
        if (error instanceof PackageError || error instanceof SyncError) return { status: 'refused', fileName, message: error.message };
        throw error;
      }
    },

    /**
     * What every preview reads alike (the installation, this PC's keys and the keys trusted for
     * its peers), read once: a folder's previews pass it to `preview` instead of each reading
     * the whole key store. Valid while nothing is imported: take a new one for the next folder.
     */
    previewContext,

    /** Applies a previewed package in one transaction: records, conflicts, stream state, keys and clock. */
    async apply(ready: ReadyPreview, { confirmMassDelete = false } = {}): Promise<ImportResult> {
      return (await applyGroup([{ ready, confirmMassDelete }]))[0]!;
    },

    /**
     * Applies several previewed packages in ONE transaction, in order: one commit for the
     * group instead of one per package. Any failure (a package previewed against records that
     * changed since, a refused write) rolls the whole group back and is thrown; the caller then
     * applies the packages one by one (see importInGroups), so each stays all-or-nothing.
     * `onPackage` is told as each package's writes are issued (for the progress bar).
     */
    applyGroup,

    /** Packages waiting for a missing predecessor, oldest first. */
    async quarantined(peerId?: string) {
      const rows = await db.syncPackages.toArray();
      return rows.filter((row) => row.status === 'quarantined' && (!peerId || row.peerId === peerId)).sort((a, b) => a.seqFrom - b.seqFrom);
    },
  };
}

export type PackageImporter = ReturnType<typeof createPackageImporter>;
