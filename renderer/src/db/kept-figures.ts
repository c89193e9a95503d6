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

interface Lookup<T> {
  figures: Map<string, T>;
  /** Branches with no kept row of this slot, scope and version: made from their records. */
  missing: { branchId: string; version: string }[];
}

async function lookUp<T>(db: LedgerDatabase, derived: DerivedDatabase, { slot, scope, branchIds }: KeptFiguresRequest<T>): Promise<Lookup<T>> {
  const keys = branchIds.map((branchId) => `${branchId}|${slot}`);
  const [versionOf, stored] = await Promise.all([branchVersions(db), derived.keptFigures.bulkGet(keys)]);
  const waiting = unstored.get(derived);
  const figures = new Map<string, T>();
  const missing: Lookup<T>['missing'] = [];
  branchIds.forEach((branchId, index) => {
    const row = waiting?.get(keys[index]!) ?? stored[index];
    const version = versionOf(branchId);
    if (!row || row.scope !== scope || row.version !== version) missing.push({ branchId, version });
    else if (row.value !== undefined) figures.set(branchId, row.value as T);
  });
  return { figures, missing };
}

/** Makes one branch's figures and the rows to keep (this slot's and those `make` keeps of other slots). */
async function makeRows<T>({ slot, scope, make }: KeptFiguresRequest<T>, branchId: string, version: string): Promise<{ value: T | undefined; rows: KeptFiguresRow[] }> {
  const rows: KeptFiguresRow[] = [];
  const keep = (other: string, value: unknown) => rows.push({ key: `${branchId}|${other}`, branchId, scope, version, value });
  const value = await make(branchId, keep);
  keep(slot, value);
  return { value, rows };
}

/**
 * Each branch's figures for a slot and scope: kept ones where the branch's records have not
 * moved since they were made, the others made from the records and kept after the read.
 * A screen over a hundred branches then reads a hundred small rows instead of years of records.
 * For an export or a print, which need every branch at once; a screen uses `keptFiguresInPieces`.
 */
export async function keptFigures<T>(db: LedgerDatabase, derived: DerivedDatabase, request: KeptFiguresRequest<T>): Promise<Map<string, T>> {
  const { figures, missing } = await lookUp(db, derived, request);
  return makeNow(derived, request, figures, missing);
}

/** Makes the missing branches' figures within the read, adds them to `figures` and keeps them after it. */
async function makeNow<T>(derived: DerivedDatabase, request: KeptFiguresRequest<T>, figures: Map<string, T>, missing: Lookup<T>['missing']): Promise<Map<string, T>> {
  const made: KeptFiguresRow[] = [];
  await Promise.all(
    missing.map(async ({ branchId, version }) => {
      const { value, rows } = await makeRows(request, branchId, version);
      if (value !== undefined) figures.set(branchId, value);
      made.push(...rows);
    }),
  );
  if (made.length > 0) storeLater(derived, made);
  return figures;
}

/** Branches made at a time, stored before the next: the screen's progress moves about every few hundred ms. */
const PIECE = 8;
/** Rows being made in the background, by key, scope and version: a live query run again meanwhile does not start them twice. */
const making = new Set<string>();
/** A piece that failed: the next read of its rows throws it, once, so the screen says so instead of waiting. */
const failures = new Map<string, Error>();

/**
 * Runs outside the caller's Dexie zone (a timer's task): a live query neither tracks nor caches
 * the reads of figures being made. After the next frame where there is one, so that the screen
 * paints its progress before the first piece's work.
 */
export function outsideLiveQuery(run: () => Promise<void>): void {
  const later = () => setTimeout(() => void run(), 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
  else later();
}

export interface FiguresInPieces<T> {
  figures: Map<string, T>;
  /** Branches whose figures are still being made: the screen shows its progress until none are. */
  pending: number;
  of: number;
}

/**
 * The screen's form of `keptFigures`: returns the kept figures at once and makes the missing ones
 * after, outside the live query, a few branches at a time, storing each piece as it is made. The
 * live query reads the stored rows, so it runs again after each piece and the screen shows how
 * many branches are still counted (the first view after an import or on a new day, when the
 * whole hospital's years of records are read: seconds) instead of a spinner with nothing to do.
 * When no more than a piece is missing, they are made within the read as `keptFigures` does.
 */
export async function keptFiguresInPieces<T>(db: LedgerDatabase, derived: DerivedDatabase, request: KeptFiguresRequest<T>): Promise<FiguresInPieces<T>> {
  const { figures, missing } = await lookUp(db, derived, request);
  const of = request.branchIds.length;
  // A few branches (the office scored one, one package imported) are made within the read, as
  // before: the screen stays as it was, an open row stays open.
  if (missing.length <= PIECE) return { figures: await makeNow(derived, request, figures, missing), pending: 0, of };
  const idOf = ({ branchId, version }: { branchId: string; version: string }) => `${branchId}|${request.slot}|${request.scope}|${version}`;
  for (const branch of missing) {
    const failed = failures.get(idOf(branch));
    if (failed) {
      failures.delete(idOf(branch));
      throw failed;
    }
  }
  const start = missing.filter((branch) => !making.has(idOf(branch)));
  for (const branch of start) making.add(idOf(branch));
  if (start.length > 0)
    outsideLiveQuery(async () => {
      for (let at = 0; at < start.length; at += PIECE) {
        const piece = start.slice(at, at + PIECE);
        try {
          const made = await Promise.all(piece.map(({ branchId, version }) => makeRows(request, branchId, version)));
          await derived.keptFigures.bulkPut(made.flatMap((each) => each.rows));
        } catch (error) {
          for (const branch of start.slice(at)) failures.set(idOf(branch), error as Error);
          // The rows already stored woke the live query; a write of nothing wakes it for the failure.
          for (const branch of start) making.delete(idOf(branch));
          await derived.keptFigures.bulkDelete([`${piece[0]!.branchId}|${request.slot}`]);
          return;
        } finally {
          for (const branch of piece) making.delete(idOf(branch));
        }
      }
    });
  return { figures, pending: missing.length, of };
}
