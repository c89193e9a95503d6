import type { FileFilter } from '../../../shared/ipc/contract';
import { createBrowserBackupStore } from './browser-backup-store';
import { readableRuntime } from './readable-runtime';
import type { Platform } from './platform';

function acceptAttribute(filters: FileFilter[] | undefined): string {
  return (filters ?? []).flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

function pickWithFileInput(accept: string, multiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    const finish = (files: File[] | null) => {
      input.remove();
      resolve(files && files.length > 0 ? files : null);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Browser mode: the renderer in any Chromium, for tests and demos. */
export function createBrowserPlatform(version: string): Platform {
  return {
    localBackups: createBrowserBackupStore(),

    async info() {
      return {
        mode: 'browser',
        version,
        dataLocation: `浏览器本地存储（IndexedDB，${location.origin}）`,
        runtime: readableRuntime(navigator.userAgent),
      };
    },

    async openFile({ filters }) {
      const file = (await pickWithFileInput(acceptAttribute(filters), false))?.[0];
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },

    async openManyFiles({ filters }) {
      const files = await pickWithFileInput(acceptAttribute(filters), true);
      if (!files) return null;
      return { names: files.map((file) => file.name), read: async (index) => new Uint8Array(await files[index]!.arrayBuffer()) };
    },

    async saveFile(fileName, bytes) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium starts the download asynchronously after the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { location: `浏览器的下载文件夹（${fileName}）` };
    },

    async printCurrentView() {
      window.print();
      return null;
    },
  };
}
