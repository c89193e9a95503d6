import { DownloadOutlined, LoginOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Input, Select, Skeleton, Space, Switch, Tabs, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { memberPath } from '../../core/navigation/area-routes';
import { DEVELOPMENT_STAGES, STAGE_LABELS, type MemberRecord } from '../../../../shared/members/member';
import { useToday } from '../../core/today';
import { AuditDrawer } from '../audit';
import { useOwnBranch } from '../branch';
import { currentLeaving } from '../../../../shared/members/roster-periods';
import { AbsencePanel } from './AbsencePanel';
import { ImportRosterDialog } from './ImportRosterDialog';
import { LeaveDialog } from './LeaveDialog';
import { LeftMembersTable } from './LeftMembersTable';
import { MemberFormDrawer } from './MemberFormDrawer';
import { MemberTable } from './MemberTable';
import { PipelinePanel } from './PipelinePanel';
import { TransferPanel } from './TransferPanel';
import { NO_FILTERS, filterMembers, type MemberFilters } from './member-filters';
import { useMembers } from './use-members';
import { useRosterFiles } from './use-roster-files';
import { useYearSoFar } from './use-year-so-far';
import { YearSoFarDialog } from './YearSoFarDialog';

const STATUS_OPTIONS = [
  { value: 'all', label: '全部类别' },
  { value: 'full', label: '正式党员' },
  { value: 'probationary', label: '预备党员' },
  { value: 'notMember', label: '发展中（未入党）' },
];
const AWAY_OPTIONS = [
  { value: 'all', label: '含外出党员' },
  { value: 'away', label: '仅外出党员' },
  { value: 'here', label: '不含外出党员' },
];
const STAGE_OPTIONS = [{ value: 'all', label: '全部阶段' }, ...DEVELOPMENT_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))];

