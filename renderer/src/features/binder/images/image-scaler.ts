import type { AttachmentRecord } from '../../../../../shared/meetings/meeting-types';

/**
 * The widest a picture is kept for the binder, in pixels: the printed width (186 mm) at about
 * 200 dpi. A phone photo of 4000 × 3000 decodes to 48 MB; scaled to this it is about 6 MB while
 * drawn and a JPEG of a few hundred KB after, so a year of photos fits in memory.
 */
const MAX_WIDTH_PX = 1500;
/** The tallest, for a portrait scan of a sign-in sheet: the printed height the picture may take at the same density. */
const MAX_HEIGHT_PX = 1900;

export type ScaledImage = { url: string } | { failed: string };

export interface ImageScaler {
  /** The picture ready to draw; pictures are made one after another, never two decoded at once. */
  scaled(attachmentId: string): Promise<ScaledImage>;
  /** Pictures asked for and not yet made. */
  pending(): number;
  subscribe(listener: () => void): () => void;
  /** Frees every picture made (the binder was closed). */
  release(): void;
}

/** A queue that reads an attachment's bytes, decodes and scales it down, and keeps only the small picture. */
export function createImageScaler(read: (id: string) => Promise<AttachmentRecord | undefined>): ImageScaler {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let released = false;
  const urls: string[] = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  async function make(id: string): Promise<ScaledImage> {
    const row = await read(id);
    if (!row) return { failed: '附件已被删除' };
    const blob = await scaledBlob(new Blob([row.bytes as Uint8Array<ArrayBuffer>], { type: row.mimeType }));
    if (released) return { failed: '台账已关闭' };
    const url = URL.createObjectURL(blob);
    urls.push(url);
    return { url };
  }

  return {
    scaled(id) {
      waiting += 1;
      changed();
      const result = queue.then(() => make(id)).catch((error: unknown) => ({ failed: `图片无法读取（${(error as Error).message}）` }));
      queue = result;
      return result.finally(() => {
        waiting -= 1;
        changed();
      });
    },
    pending: () => waiting,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    release() {
      released = true;
      for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    },
  };
}

/** The picture itself when small enough, else a JPEG scaled to fit (on white: a transparent PNG would turn black). */
async function scaledBlob(original: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(original);
  try {
    const ratio = Math.min(1, MAX_WIDTH_PX / bitmap.width, MAX_HEIGHT_PX / bitmap.height);
    if (ratio === 1) return original;
    const width = Math.max(1, Math.round(bitmap.width * ratio));
    const height = Math.max(1, Math.round(bitmap.height * ratio));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('无法绘图');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  } finally {
    bitmap.close();
  }
}
