import { useState } from 'react';
import { getPlatform } from '../../platform';
import type { ImportPreview, ReadyPreview } from './data/import-package';
import { PACKAGE_FILTERS } from './data/package-files';
import { packageImporter } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';

export interface PreviewEntry {
  preview: ImportPreview;
  massDeleteConfirmed: boolean;
  outcome?: { type: 'success' | 'info' | 'error'; message: string };
}

export interface ImportProgress {
  done: number;
  total: number;
  label: string;
}

/**
 * Picking packages (one file, or every package in a folder), previewing each before
 * anything is written, then applying the ready ones one transaction each, with progress.
 */
export function usePackageImport() {
  const [entries, setEntries] = useState<PreviewEntry[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  async function previewAll(names: string[], read: (index: number) => Promise<Uint8Array>) {
    const previews: PreviewEntry[] = [];
    for (const [index, name] of names.entries()) {
      setProgress({ done: index, total: names.length, label: `正在校验 ${name}` });
      let preview: ImportPreview;
      try {
        preview = await packageImporter.preview(await read(index), name);
      } catch (error) {
        preview = { status: 'refused', fileName: name, message: describeSyncError(error) };
      }
      previews.push({ preview, massDeleteConfirmed: false });
    }
    setProgress(null);
    setEntries(previews);
  }

  return {
    entries,
    progress,
    clear: () => setEntries([]),

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
      for (const [done, { entry, index }] of order.entries()) {
        setProgress({ done, total: order.length, label: `正在导入 ${entry.preview.fileName}` });
        const ready = entry.preview as ReadyPreview;
        if (ready.massDelete && !entry.massDeleteConfirmed) {
          outcomes.set(index, { type: 'error', message: '未确认批量删除，此数据包未导入。' });
          continue;
        }
        try {
          const result = await packageImporter.apply(ready, { confirmMassDelete: entry.massDeleteConfirmed });
          outcomes.set(index, { type: result.status === 'imported' ? 'success' : 'info', message: result.message });
        } catch (error) {
          outcomes.set(index, { type: 'error', message: `导入失败，未写入任何记录：${describeSyncError(error)}` });
        }
      }
      setProgress(null);
      setEntries((current) => current.map((entry, index) => (outcomes.has(index) ? { ...entry, outcome: outcomes.get(index) } : entry)));
    },
  };
}
