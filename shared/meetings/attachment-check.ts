import { ATTACHMENT_MAX_BYTES } from './meeting-types';

/** Magic numbers of the formats a meeting may carry: the content decides, not the file name. */
const SIGNATURES: ReadonlyArray<{ mimeType: string; bytes: readonly (number | null)[] }> = [
  { mimeType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  // RIFF????WEBP
  { mimeType: 'image/webp', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
];

/** The file's type from its first bytes, or null when it is none of the accepted formats. */
export function sniffAttachmentType(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find(({ bytes: signature }) =>
    signature.length <= bytes.length && signature.every((expected, index) => expected === null || bytes[index] === expected),
  );
  return match?.mimeType ?? null;
}

/**
 * Word and Excel files, accepted only where asked (documents): the container is known by its
 * first bytes (ZIP for .docx/.xlsx, OLE for .doc/.xls) and the name's extension says which.
 */
const OFFICE_TYPES: ReadonlyArray<{ extension: string; container: readonly number[]; mimeType: string }> = [
  { extension: 'docx', container: [0x50, 0x4b, 0x03, 0x04], mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { extension: 'xlsx', container: [0x50, 0x4b, 0x03, 0x04], mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { extension: 'doc', container: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], mimeType: 'application/msword' },
  { extension: 'xls', container: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], mimeType: 'application/vnd.ms-excel' },
];

/** The extensions a file picker offers for each kind of attachment. */
export const MEETING_FILE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'pdf'] as const;
export const DOCUMENT_FILE_EXTENSIONS = [...MEETING_FILE_EXTENSIONS, ...OFFICE_TYPES.map((type) => type.extension)] as const;

function officeType(fileName: string, bytes: Uint8Array): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const match = OFFICE_TYPES.find((type) => type.extension === extension && type.container.every((expected, index) => bytes[index] === expected));
  return match?.mimeType ?? null;
}

function megabytes(size: number): string {
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

function groupedBytes(size: number): string {
  return `${String(size).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 字节`;
}

/** A file's size and the limit it passes, in bytes where both would read the same in MB ("20.0 MB, over 20.0 MB" explains nothing); the limit ends as the text before 的上限 wants it (a space after MB, none after a bracket). */
function sizeOverLimit(size: number, limit: number): { size: string; limit: string } {
  if (megabytes(size) !== megabytes(limit)) return { size: megabytes(size), limit: `${megabytes(limit)} ` };
  return { size: groupedBytes(size), limit: `${megabytes(limit)}（${groupedBytes(limit)}）` };
}

export type AttachmentCheck = { ok: true; mimeType: string } | { ok: false; message: string };

/** What a kind of attachment accepts: a meeting's images and PDFs; a document's also Word and Excel, and larger. */
export interface AttachmentAccept {
  maxBytes: number;
  officeFiles: boolean;
}

export const MEETING_FILES: AttachmentAccept = { maxBytes: ATTACHMENT_MAX_BYTES, officeFiles: false };

/** Whether a picked file may be attached, with the reason in Chinese when it may not. */
export function checkAttachment(fileName: string, bytes: Uint8Array, { maxBytes, officeFiles }: AttachmentAccept = MEETING_FILES): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, message: `“${fileName}”是空文件，未添加。` };
  if (bytes.length > maxBytes) {
    const over = sizeOverLimit(bytes.length, maxBytes);
    return { ok: false, message: `“${fileName}”有 ${over.size}，超过了单个附件 ${over.limit}的上限。请压缩图片或分页扫描后再添加。` };
  }
  const mimeType = sniffAttachmentType(bytes) ?? (officeFiles ? officeType(fileName, bytes) : null);
  if (!mimeType) return { ok: false, message: `“${fileName}”不是${officeFiles ? '图片（JPG、PNG、WEBP）、PDF、Word 或 Excel' : '图片（JPG、PNG、WEBP）或 PDF'} 文件，未添加。` };
  return { ok: true, mimeType };
}
