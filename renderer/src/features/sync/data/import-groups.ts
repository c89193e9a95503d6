import type { ImportResult, PackageImporter, ReadyPreview } from './import-package';
import { describeSyncError } from './sync-state';

/** A previewed package waiting to be applied, with the user's answer to a mass-delete warning. */
export interface PendingImport {
  ready: ReadyPreview;
  confirmMassDelete: boolean;
}

export type ImportOutcome = ImportResult | { status: 'failed'; message: string };

export interface GroupLimits {
  /** Packages per transaction. */
  packages: number;
  /** Records written per transaction: a group's commit stays short and a failed group costs little to redo. */
  writes: number;
}

/**
 * Measured with the bench's 150 branch-year packages (about 150 records each): beyond 20 per
 * transaction the rate no longer rises, while a rolled-back group's redo grows.
 */
export const DEFAULT_GROUP_LIMITS: GroupLimits = { packages: 20, writes: 5000 };

function writesOf(ready: ReadyPreview): number {
  const { plan } = ready;
  return plan.added.length + plan.changed.length + plan.deleted.length + plan.conflicts.length;
}

/**
 * Splits the packages, in the order given, into groups for one transaction each. A group
 * never holds two packages of one sender: the later was previewed against the stream as it
 * stood before the earlier, so it must see the earlier committed first.
 */
export function groupsOf<T extends PendingImport>(items: readonly T[], limits: GroupLimits = DEFAULT_GROUP_LIMITS): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let senders = new Set<string>();
  let writes = 0;
  for (const item of items) {
    const sender = item.ready.manifest.senderId;
    const size = writesOf(item.ready);
    if (current.length > 0 && (current.length >= limits.packages || writes + size > limits.writes || senders.has(sender))) {
      groups.push(current);
      current = [];
      senders = new Set();
      writes = 0;
    }
    current.push(item);
    senders.add(sender);
    writes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export interface GroupedImport {
  /** Per package, in the order given; absent for the packages a cancel left unapplied. */
  outcomes: (ImportOutcome | undefined)[];
  /** The first package that could not be imported, named for the message on screen. */
  firstFailure?: { fileName: string; message: string };
  cancelled: boolean;
}

export interface GroupedImportOptions {
  limits?: GroupLimits;
  /** Told as each package's writes begin: `done` packages before it of `total`. */
  onProgress?: (done: number, total: number, fileName: string) => void;
  /** Asked between groups: true stops before the next group (the ones committed stay). */
  cancelled?: () => boolean;
}

/**
 * Applies previewed packages in groups of one transaction each. When a group fails, nothing of
 * it was written; its packages are then applied one by one, so each stays all-or-nothing, the
 * good ones are imported and the first failing one is named.
 */
export async function importInGroups(importer: Pick<PackageImporter, 'apply' | 'applyGroup'>, items: readonly PendingImport[], options: GroupedImportOptions = {}): Promise<GroupedImport> {
  const outcomes: (ImportOutcome | undefined)[] = items.map(() => undefined);
  const indexed = items.map((item, index) => ({ ...item, index }));
  let done = 0;
  let firstFailure: GroupedImport['firstFailure'];
  for (const group of groupsOf(indexed, options.limits)) {
    if (options.cancelled?.()) return { outcomes, firstFailure, cancelled: true };
    try {
      let at = done;
      const results = await importer.applyGroup(group, (ready) => options.onProgress?.(at++, items.length, ready.fileName));
      results.forEach((result, position) => (outcomes[group[position]!.index] = result));
    } catch {
      for (const item of group) {
        options.onProgress?.(done, items.length, item.ready.fileName);
        try {
          outcomes[item.index] = await importer.apply(item.ready, { confirmMassDelete: item.confirmMassDelete });
        } catch (error) {
          const message = describeSyncError(error);
          outcomes[item.index] = { status: 'failed', message };
          firstFailure ??= { fileName: item.ready.fileName, message };
        }
        done += 1;
      }
      continue;
    }
    done += group.length;
  }
  return { outcomes, firstFailure, cancelled: false };
}
