import type { PackageManifest, SenderStreamState, SequenceCheck } from './types';

/** A receiver's state for a sender it has never heard from. */
export const EMPTY_STREAM: SenderStreamState = { lastSeq: 0, seenPackageIds: [] };

/**
 * Who can fill a gap. A branch re-sends everything unacknowledged with any new report; the
 * central office's returns are not acknowledged, so only its 重新生成全部回执 re-sends a lost one.
 */
const GAP_REMEDY: Record<PackageManifest['kind'], string> = {
  'branch-report': '请先导入缺少的报送包；如已丢失，请支部重新导出报送包（会包含所有尚未确认的变更）。',
  'central-return': '请先导入缺少的回执；如已丢失，请联系院党委组织部门为本支部重新导出（重新生成全部回执），再导入新的回执。',
};

/**
 * Where a package stands in its sender's stream (docs/sync-format.md, "Sequence numbers").
 * A gap is never accepted silently: the package waits in quarantine, naming what is missing.
 * An overlap is normal (a branch re-sends everything not yet acknowledged) and is ok: the
 * changes already here are skipped by planImport.
 */
export function checkSequence(stream: SenderStreamState, manifest: Pick<PackageManifest, 'packageId' | 'seqFrom' | 'seqTo' | 'kind'>): SequenceCheck {
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
      message: `缺少${range}变更（之前的数据包尚未导入），此数据包已暂存隔离。${GAP_REMEDY[manifest.kind]}`,
    };
  }
  return { status: 'ok', newFrom: Math.max(manifest.seqFrom, lastSeq + 1) };
}

/** The stream state once a package that passed checkSequence is imported. */
export function advanceStream(stream: SenderStreamState, manifest: Pick<PackageManifest, 'packageId' | 'seqTo'>): SenderStreamState {
  return { lastSeq: Math.max(stream.lastSeq, manifest.seqTo), seenPackageIds: [...stream.seenPackageIds, manifest.packageId] };
}
