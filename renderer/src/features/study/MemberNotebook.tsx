import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, List, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { MEETING_TYPE_LABELS } from '../../../../shared/meetings/meeting-types';
import { notesInOrder } from '../../../../shared/study/notebook-edit';
import { describeConfirmation } from '../../../../shared/study/note-confirmation';
import { formatHours } from '../../../../shared/study/study-ledger';
import { STUDY_ROLE_LABELS } from '../../../../shared/study/study-targets';
import { noteWordCount } from '../../../../shared/study/note-words';
import { notebookIdOf, STUDY_FORM_LABELS, STUDY_KIND_LABELS, type StudyNote } from '../../../../shared/study/study-types';
import { navigate } from '../../core/navigation/hash-route';
import { notebookRepository } from './data/notebook-repository';
import { ExcellentDialog } from './ExcellentDialog';
import { NoteEditDialog } from './NoteEditDialog';
import { NotePhoto } from './NotePhoto';
import { ReflectionsAgainstTarget, WordsAgainstTarget } from './written-study';
import { PaceTag } from './pace-tag';
import { studyPath } from '../../core/navigation/study-routes';
import { useBusyAction } from '../../shell/use-busy-action';
import type { StudyData } from './use-study';

/** One member's 学习笔记本 for a year: the hours, the meetings credited, and every note with its actions. */
export function MemberNotebook({ data, memberId, year }: { data: StudyData; memberId: string; year: number }) {
  const action = useBusyAction();
  const [editing, setEditing] = useState<StudyNote>();
  const [marking, setMarking] = useState<StudyNote>();
  const row = data.ledger.rows.find((item) => item.member.id === memberId);
  const notebookId = notebookIdOf(memberId, year);
  const notebook = data.notebooks.find((book) => book.id === notebookId);
  const notes = useMemo(() => (notebook ? notesInOrder(notebook.notes) : []), [notebook]);
  const materials = useMemo(() => [...new Set(notes.map((note) => note.materialTitle))], [notes]);
  if (!row) return <Result status="404" title="名册中没有这名党员，或其不在学时统计范围内" extra={<Button onClick={() => navigate(studyPath.tab('ledger', year))}>返回学时台账</Button>} />;

  const act = (task: () => Promise<unknown>, done: string) =>
    action.run(async () => {
      await task();
      return done;
    });

  return (
    <Card
      title={`${row.member.name}的学习笔记本（${year}年）`}
      extra={
        <Space>
          <Button onClick={() => navigate(studyPath.tab('ledger', year))}>返回</Button>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(studyPath.print(memberId, year))}>
            打印笔记本
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={4} bordered>
        <Descriptions.Item label="身份">{STUDY_ROLE_LABELS[row.target.role]}</Descriptions.Item>
        <Descriptions.Item label="全年目标">
          {row.target.hours} 学时{row.target.fromMonth > 1 && `（${row.target.fromMonth} 月起折算）`}
        </Descriptions.Item>
        <Descriptions.Item label="已完成">{formatHours(row.total)} 学时</Descriptions.Item>
        <Descriptions.Item label="进度"><PaceTag status={row.status} /></Descriptions.Item>
        <Descriptions.Item label="会议计入">{formatHours(row.fromMeetings)} 学时</Descriptions.Item>
        <Descriptions.Item label="补课计入">{formatHours(row.fromMakeUps)} 学时</Descriptions.Item>
        <Descriptions.Item label="学习笔记">{row.noteCount} 篇</Descriptions.Item>
        <Descriptions.Item label="优秀笔记">{row.excellentCount} 篇</Descriptions.Item>
        <Descriptions.Item label="笔记字数">
          <WordsAgainstTarget written={row.written} target={data.ledger.noteTarget} />
        </Descriptions.Item>
        <Descriptions.Item label="心得体会">
          <ReflectionsAgainstTarget written={row.written} target={data.ledger.noteTarget} />
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 16 }}>集中学习（由三会一课记录自动计入）</Typography.Title>
      <Table
        size="small"
        aria-label="会议计入学时"
        rowKey={(credit) => `${credit.meetingId}-${credit.makeUp}`}
        dataSource={row.credits}
        pagination={false}
        locale={{ emptyText: '本年尚无计入学时的党课或主题党日' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '会议', render: (_, credit) => `${credit.sessionName}（${MEETING_TYPE_LABELS[credit.type]}）` },
          { title: '学时', width: 80, render: (_, credit) => formatHours(credit.hours) },
          { title: '', width: 80, render: (_, credit) => (credit.makeUp ? <Tag color="orange">补课</Tag> : null) },
        ]}
      />

      <Typography.Title level={5} style={{ marginTop: 16 }}>学习笔记</Typography.Title>
      {notes.length === 0 ? (
        <Empty description="本年尚无学习笔记" />
      ) : (
        <List
          aria-label="学习笔记"
          dataSource={notes}
          renderItem={(note) => {
            const confirmation = data.confirmations.get(note.id);
            return (
              <List.Item
                actions={[
                  <Button key="edit" size="small" onClick={() => setEditing(note)}>编辑</Button>,
                  note.excellent ? (
                    <Button key="unmark" size="small" onClick={() => void act(() => notebookRepository.markExcellent(notebookId, note.id, null), '已取消优秀学习笔记。')}>取消优秀</Button>
                  ) : (
                    <Button key="mark" size="small" onClick={() => setMarking(note)}>评为优秀</Button>
                  ),
                  <Popconfirm key="remove" title="删除这条学习笔记？" description="删除后不再计入学时；修改记录中保留其内容。" okText="删除" cancelText="取消" onConfirm={() => void act(() => notebookRepository.removeNote(notebookId, note.id), '学习笔记已删除。')}>
                    <Button size="small" danger>删除</Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span>{note.date}</span>
                      <strong>{note.materialTitle}</strong>
                      <Tag>{STUDY_KIND_LABELS[note.kind]}</Tag>
                      <Tag color="blue">{STUDY_FORM_LABELS[note.form]}</Tag>
                      <span>{formatHours(note.hours)} 学时</span>
                      <span>{noteWordCount(note.text).toLocaleString('zh-CN')} 字</span>
                      {note.excellent && <Tag color="gold">优秀学习笔记</Tag>}
                      {note.excellent && (confirmation ? <Tag color="green">组织部门已确认</Tag> : <Tag>待组织部门确认</Tag>)}
                    </Space>
                  }
                  description={
                    <Space direction="vertical" style={{ width: '100%' }}>
                      {note.text && <Typography.Paragraph className="note-text">{note.text}</Typography.Paragraph>}
                      {note.excellent && <Typography.Text type="secondary">评语：{note.excellent.comment}（{note.excellent.markedBy}）</Typography.Text>}
                      {note.excellent && confirmation && <Typography.Text type="secondary">{describeConfirmation(confirmation)}</Typography.Text>}
                      {note.attachmentId && <NotePhoto attachmentId={note.attachmentId} />}
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      {editing && notebook && <NoteEditDialog notebookId={notebook.id} note={editing} materials={materials} onClose={() => setEditing(undefined)} />}
      {marking && notebook && <ExcellentDialog notebookId={notebook.id} note={marking} onClose={() => setMarking(undefined)} />}
    </Card>
  );
}
