import { useRef, useState } from 'react';
import { getPlatform } from '../../platform';
import type { ImportPreview, ReadyPreview } from './data/import-package';
import { PACKAGE_FILTERS } from './data/package-files';
import { importInGroups, previewFolder } from './data/import-groups';
import { packageImporter } from './data/sync-repository';

export interface PreviewEntry {
  preview: ImportPreview;
  massDeleteConfirmed: boolean;
  outcome?: { type: 'success' | 'info' | 'error'; message: string };
}

export interface ImportProgress {
  done: number;
  total: number;
  label: string;
  /** While applying: a cancel stops before the next group of packages. */
  cancellable?: boolean;
}

/**
 * Picking packages (one file, or every package in a folder), previewing each before
 * anything is written, then applying the ready ones in groups of one transaction each
 * (import-groups.ts), with progress and a cancel between groups.
 */
export function usePackageImport() {
  const [entries, setEntries] = useState<PreviewEntry[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  /** What the last import as a whole came to: a cancel, or the first package that failed. */
  const [summary, setSummary] = useState<{ type: 'warning' | 'error'; message: string } | null>(null);
  const cancelRequested = useRef(false);

  async function previewAll(names: string[], read: (index: number) => Promise<Uint8Array>) {
    const previews = await previewFolder(packageImporter, names, read, {
      onProgress: (done, total, name) => setProgress({ done, total, label: `正在校验 ${name}` }),
    });
    setProgress(null);
    setEntries(previews.map((preview): PreviewEntry => ({ preview, massDeleteConfirmed: false })));
  }

  return {
    entries,
    progress,
    summary,
    clear: () => {
      setEntries([]);
      setSummary(null);
    },
    /** Stops the import before its next group; the groups already committed stay imported. */
    cancel: () => {
      cancelRequested.current = true;
      setProgress((current) => current && { ...current, label: `${current.label}：本组写完后停止`, cancellable: false });
    },

    async pickOne(title: string) {
      const file = await getPlatform().openFile({ title, filters: PACKAGE_FILTERS });
      if (file) await previewAll([file.name], async () => file.bytes);
    },

    async pickMany(title: string) {
      const files = await getPlatform().openManyFiles({ title, filters: PACKAGE_FILTERS });
      if (files) await previewAll(files.names, files.read);
    },

    confirmMassDelete(index: number, confirmed: boolean) {
      setEntries((current) => current.map((entry, at) => (at === index ? { ...entry, massDeleteConfirmed: confirmed } : entry)));
    },

    /** Applies every ready package not yet applied, in order (oldest sequence first). */
    async applyReady() {
      const order = entries
        .map((entry, index) => ({ entry, index }))
        .filter(({ entry }) => entry.preview.status === 'ready' && !entry.outcome)
        .sort((a, b) => (a.entry.preview as ReadyPreview).manifest.seqFrom - (b.entry.preview as ReadyPreview).manifest.seqFrom);
      const outcomes = new Map<number, PreviewEntry['outcome']>();
      const confirmed = order.filter(({ entry }) => !(entry.preview as ReadyPreview).massDelete || entry.massDeleteConfirmed);
      for (const { index } of order.filter((item) => !confirmed.includes(item))) outcomes.set(index, { type: 'error', message: '未确认批量删除，此数据包未导入。' });
      cancelRequested.current = false;
      setSummary(null);
      const grouped = await importInGroups(
        packageImporter,
        confirmed.map(({ entry }) => ({ ready: entry.preview as ReadyPreview, confirmMassDelete: entry.massDeleteConfirmed })),
        {
          onProgress: (done, total, fileName) => {
            const stopping = cancelRequested.current ? '；本组写完后停止' : '';
            setProgress({ done, total, label: `正在导入 ${fileName}（第 ${done + 1} 个，共 ${total} 个${stopping}）`, cancellable: !stopping });
          },
          cancelled: () => cancelRequested.current,
        },
      );
      grouped.outcomes.forEach((outcome, position) => {
        if (!outcome) return;
        const message = outcome.status === 'failed' ? `导入失败，未写入任何记录：${outcome.message}` : outcome.message;
        outcomes.set(confirmed[position]!.index, { type: outcome.status === 'imported' ? 'success' : outcome.status === 'failed' ? 'error' : 'info', message });
      });
      const left = grouped.outcomes.filter((outcome) => !outcome).length;
      if (grouped.firstFailure) {
        setSummary({ type: 'error', message: `第一个未能导入的数据包是“${grouped.firstFailure.fileName}”：${grouped.firstFailure.message}它未写入任何记录；其他数据包的结果见下方。` });
      } else if (grouped.cancelled) {
        setSummary({ type: 'warning', message: `已取消：${confirmed.length - left} 个数据包已导入，其余 ${left} 个未写入任何记录，可再次点击“确认导入”。` });
      }
      setProgress(null);
      setEntries((current) => current.map((entry, index) => (outcomes.has(index) ? { ...entry, outcome: outcomes.get(index) } : entry)));
    },
  };
}
