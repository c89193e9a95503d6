import { BackupError } from '../../../../../shared/backup/backup-errors';
import { BACKUP_EXTENSION, BackupTableWriter, openBackup, readBackupHeader, writeBackup, type BackupSummary, type OpenedBackup } from '../../../../../shared/backup/backup-file';
import { localTimeOf } from '../../../../../shared/backup/retention';
import type { BaseRecord } from '../../../../../shared/records/base-record';
import type { ChangeLogRow, ClockRow } from '../../../db/change-log';
import { BRANCH_SYNCED_TABLES, CENTRAL_SYNCED_TABLES, LedgerDatabase, type InstallationRow } from '../../../db/database';
import { TO_CENTRAL_STREAM } from '../../../db/change-log';
import { DerivedDatabase } from '../../../db/derived-db';
import { derivedDb, ledgerDb } from '../../../db/ledger-db';
import { MEETING_FACTS_TABLE } from '../../../db/meeting-facts-middleware';
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../db/schema';
import type { PeerRow, SyncKeyRow, SyncStateRow } from '../../../db/sync-rows';
import { safeFileNamePart } from '../../../../../shared/files/file-names';
import { createKeysRepository, findEnrolment, KEY_BACKUP_EXTENSION, KeyError, listPeers } from '../../sync/data';
import { syncAfterRestore, type StreamRecord } from './sync-after-restore';

/**
 * Backups of the whole database (docs/security.md, "Backups"): every table, local ones
 * included, except this PC's keys (`syncKeys`), whose private halves are non-extractable
 * CryptoKeys and whose copy is the .zbkey file. The peers' public keys, which a restore on
 * a new PC needs to trust its peers again, travel as the pseudo-table `trustedPeerKeys`.
 */

export const KEYS_TABLE = 'syncKeys';
export const TRUSTED_PEER_KEYS = 'trustedPeerKeys';
export const BACKUP_FILTERS = [{ name: '备份文件', extensions: [BACKUP_EXTENSION] }];
export const KEY_BACKUP_FILTERS = [{ name: '密钥备份文件', extensions: [KEY_BACKUP_EXTENSION] }];

/** Every table a backup holds, in order: the database's own (so a table added later is included by itself), then the peers' keys. */
export function backedUpTables(db: LedgerDatabase): string[] {
  return [...db.tables.map((table) => table.name).filter((name) => name !== KEYS_TABLE), TRUSTED_PEER_KEYS];
}

export interface MadeBackup {
  bytes: Uint8Array;
  fileName: string;
  summary: Pick<BackupSummary, 'createdAt' | 'origin' | 'counts' | 'encrypted'>;
}

export type BackupPreview =
  | {
      status: 'ready';
      fileName: string;
      summary: BackupSummary;
      /** Said in the confirmation: a backup of another installation, an unencrypted one. */
      warnings: string[];
      /** Rows per table on this PC now, beside the backup's. */
      currentCounts: Record<string, number>;
      opened: OpenedBackup;
    }
  | { status: 'refused'; fileName: string; message: string };

export interface RestoreResult {
  counts: Record<string, number>;
  /** In Chinese: what the restore did to sync, when anything had been sent after the backup. */
  syncNote?: string;
}

/** Local wall time as a file name part: 20261202-0905. */
function stamp(date: Date): string {
  return localTimeOf(date).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

export function backupFileName(installation: Pick<InstallationRow, 'name'> | undefined, date: Date): string {
  return `支部工作台账备份-${safeFileNamePart(installation?.name ?? '未设置')}-${stamp(date)}.${BACKUP_EXTENSION}`;
}

/** The stream a write of the record goes to, as trackWrites numbers it. */
function streamRecords(role: string, tables: Map<string, unknown[]>): StreamRecord[] {
  const names: readonly string[] = role === 'central' ? CENTRAL_SYNCED_TABLES : BRANCH_SYNCED_TABLES;
  return names.flatMap((table) =>
    ((tables.get(table) ?? []) as BaseRecord[]).map((record) => ({ stream: role === 'central' ? record.branchId : TO_CENTRAL_STREAM, table, id: record.id })),
  );
}

/**
 * A backup made by an earlier version of the app, brought to this version by the app's own
 * schema upgrades: written into a scratch database declared at the backup's version, then
 * opened as today's database (which runs every later upgrade), then read back. The scratch
 * database is deleted whatever happens.
 */
async function upgradedTables(opened: OpenedBackup, scratchName: string): Promise<Map<string, unknown[]>> {
  const version = opened.summary.schemaVersion;
  const old = new Dexie(scratchName);
  for (const schema of SCHEMA_VERSIONS.filter((each) => each.version <= version)) {
    const declared = old.version(schema.version).stores(schema.stores);
    if (schema.upgrade) declared.upgrade(schema.upgrade);
  }
  try {
    await old.open();
    const expected = [...old.tables.map((table) => table.name).filter((name) => name !== KEYS_TABLE), TRUSTED_PEER_KEYS];
    if (opened.tables.size !== expected.length || !expected.every((table) => opened.tables.has(table))) throw new BackupError('damaged', `tables of version ${version}`);
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) if (table.name !== KEYS_TABLE) await table.bulkAdd(opened.tables.get(table.name)!);
    });
    old.close();
    const current = new LedgerDatabase(scratchName);
    try {
      const tables = new Map<string, unknown[]>();
      for (const table of current.tables) if (table.name !== KEYS_TABLE) tables.set(table.name, await table.toArray());
      tables.set(TRUSTED_PEER_KEYS, opened.tables.get(TRUSTED_PEER_KEYS)!);
      return tables;
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await Dexie.delete(scratchName);
  }
}

