import { Card, Skeleton, Space, Table, Typography } from 'antd';
import { fingerprint } from '../../../../shared/sync/keys';
import { RuleSetCard } from '../rules';
import { useInstallation } from '../../core/installation/use-installation';
import { useRememberedLiveQuery } from '../../core/live/remembered-live-query';
import { useBranchFinder } from '../../shell/branch-finder';
import type { PeerRow } from './data';
import { CentralKeysCard } from './CentralKeysCard';
import { syncReads } from './data/sync-repository';
import { EnrolBranchCard, ReEnrolButton } from './EnrolBranchCard';

const NO_PEERS: PeerRow[] = [];
const peerName = (peer: PeerRow) => peer.name;

/** 数据交换 on the central office PC: the organisation's keys and the branches' enrolment. Packages are imported under 各支部. */
export function CentralSyncPage() {
  const installation = useInstallation();
  // One read of the office's key and the enrolled branches; a later visit shows the last answer at once.
  const read = useRememberedLiveQuery('sync.central', async () => ({ fingerprint: await syncReads.ownFingerprint(), peers: await syncReads.peers() }), []);
  // A city's hundreds of enrolled branches, a page at a time (the size chosen), searchable by name.
  const finder = useBranchFinder('sync.peers', read?.peers ?? NO_PEERS, peerName);
  if (!read) return <Skeleton active />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <CentralKeysCard ownerId={installation.ownerId} ownerName={installation.name} fingerprint={read.fingerprint} />
      {read.fingerprint && <EnrolBranchCard />}
      <RuleSetCard />
      <Card title="已登记的支部">
        <Typography.Paragraph type="secondary">报送包的导入、审阅和回执导出在“各支部”页面进行。</Typography.Paragraph>
        <Table
          size="small"
          rowKey="peerId"
          title={finder.title}
          pagination={finder.pagination}
          dataSource={finder.rows}
          locale={{ emptyText: '尚未登记任何支部' }}
          columns={[
            { title: '支部', dataIndex: 'name' },
            { title: '支部密钥指纹', render: (_, peer) => (peer.publicKeys ? <Typography.Text code>{fingerprint(peer.publicKeys)}</Typography.Text> : '尚未收到首个报送包') },
            { title: '本单位密钥丢失时', render: (_, peer) => <ReEnrolButton branchId={peer.peerId} branchName={peer.name} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
