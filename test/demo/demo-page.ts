import { LedgerDatabase } from '../../renderer/src/db/database';
import { localToday } from '../../renderer/src/core/today';
import { generateDataset, SCALES } from '../support/generator';
import { seedInstallation, writeBranchData } from '../support/seed/seed-ledger';

/**
 * The demo's loader page, on the same origin as the app so that it fills the app's own
 * IndexedDB: one branch, 40 members, five years up to today, then opens the app.
 */

const status = document.getElementById('status')!;
const say = (text: string) => {
  status.textContent = text;
};

async function load(): Promise<void> {
  let db = new LedgerDatabase();
  const existing = await db.installation.get('this-pc');
  if (existing && !new URLSearchParams(location.search).has('reset')) {
    say(`这个浏览器里已有台账数据（${existing.name}）。`);
    document.getElementById('choices')!.hidden = false;
    return;
  }
  say('正在清除旧数据…');
  await db.delete();
  db = new LedgerDatabase();
  say('正在生成演示支部（40 名党员、5 年的会议与党费记录）…');
  const [data] = generateDataset(SCALES.branch, { today: localToday() });
  const secretaryId = data!.branch.committee?.find((seat) => seat.role === 'secretary')?.memberId;
  const secretary = data!.members.find((member) => member.id === secretaryId)?.name ?? '支部书记';
  say('正在写入…');
  const written = await writeBranchData(db, data!, { audit: true });
  await seedInstallation(
    db,
    { role: 'branch', name: data!.branch.name, parentOrganizationName: data!.branch.parentOrganizationName, ownerId: data!.branch.id },
    secretary,
    data!.branch.createdAt,
  );
  db.close();
  say(`已写入 ${written} 条记录，正在打开台账…`);
  location.href = './index.html#/home';
}

load().catch((error: unknown) => say(`载入演示数据失败：${error instanceof Error ? error.message : String(error)}`));
