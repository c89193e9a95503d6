import { useLiveQuery } from 'dexie-react-hooks';
import { Empty, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { formatHours, studyLedger } from '../../../../shared/study/study-ledger';
import { STUDY_FORM_LABELS, STUDY_KIND_LABELS, type StudyNote } from '../../../../shared/study/study-types';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { notebookRepository, StudyLedgerTable, StudySummaryCards } from '../study';

interface BranchStudyTabProps {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
}

/** 学习 of one branch as its packages brought it: this year's 学时台账 and, for the person picked, the notebook, read-only. */
export function BranchStudyTab({ branch, members, meetings }: BranchStudyTabProps) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const year = Number(today.slice(0, 4));
  const notebooks = useLiveQuery(() => notebookRepository.list(branch.id), [branch.id]);
  const [picked, setPicked] = useState<string | null>(null);
  const ledger = useMemo(
    () => (notebooks ? studyLedger({ branch, members, notebooks, meetings, year, today, rules: ruleSet.rules }) : undefined),
    [branch, members, meetings, notebooks, ruleSet, today, year],
  );
  if (!ledger || !notebooks) return null;
  const member = members.find((person) => person.id === picked);
  const notes = Object.values(notebooks.find((book) => book.memberId === picked && book.year === year)?.notes ?? {}).sort((a, b) => b.date.localeCompare(a.date));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StudySummaryCards ledger={ledger} />
      <Typography.Text type="secondary">{year} 年学时台账（按院党委现行规则核算）。点击姓名查看其学习笔记本。</Typography.Text>
      <StudyLedgerTable ledger={ledger} onOpen={(row) => setPicked(row.member.id)} />
      {member && (
        <section aria-label="学习笔记本（只读）">
          <Typography.Title level={5}>
            {member.name} 的学习笔记本（{year} 年，只读）
          </Typography.Title>
          <Table<StudyNote>
            size="small"
            rowKey="id"
            dataSource={notes}
            pagination={{ pageSize: 20 }}
            locale={{ emptyText: <Empty description="本年尚无学习笔记" /> }}
            columns={[
              { title: '日期', dataIndex: 'date', width: 104 },
              { title: '学习材料', dataIndex: 'materialTitle' },
              { title: '类别', width: 88, render: (_, note) => STUDY_KIND_LABELS[note.kind] },
              { title: '形式', width: 88, render: (_, note) => STUDY_FORM_LABELS[note.form] },
              { title: '学时', width: 64, render: (_, note) => formatHours(note.hours) },
              { title: '优秀笔记', width: 88, render: (_, note) => (note.excellent ? <Tag color="gold">优秀</Tag> : '') },
            ]}
            expandable={{ expandedRowRender: (note) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{note.text || '（无笔记内容）'}</Typography.Paragraph>, rowExpandable: (note) => note.text.length > 0 }}
          />
        </section>
      )}
    </Space>
  );
}
