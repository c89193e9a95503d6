export type BackupErrorCode = 'not-a-backup' | 'damaged' | 'format-too-new' | 'schema-too-new' | 'schema-too-old' | 'needs-key' | 'foreign-key' | 'unsupported-value';

const MESSAGES: Record<BackupErrorCode, string> = {
  'not-a-backup': '这不是支部工作台账的备份文件（文件损坏或类型不对），未做任何改动。',
  damaged: '备份文件已损坏或被改动，不能用它恢复，未做任何改动。',
  'format-too-new': '此备份由更新版本的软件生成，请先升级本软件再恢复。',
  'schema-too-new': '此备份来自更新版本的数据结构，请先升级本软件再恢复。',
  'schema-too-old': '此备份由旧版本软件生成，其数据结构与本版本不同，暂不能直接恢复。',
  'needs-key':
    '此备份已用登记时生成的本机密钥加密，而本机还没有密钥。在新电脑上恢复时，请先导入原电脑的密钥备份文件（.zbkey）并输入备份口令，再恢复此备份。',
  'foreign-key':
    '此备份是用另一套密钥（另一台电脑或另一个支部）加密的，本机无法解密，未做任何改动。如是本支部换了电脑，请先导入原电脑的密钥备份文件（.zbkey）。',
  'unsupported-value': '数据库中有无法写入备份的数据类型，备份未生成。',
};

/** Why a backup could not be made or read. `message` is Chinese, for the user. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    /** What exactly was wrong, for logs and tests (English). */
    readonly detail?: string,
  ) {
    super(MESSAGES[code]);
    this.name = 'BackupError';
  }
}