export function MembersPage() {
  const branch = useOwnBranch();
  const members = useMembers();
  const today = useToday();
  const tabQuery = useRouteQuery('tab');
  const tab = tabQuery === 'pipeline' || tabQuery === 'left' || tabQuery === 'transfers' || tabQuery === 'away' ? tabQuery : 'roster';
  const [filters, setFilters] = useState<MemberFilters>(NO_FILTERS);
  const [editing, setEditing] = useState<MemberRecord | null>();
  const [arriving, setArriving] = useState(false);
  const [historyOf, setHistoryOf] = useState<MemberRecord>();
  const [leaving, setLeaving] = useState<MemberRecord>();
  // A 纪实表 to print takes the whole page (the roster's card and tabs are not printed with it).
  const [printView, setPrintView] = useState<ReactNode>();
  const partyGroups = useMemo(() => branch?.partyGroups ?? [], [branch]);
  const files = useRosterFiles({ branchId: branch?.id ?? '', branchName: branch?.name ?? '', members: members ?? [], partyGroups, today });

  const partyGroupNames = useMemo(() => new Map(partyGroups.map((group) => [group.id, group.name])), [partyGroups]);
  const partyGroupOptions = useMemo(() => partyGroups.map((group) => ({ value: group.id, label: group.name })), [partyGroups]);
  // The roster is who is still here; those transferred out or whose membership ended are listed apart.
  const onRoster = useMemo(() => (members ?? []).filter((member) => currentLeaving(member) === null), [members]);
  const yearSoFar = useYearSoFar({ branchId: branch?.id ?? '', members: onRoster, today });
  const shown = useMemo(() => filterMembers(onRoster, filters, today), [onRoster, filters, today]);

  if (!branch || !members) return <Skeleton active />;
  if (printView) return printView;
  const patch = (change: Partial<MemberFilters>) => setFilters((current) => ({ ...current, ...change }));

  const toolbar = (
    <Space wrap>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
        新增党员
      </Button>
      <Button
        icon={<LoginOutlined />}
        onClick={() => {
          setArriving(true);
          setEditing(null);
        }}
      >
        转入党员
      </Button>
      <Button icon={<UploadOutlined />} loading={files.busy} onClick={() => void files.pickAndPreview()}>
        导入 Excel
      </Button>
      <Button icon={<UploadOutlined />} loading={yearSoFar.busy} onClick={() => void yearSoFar.pickAndPreview()}>
        导入本年学时和党费
      </Button>
      <Dropdown
        menu={{
          items: [
            { key: 'template', label: '下载导入模板', onClick: () => void files.downloadTemplate() },
            { key: 'yearSoFar', label: '下载本年学时和党费填写表', onClick: () => void yearSoFar.downloadTemplate() },
            { key: 'roster', label: '导出党员名册', onClick: () => void files.exportRoster() },
            { key: 'pipeline', label: '导出发展党员台账', onClick: () => void files.exportPipeline() },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />}>模板与导出</Button>
      </Dropdown>
    </Space>
  );

  const roster = (
    <>
      <Space wrap className="page-toolbar">
        <Input.Search
          allowClear
          placeholder="姓名、科室、电话或身份证号"
          style={{ width: 260 }}
          onChange={(event) => patch({ search: event.target.value })}
          aria-label="搜索党员"
        />
        <Select value={filters.status} options={STATUS_OPTIONS} onChange={(status) => patch({ status })} style={{ width: 150 }} aria-label="按类别筛选" />
        <Select value={filters.stage} options={STAGE_OPTIONS} onChange={(stage) => patch({ stage })} style={{ width: 150 }} aria-label="按阶段筛选" />
        <Select
          value={filters.partyGroupId}
          options={[{ value: 'all', label: '全部党小组' }, { value: '', label: '未分组' }, ...partyGroupOptions]}
          onChange={(partyGroupId) => patch({ partyGroupId })}
          style={{ width: 150 }}
          aria-label="按党小组筛选"
        />
        <Select value={filters.away} options={AWAY_OPTIONS} onChange={(away) => patch({ away })} style={{ width: 140 }} aria-label="按外出筛选" />
        <Space>
          <Switch checked={filters.includeRetired} onChange={(includeRetired) => patch({ includeRetired })} size="small" />
          含离退休
        </Space>
        <Typography.Text type="secondary" aria-live="polite">
          共 {shown.length} 人
        </Typography.Text>
      </Space>
      <MemberTable members={shown} today={today} partyGroupNames={partyGroupNames} onEdit={setEditing} onHistory={setHistoryOf} onLeave={setLeaving} />
    </>
  );

  return (
    <Card extra={toolbar} title="党员名册与发展党员">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(memberPath.tab(key))}
        items={[
          { key: 'roster', label: '党员名册', children: roster },
          { key: 'pipeline', label: '发展党员', children: <PipelinePanel members={onRoster} organisation={branch.name} onEdit={setEditing} onPrintView={setPrintView} /> },
          { key: 'left', label: '已转出/已出党', children: <LeftMembersTable members={members} onEdit={setEditing} onHistory={setHistoryOf} /> },
          { key: 'transfers', label: '院内调动', children: <TransferPanel branchId={branch.id} onRoster={onRoster} /> },
          { key: 'away', label: '外出党员', children: <AbsencePanel members={onRoster} /> },
        ]}
      />
      <MemberFormDrawer
        member={editing}
        arriving={arriving}
        branchId={branch.id}
        partyGroupOptions={partyGroupOptions}
        onClose={() => {
          setEditing(undefined);
          setArriving(false);
        }}
      />
      <LeaveDialog member={leaving} onClose={() => setLeaving(undefined)} />
      <ImportRosterDialog
        preview={files.preview}
        onConfirm={files.confirmImport}
        onClose={files.closePreview}
        onDownloadTemplate={() => void files.downloadTemplate()}
      />
      <YearSoFarDialog
        preview={yearSoFar.preview}
        onConfirm={yearSoFar.confirm}
        onClose={yearSoFar.closePreview}
        onDownloadTemplate={() => void yearSoFar.downloadTemplate()}
      />
      <AuditDrawer
        open={historyOf !== undefined}
        onClose={() => setHistoryOf(undefined)}
        scope={{ kind: 'record', recordId: historyOf?.id ?? '' }}
        title={`修改记录：${historyOf?.name ?? ''}`}
        lookup={(id) => partyGroupNames.get(id)}
      />
    </Card>
  );
}
