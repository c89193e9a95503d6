import { Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, activitiesOfYear, type ActivityRecord } from '../../../../shared/activities/activity';
import { AttachmentDownloads } from '../meetings';

interface ActivityListProps {
  activities: readonly ActivityRecord[];
  year: number;
  /** Member names by id (the branch's roster as this PC holds it). */
  names: ReadonlyMap<string, string>;
  /** The branch PC edits its own; the central office only reads. */
  onEdit?: (activity: ActivityRecord) => void;
}

/** A year's 党建+业务 activities, newest first, with the count of each kind: the branch's own list and the office's view of it. */
export function ActivityList({ activities, year, names, onEdit }: ActivityListProps) {
  const { list, byKind } = useMemo(() => activitiesOfYear(activities, year), [activities, year]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text data-testid="activity-counts">
        {year} 年共 {list.length} 次
        {ACTIVITY_KINDS.filter((kind) => byKind[kind]).map((kind) => `，${ACTIVITY_KIND_LABELS[kind]} ${byKind[kind]} 次`).join('')}
      </Typography.Text>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={`${year}年党建+业务活动`}
        dataSource={list}
        locale={{ emptyText: `${year} 年还没有登记党建+业务活动。` }}
        expandable={{ expandedRowRender: (activity) => <Space direction="vertical">{activity.description || '（未填写活动内容）'}<AttachmentDownloads ids={activity.attachmentIds} /></Space> }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '类别', width: 150, render: (_, activity) => <Tag>{ACTIVITY_KIND_LABELS[activity.kind]}</Tag> },
          { title: '活动名称', dataIndex: 'title' },
          { title: '共建单位 / 服务对象', render: (_, activity) => activity.partnerUnit || '—' },
          { title: '参加党员', render: (_, activity) => activity.memberIds.map((id) => names.get(id) ?? '（名册中已无此人）').join('、') },
          { title: '照片', width: 70, render: (_, activity) => `${activity.attachmentIds.length} 个` },
          ...(onEdit
            ? [{ title: '操作', width: 80, render: (_: unknown, activity: ActivityRecord) => <Typography.Link onClick={() => onEdit(activity)}>修改</Typography.Link> }]
            : []),
        ]}
      />
    </Space>
  );
}