export function createBackupRepository(db: LedgerDatabase, clock: () => Date = () => new Date(), derived: DerivedDatabase = new DerivedDatabase(db.name)) {
  const keys = createKeysRepository(db, clock);

  /**
   * Every table read in one read-only transaction (a backup is one moment, even while the
   * user keeps working), each row encoded as the cursor passes it, never a table's objects at once.
   */
  async function snapshot(): Promise<{ installation?: InstallationRow; tables: BackupTableWriter[] }> {
    const names = db.tables.map((table) => table.name);
    return db.transaction('r', names, async () => {
      // As stored: 身份证号 and 电话 stay sealed under the app lock, whose record is in the backup too.
      db.fieldKeys.passThroughCurrentTransaction();
      const installation = await db.installation.get('this-pc');
      const writers: BackupTableWriter[] = [];
      for (const name of names.filter((table) => table !== KEYS_TABLE)) {
        const writer = new BackupTableWriter(name);
        await db.table(name).each((row) => writer.add(row));
        writers.push(writer.end());
      }
      const peerKeys = new BackupTableWriter(TRUSTED_PEER_KEYS);
      await db.syncKeys.each((row) => {
        if (row.owner === 'peer') peerKeys.add(row);
      });
      writers.push(peerKeys.end());
      return { installation, tables: writers };
    });
  }

  async function ownKey() {
    const own = await keys.ownKeys();
    return own ? { keyId: own.publicKeys.keyId, encryptionPrivateKey: own.encryptionPrivateKey } : undefined;
  }

  return {
    /**
     * Whether anything was recorded besides what setup writes (the branch itself): a
     * backup of a database holding only that is worth nothing, and the first automatic
     * backup waits for the first real data.
     */
    async hasData(): Promise<boolean> {
      for (const name of [...BRANCH_SYNCED_TABLES, ...CENTRAL_SYNCED_TABLES]) {
        if (name === 'branches') continue;
        if ((await db.table(name).limit(1).count()) > 0) return true;
      }
      return false;
    },

    /** Whether a backup made now is encrypted: only once this PC has its keys (from enrolment, or the central office's own). */
    async willEncrypt(): Promise<boolean> {
      return (await keys.ownPublicKeys()) !== undefined;
    },

    /**
     * A new PC (or a reinstalled system) takes the old PC's keys from its .zbkey file, so that
     * the old PC's encrypted backups open here. Only on a PC without keys of its own: a second
     * key set would make this PC's own backups unreadable to it.
     */
    async adoptKeyBackup(keyBackup: Uint8Array, passphrase: string): Promise<void> {
      if (await keys.ownPublicKeys()) throw new KeyError('本机已有自己的密钥，不能再导入其他电脑的密钥。');
      const installation = await db.installation.get('this-pc');
      if (!installation) throw new KeyError('请先完成初始设置。');
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(keyBackup);
      } catch {
        throw new KeyError('密钥备份文件无效或已损坏。');
      }
      await keys.restore(installation.ownerId, text, passphrase);
    },

    /**
     * The whole database as a backup file, encrypted to this PC's own key when it has one
     * (a PC before enrolment has none: the backup is then unencrypted, and the screen says so).
     */
    async make(): Promise<MadeBackup> {
      const own = await keys.ownPublicKeys();
      const { installation, tables } = await snapshot();
      const counts = Object.fromEntries(tables.map((table) => [table.table, table.rows]));
      const now = clock();
      const origin = installation ? { role: installation.role, name: installation.name, ownerId: installation.ownerId } : null;
      const bytes = await writeBackup({ createdAt: now.toISOString(), schemaVersion: CURRENT_SCHEMA_VERSION, origin, tables, encryptTo: own ?? null });
      return { bytes, fileName: backupFileName(installation, now), summary: { createdAt: now.toISOString(), origin, counts, encrypted: own !== undefined } };
    },

    /** Reads and checks the whole file, and says what restoring it would do; writes nothing. */
    async preview(bytes: Uint8Array, fileName: string): Promise<BackupPreview> {
      try {
        const read = await openBackup(bytes, { schemaVersion: CURRENT_SCHEMA_VERSION, oldestSchemaVersion: SCHEMA_VERSIONS[0]!.version, ownKey: await ownKey() });
        const older = read.summary.schemaVersion < CURRENT_SCHEMA_VERSION;
        const opened = older ? { summary: read.summary, tables: await upgradedTables(read, `${db.name}-restore-${crypto.randomUUID()}`) } : read;
        const expected = backedUpTables(db);
        const held = [...opened.tables.keys()];
        if (held.length !== expected.length || !expected.every((table) => opened.tables.has(table))) throw new BackupError('damaged', `tables ${held.join(',')}`);
        const installation = await db.installation.get('this-pc');
        const origin = opened.summary.origin;
        const restoredInstallation = (opened.tables.get('installation') as InstallationRow[]).find((row) => row.key === 'this-pc');
        // Restoring it would wipe the PC back to the first-run wizard: nothing in it is worth that.
        if (!origin || !restoredInstallation || restoredInstallation.ownerId !== origin.ownerId) {
          return { status: 'refused', fileName, message: '此备份是在本机完成初始设置之前生成的，不含本机的任何记录，不能用它恢复，未做任何改动。' };
        }
        const warnings: string[] = [];
        if (installation && origin.ownerId !== installation.ownerId) {
          // A linked PC has promised the central office who it is; another identity would break that link.
          if (await findEnrolment(db)) {
            return { status: 'refused', fileName, message: `此备份属于“${origin.name}”（另一个支部或本机登记之前的数据），而本机已登记为“${installation.name}”，不能用它恢复，未做任何改动。` };
          }
          warnings.push(`此备份来自“${origin.name}”，不是本机当前的“${installation.name}”：恢复后本机将完全变为备份中的单位和数据。`);
        }
        if (!opened.summary.encrypted) warnings.push('此备份未加密（生成时本机尚未登记、没有密钥）。');
        if (older) warnings.push(`此备份由旧版本软件生成（数据结构第 ${read.summary.schemaVersion} 版），恢复时会先按本版本（第 ${CURRENT_SCHEMA_VERSION} 版）的规则升级，已核对升级成功。`);
        const currentCounts: Record<string, number> = {};
        for (const table of db.tables) if (table.name !== KEYS_TABLE) currentCounts[table.name] = await table.count();
        currentCounts[TRUSTED_PEER_KEYS] = await db.syncKeys.filter((row) => row.owner === 'peer').count();
        return { status: 'ready', fileName, summary: opened.summary, warnings, currentCounts, opened };
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        let message = error.message;
        if (error.code === 'needs-key' || error.code === 'foreign-key') {
          const header = readBackupHeader(bytes);
          if (header.origin) message = `${message}（备份来自“${header.origin.name}”，${new Date(header.createdAt).toLocaleString('zh-CN')}）`;
        }
        return { status: 'refused', fileName, message };
      }
    },

    /**
     * Puts every table back as the backup holds it, in one transaction: either all of it is
     * restored or nothing changed. This PC's keys stay as they are; peers' public keys the
     * backup knows are added when missing. See sync-after-restore.ts for the sync bookkeeping.
     */
    async restore(preview: Extract<BackupPreview, { status: 'ready' }>): Promise<RestoreResult> {
      const { tables } = preview.opened;
      const backupSync = tables.get('syncState') as SyncStateRow[];
      const role = (tables.get('installation') as InstallationRow[]).find((row) => row.key === 'this-pc')?.role ?? 'branch';
      const names = db.tables.map((table) => table.name);
      const result = await db.transaction('rw', names, async () => {
        // As the backup holds them (values sealed under its own lock record stay so; clear ones are sealed on the next unlock).
        db.fieldKeys.passThroughCurrentTransaction();
        const current = { clock: (await db.syncState.get('clock')) as ClockRow | undefined, peers: await listPeers(db) as PeerRow[] };
        const sync = syncAfterRestore({
          role,
          current,
          backup: { syncState: backupSync, changeLog: tables.get('changeLog') as ChangeLogRow[] },
          records: streamRecords(role, tables),
        });
        for (const name of names) {
          // The meetings' facts are made again from the restored meetings as they are written (meeting-facts-middleware.ts), never taken from the file.
          if (name === KEYS_TABLE || name === MEETING_FACTS_TABLE) continue;
          const table = db.table(name);
          await table.clear();
          const rows = name === 'syncState' ? sync.syncState : name === 'changeLog' ? sync.changeLog : tables.get(name)!;
          await table.bulkAdd(rows);
        }
        const known = new Set((await db.syncKeys.toCollection().primaryKeys()) as string[]);
        const missing = (tables.get(TRUSTED_PEER_KEYS) as SyncKeyRow[]).filter((row) => row.owner === 'peer' && !known.has(row.keyId));
        await db.syncKeys.bulkAdd(missing);
        return sync;
      });
      // Figures made from the records before the restore: made again from the restored ones on the next read.
      await Promise.all([derived.branchCounts.clear(), derived.keptFigures.clear()]);
      const counts = Object.fromEntries([...tables].map(([table, rows]) => [table, rows.length]));
      if (result.requeued.length === 0) return { counts };
      const total = result.requeued.reduce((sum, stream) => sum + stream.to - stream.from + 1, 0);
      return {
        counts,
        syncNote: `备份之后已报送过的变更序号不会重复使用：恢复的 ${total} 条记录已重新排入下一次报送，院党委组织科导入时只会补上缺少的，不会用旧数据覆盖较新的数据。`,
      };
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;

/** The app's backups, over the app's database. */
export const backupRepository = createBackupRepository(ledgerDb, undefined, derivedDb);
