/**
 * What a secretary who forgot the lock passphrase can do, said before it is set (设置) and
 * on the lock screen. Honest on purpose: there is no way back in, by design.
 */
export const FORGOTTEN_PASSPHRASE_HEADLINE = '忘记口令无法找回：本机不保存口令，也没有万能口令，任何人（包括信息科和软件开发者）都无法重置。';

export const FORGOTTEN_PASSPHRASE_STEPS: readonly string[] = [
  '忘记口令后，本机的台账将无法再打开，其中加密保存的身份证号和电话无法解密。',
  '补救办法一：请信息科删除本机的程序数据（设置 → 本机信息 → 数据保存位置）后重新打开程序，完成首次设置，再在 设置 → 备份与恢复 中用设置锁定口令之前另存到 U 盘的备份文件恢复。那以后的修改会丢失；设置锁定口令之后制作的备份仍需要这个口令。备份如已加密，还需要本机的密钥备份文件（.zbkey）及其口令。',
  '补救办法二：本支部已报送给院党委组织科的名册、会议记录等仍在组织科，可请组织科提供后重新录入。',
  '建议：把口令写在纸上密封，交一位支部委员另行保管。',
];
