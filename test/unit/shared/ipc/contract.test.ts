import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type IpcErrorCode } from '../../../../shared/ipc/contract';
import { IPC_ERROR_MESSAGES, ipcError } from '../../../../shared/ipc/errors';

describe('IPC contract', () => {
  it('gives every method its own channel', () => {
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('has a Chinese message for every error code', () => {
    for (const [code, message] of Object.entries(IPC_ERROR_MESSAGES)) {
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('appends a detail to the message without losing the code', () => {
    const code: IpcErrorCode = 'INVALID_REQUEST';
    expect(ipcError(code, 'path')).toEqual({ code, message: '请求参数无效。（path）' });
  });
});
