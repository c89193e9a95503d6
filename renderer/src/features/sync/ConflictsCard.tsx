import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Space } from 'antd';
import { ConflictList } from './ConflictList';
import { syncReads } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';

/** Conflicts kept from imports, for a person to decide; hidden while there are none. */
export function ConflictsCard() {
  const { message } = App.useApp();
  const conflicts = useLiveQuery(() => syncReads.openConflicts(), []);
  if (!conflicts || conflicts.length === 0) return null;

  async function decide(id: string, resolution: 'local' | 'incoming') {
    try {
      const outcome = await syncReads.resolveConflict(id, resolution);
      message.info(
        {
          kept: '已确认采用当前的值。',
          written: '已改为所选的值，并记入操作记录；它会随下一个数据包传给对方。',
          'by-hand': '已记录决定：请在相应页面中按所选的值更正这条记录。',
          'owner-corrects': '已记录决定：这条记录由所属支部维护，请通知支部按所选的值更正，更正会在下一个数据包中传来。',
        }[outcome],
      );
    } catch (error) {
      message.error(describeSyncError(error));
    }
  }

  return (
    <Card title={`待处理的冲突（${conflicts.length}）`}>
      <ConflictList
        conflicts={conflicts}
        title="同一栏目在两处被改成了不同的值：两个值都保留在这里，当前采用时间较晚的一个。"
        actions={(_, index) => {
          const row = conflicts[index]!;
          return (
            <Space>
              <Button size="small" onClick={() => void decide(row.id, 'local')}>
                保留本机的值
              </Button>
              <Button size="small" onClick={() => void decide(row.id, 'incoming')}>
                采用导入的值
              </Button>
            </Space>
          );
        }}
      />
    </Card>
  );
}
