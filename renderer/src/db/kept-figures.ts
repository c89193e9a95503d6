import { TO_CENTRAL_STREAM, type ClockRow } from './change-log';
import type { LedgerDatabase } from './database';
import type { DerivedDatabase, KeptFiguresRow } from './derived-db';
import type { PeerRow } from './sync-rows';

declare const __APP_VERSION__: string;

/**
 * Bumped when the way kept figures are stored changes; the app's version (in the version key)
 * covers a change of how they are computed, as every release bumps it.
 */
const KEPT_FIGURES_FORMAT = 3; // 2: the assessment figures gained talkCoverage and monthlyReportsOnTime; 3: 统计报表 counts 谈心谈话 from the talk records

/**
 * What a branch's records are at, per branch: a kept figure made at another version is made
 * again. At the central office a branch's records change only by importing its packages
 * (`receivedSeq`) or by the office's own writes for it, which go to the stream of that branch
 * (`lastSeq[branchId]`: reviews, results). On a branch PC, its own writes and whatever the
 * office's returns brought. The ledger's schema version and the app's version are part of it.
 */
export async function branchVersions(db: LedgerDatabase): Promise<(branchId: string) => string> {
  const [installation, rows] = await Promise.all([db.installation.get('this-pc'), db.syncState.toArray()]);
  const clock = rows.find((row) => row.key === 'clock') as ClockRow | undefined;
  const peers = rows.filter((row): row is PeerRow => typeof row.key === 'string' && row.key.startsWith('peer:'));
  const received = new Map(peers.map((peer) => [peer.peerId, peer.receivedSeq]));
  const prefix = `${KEPT_FIGURES_FORMAT}:${__APP_VERSION__}:${db.verno}`;
  if (installation?.role === 'central') {
    return (branchId) => `${prefix}:${received.get(branchId) ?? 0}:${clock?.lastSeq[branchId] ?? 0}`;
  }
  const all = `${prefix}:${peers.map((peer) => `${peer.peerId}=${peer.receivedSeq}`).join(',')}:${clock?.lastSeq[TO_CENTRAL_STREAM] ?? 0}`;
  return () => all;
}

/** A short fingerprint of a value (rule set, calendar) for a scope key: FNV-1a over its JSON, twice with different seeds. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** Rows made but perhaps not yet stored (they are written after the read): a read meanwhile finds them here. */
const unstored = new WeakMap<DerivedDatabase, Map<string, KeptFiguresRow>>();

function storeLater(derived: DerivedDatabase, rows: KeptFiguresRow[]): void {
  const waiting = unstored.get(derived) ?? unstored.set(derived, new Map()).get(derived)!;
  for (const row of rows) waiting.set(row.key, row);
  const settled = () => {
    for (const row of rows) if (waiting.get(row.key) === row) waiting.delete(row.key);
  };
  // Outside the read: a live query may not write. Should it fail, they are made again next time.
  setTimeout(() => void derived.keptFigures.bulkPut(rows).then(settled, settled), 0);
}

export interface KeptFiguresRequest<T> {
  /** Which figures of a branch: a screen's table and period, e.g. `stat:dues:2026-11`. */
  slot: string;
  /** What else they depend on (today, the rules): a row made under another scope is made again. */
  scope: string;
  branchIds: readonly string[];
  /**
   * Makes one branch's figures from its records (undefined: the branch has none to show).
   * `keep` stores figures of other slots made from the same read, under the same scope.
   */
  make: (branchId: string, keep: (slot: string, value: unknown) => void) => Promise<T | undefined>;
}

/**
 * Each branch's figures for a slot and scope: kept ones where the branch's records have not
 * moved since they were made, the others made from the records and kept after the read.
 * A screen over a hundred branches then reads a hundred small rows instead of years of records.
 */
export async function keptFigures<T>(db: LedgerDatabase, derived: DerivedDatabase, request: KeptFiguresRequest<T>): Promise<Map<string, T>> {
  const { slot, scope, branchIds, make } = request;
  const keys = branchIds.map((branchId) => `${branchId}|${slot}`);
  const [versionOf, stored] = await Promise.all([branchVersions(db), derived.keptFigures.bulkGet(keys)]);
  const waiting = unstored.get(derived);
  const kept = keys.map((key, index) => waiting?.get(key) ?? stored[index]);
  const figures = new Map<string, T>();
  const made: KeptFiguresRow[] = [];
  await Promise.all(
    branchIds.map(async (branchId, index) => {
      const row = kept[index];
      const version = versionOf(branchId);
      if (row && row.scope === scope && row.version === version) {
        if (row.value !== undefined) figures.set(branchId, row.value as T);
        return;
      }
      const keep = (other: string, value: unknown) => made.push({ key: `${branchId}|${other}`, branchId, scope, version, value });
      const value = await make(branchId, keep);
      if (value !== undefined) figures.set(branchId, value);
      keep(slot, value);
    }),
  );
  if (made.length > 0) storeLater(derived, made);
  return figures;
}
