import type { PackageManifest, SenderStreamState, SequenceCheck } from './types';

/** A receiver's state for a sender it has never heard from. */
export const EMPTY_STREAM: SenderStreamState = { lastSeq: 0, seenPackageIds: [] };

/**
 * Where a package stands in its sender's stream (docs/sync-format.md, "Sequence numbers").
 * A gap is never accepted silently: the package waits in quarantine, naming what is missing.
 * An overlap is normal (a branch re-sends everything not yet acknowledged) and is ok: the
 * changes already here are skipped by planImport.
 */
export function checkSequence(stream: SenderStreamState, manifest: Pick<PackageManifest, 'packageId' | 'seqFrom' | 'seqTo'>): SequenceCheck {
  const { lastSeq } = stream;
  const empty = manifest.seqTo < manifest.seqFrom;
  if (stream.seenPackageIds.includes(manifest.packageId) || (!empty && manifest.seqTo <= lastSeq)) {
    return { status: 'replay', message: '此数据包已导入过，本次导入不会改变任何记录。' };
  }
  if (manifest.seqFrom > lastSeq + 1) {
    const missingFrom = lastSeq + 1;
    const missingTo = manifest.seqFrom - 1;
    const range = missingFrom === missingTo ? `第 ${missingFrom} 号` : `第 ${missingFrom}–${missingTo} 号`;
    return {
      status: 'gap',
      missingFrom,
      missingTo,
      message: `缺少${range}变更（之前的数据包尚未导入），此数据包已暂存隔离。请先导入缺少的数据包，或请支部重新导出。`,
    };
  }
  return { status: 'ok', newFrom: Math.max(manifest.seqFrom, lastSeq + 1) };
}

/** The stream state once a package that passed checkSequence is imported. */
export function advanceStream(stream: SenderStreamState, manifest: Pick<PackageManifest, 'packageId' | 'seqTo'>): SenderStreamState {
  return { lastSeq: Math.max(stream.lastSeq, manifest.seqTo), seenPackageIds: [...stream.seenPackageIds, manifest.packageId] };
}
