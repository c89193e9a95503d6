import type { IpcError, IpcErrorCode } from '../../../shared/ipc/contract';
import { ipcError } from '../../../shared/ipc/errors';

/** A failure whose code and Chinese message are meant for the user. */
export class UserFacingError extends Error {
  constructor(readonly ipc: IpcError) {
    super(ipc.message);
    this.name = 'UserFacingError';
  }
}

const CODE_BY_ERRNO: Record<string, IpcErrorCode> = {
  ENOSPC: 'NO_SPACE',
  EDQUOT: 'NO_SPACE',
  EIO: 'DEVICE_GONE',
  ENXIO: 'DEVICE_GONE',
  ENODEV: 'DEVICE_GONE',
  ENOENT: 'NOT_FOUND',
  ENOTDIR: 'NOT_FOUND',
  EROFS: 'READ_ONLY',
  EACCES: 'ACCESS_DENIED',
  EPERM: 'ACCESS_DENIED',
  EBUSY: 'BUSY',
  EFBIG: 'TOO_LARGE',
  // Opening without following links met a link: something was swapped in after the check.
  ELOOP: 'NOT_A_FILE',
};

export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps a Node file-system error (or a UserFacingError) to what the renderer shows. */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof UserFacingError) return error.ipc;
  const errno = errnoOf(error);
  const code: IpcErrorCode = (errno ? CODE_BY_ERRNO[errno] : undefined) ?? 'UNKNOWN';
  return ipcError(code, code === 'UNKNOWN' ? (errno ?? String((error as Error)?.message ?? error)) : undefined);
}
