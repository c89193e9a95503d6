import type { ImportPreview, ImportResult, PackageImporter, PreviewContext, ReadyPreview } from './import-package';
import { describeSyncError } from './sync-state';

/**
 * Packages previewed at once. A preview waits on WebCrypto (off the page's thread) and on
 * IndexedDB (in the browser process) between its parsing and planning on the page's thread;
 * with two under way, one's waits overlap the other's work (issue 23, round 7).
 */
export const PREVIEW_CONCURRENCY = 2;

export interface FolderPreviewOptions {
  concurrency?: number;
  /** Told as each package's preview begins: `done` previews finished of `total`. */
  onProgress?: (done: number, total: number, fileName: string) => void;
}

/**
 * Previews the packages of a folder, a few at a time, the installation and key store read once
 * for the folder. The previews come back in the order of the names; a file that cannot be read
 * or previewed is refused with its reason in Chinese, the others go on. Nothing is written (but
 * a package with a gap before it, quarantined as a single file's preview does).
 */
export async function previewFolder(
  importer: Pick<PackageImporter, 'preview' | 'previewContext'>,
  names: readonly string[],
  read: (index: number) => Promise<Uint8Array>,
  options: FolderPreviewOptions = {},
): Promise<ImportPreview[]> {
  // Without it (no installation yet) each preview reads for itself and says what is missing.
  const context: PreviewContext | undefined = await importer.previewContext().catch(() => undefined);
  const previews: ImportPreview[] = new Array(names.length);
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < names.length) {
      const index = next++;
      const fileName = names[index]!;
      options.onProgress?.(done, names.length, fileName);
      try {
        previews[index] = await importer.preview(await read(index), fileName, context);
      } catch (error) {
        previews[index] = { status: 'refused', fileName, message: describeSyncError(error) };
      }
      done += 1;
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? PREVIEW_CONCURRENCY, names.length)) }, worker));
  return previews;
}

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
