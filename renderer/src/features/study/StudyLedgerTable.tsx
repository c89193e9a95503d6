import { Card, Col, Row, Statistic, Table, Tooltip } from 'antd';
import { formatHours, type MemberStudyRow, type StudyLedger } from '../../../../shared/study/study-ledger';
import { STUDY_ROLE_LABELS } from '../../../../shared/study/study-targets';
import { STUDY_FORM_LABELS, STUDY_FORMS } from '../../../../shared/study/study-types';
import { navigate } from '../../core/navigation/hash-route';
import { PaceTag } from './pace-tag';
import { ReflectionsAgainstTarget, WordsAgainstTarget } from './written-study';
import { studyPath } from '../../core/navigation/study-routes';

const hours = (value: number) => formatHours(value);

/** The branch's figures above the table: what a secretary reports upward each month. */
export function StudySummaryCards({ ledger }: { ledger: StudyLedger }) {
  const { summary } = ledger;
  return (
    <Row gutter={16} className="study-summary" aria-label="学时汇总">
      <Col span={6}><Card size="small"><Statistic title="纳入统计人数" value={summary.memberCount} suffix="人" /></Card></Col>
      <Col span={6}><Card size="small"><Statistic title="人均学时" value={formatHours(Math.round(summary.averageHours * 10) / 10)} /></Card></Col>
      <Col span={6}><Card size="small"><Statistic title="低于全年目标" value={summary.belowTarget} suffix="人" /></Card></Col>
      <Col span={6}><Card size="small"><Statistic title="进度落后" value={summary.behind} suffix="人" valueStyle={summary.behind > 0 ? { color: '#d46b08' } : undefined} /></Card></Col>
    </Row>
  );
}

/**
 * 学时台账: one row per person with a target, the total against it and the pace. A row opens
 * the person's notebook; the central office's read-only view says what opening means there.
 */
export function StudyLedgerTable({ ledger, onOpen }: { ledger: StudyLedger; onOpen?: (row: MemberStudyRow) => void }) {
  const open = onOpen ?? ((row: MemberStudyRow) => navigate(studyPath.notebook(row.member.id, ledger.year)));
  return (
    <Table<MemberStudyRow>
      aria-label="学时台账"
      size="small"
      rowKey={(row) => row.member.id}
      dataSource={ledger.rows}
      pagination={false}
      scroll={{ y: 520 }}
      onRow={(row) => ({ onClick: () => open(row), style: { cursor: 'pointer' } })}
      columns={[
        { title: '姓名', render: (_, row) => row.member.name, width: 72 },
        { title: '身份', render: (_, row) => STUDY_ROLE_LABELS[row.target.role], width: 76 },
        {
          title: '全年目标',
          width: 76,
          render: (_, row) => (
            <Tooltip title={row.target.description}>
              {row.target.hours}
              {row.target.fromMonth > 1 && <sup aria-label={`自${row.target.fromMonth}月起折算`}>折</sup>}
            </Tooltip>
          ),
        },
        ...STUDY_FORMS.map((form) => ({ title: STUDY_FORM_LABELS[form], width: 72, render: (_: unknown, row: MemberStudyRow) => hours(row.byForm[form]) })),
        {
          title: <Tooltip title="开始使用本软件前已完成的学时（登记期初学时）">期初</Tooltip>,
          width: 60,
          render: (_, row) => (row.opening === undefined ? '—' : hours(row.opening)),
        },
        { title: '会议计入', width: 76, render: (_, row) => hours(row.fromMeetings) },
        { title: '补课计入', width: 76, render: (_, row) => hours(row.fromMakeUps) },
        { title: '合计', width: 64, render: (_, row) => <strong>{hours(row.total)}</strong>, sorter: (a, b) => a.total - b.total },
        { title: '至今应达', width: 88, render: (_, row) => hours(Math.round(row.expectedToDate * 10) / 10) },
        { title: '进度', width: 84, render: (_, row) => <PaceTag status={row.status} /> },
        { title: '笔记', width: 52, render: (_, row) => row.noteCount },
        {
          title: <Tooltip title={ledger.noteTarget ? '全年学习笔记字数 / 院党委按支部类别规定的要求' : '院党委未对本支部类别规定字数（或支部信息中未选择支部类别）'}>笔记字数</Tooltip>,
          width: 120,
          render: (_, row) => <WordsAgainstTarget written={row.written} target={ledger.noteTarget} />,
          sorter: (a, b) => a.written.words - b.written.words,
        },
        { title: '心得体会', width: 84, render: (_, row) => <ReflectionsAgainstTarget written={row.written} target={ledger.noteTarget} /> },
      ]}
    />
  );
}
