import type { IpcError, IpcErrorCode } from './contract';

export const IPC_ERROR_MESSAGES: Record<IpcErrorCode, string> = {
  UNTRUSTED_SENDER: '请求来源不可信，已拒绝。',
  INVALID_REQUEST: '请求参数无效。',
  NOT_PERMITTED: '没有访问该位置的授权，请重新选择文件或文件夹。',
  INVALID_NAME: '文件名无效：不能包含 \\ / : * ? " < > | 等字符。',
  NOT_FOUND: '找不到该文件或文件夹，U 盘可能已被拔出。',
  NO_SPACE: '磁盘空间不足，文件未保存。请清理空间或换一个 U 盘后重试。',
  DEVICE_GONE: '读写设备时出错，U 盘可能已被拔出。文件未保存，请重新插入后重试。',
  READ_ONLY: '该磁盘为只读（U 盘可能开启了写保护），文件未保存。',
  ACCESS_DENIED: '没有写入权限，文件未保存。请换一个文件夹。',
  BUSY: '文件正被其他程序占用，请关闭该程序后重试。',
  TOO_LARGE: '文件过大，无法处理。',
  NOT_A_FILE: '所选的不是普通文件（可能是设备、管道或指向它们的链接），已拒绝读取。请选择数据包或备份文件本身。',
  VERIFY_FAILED: '写入后校验不一致，文件已删除。U 盘可能有故障，请换一个 U 盘重试。',
  UNKNOWN: '操作失败，发生未知错误。',
};

export function ipcError(code: IpcErrorCode, detail?: string): IpcError {
  const message = IPC_ERROR_MESSAGES[code];
  return { code, message: detail ? `${message}（${detail}）` : message };
}
