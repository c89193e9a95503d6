import { Alert, App, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import {
  APPRAISAL_GRADE_LABELS,
  APPRAISAL_GRADES,
  appraisableMembers,
  appraisalCounts,
  appraisalErrors,
  DISPOSAL_LABELS,
  DISPOSALS,
  UNGRADED_LABEL,
  type AppraisalEntry,
  type AppraisalGrade,
  type MemberAppraisalContent,
} from '../../../../shared/assessment/appraisal';
import { useToday } from '../../core/today';
import { useMembers } from '../members';
import { useMeetings } from '../meetings';
import { AppraisalRefusedError, appraisalRepository } from './data/appraisal-repository';
import { useAppraisal } from './use-assessment';
import { YearSelect } from './YearSelect';

const GRADE_OPTIONS = APPRAISAL_GRADES.map((grade) => ({ value: grade, label: APPRAISAL_GRADE_LABELS[grade] }));
const DISPOSAL_OPTIONS = [{ value: '', label: '待处置' }, ...DISPOSALS.map((disposal) => ({ value: disposal, label: DISPOSAL_LABELS[disposal] }))];

interface Row extends Omit<AppraisalEntry, 'grade'> {
  memberId: string;
  /** '' while the secretary has not picked a 等次 (未评): never a grade by default. */
  grade: AppraisalGrade | '';
  nominated: boolean;
  deeds: string;
}

/** The grades counted so far, as a line of tags; used by the branch and the office. */
export function AppraisalCountTags({ counts, ungraded }: { counts: ReturnType<typeof appraisalCounts>; ungraded?: number }) {
  return (
    <Space wrap>
      <Tag>参评 {counts.appraised} 人</Tag>
      {ungraded !== undefined && ungraded > 0 && <Tag color="orange">{UNGRADED_LABEL} {ungraded} 人</Tag>}
      {APPRAISAL_GRADES.map((grade) => (
        <Tag key={grade} color={grade === 'excellent' ? 'green' : grade === 'unqualified' ? 'red' : undefined}>
          {APPRAISAL_GRADE_LABELS[grade]} {counts.byGrade[grade]}
        </Tag>
      ))}
      {counts.disposalPending > 0 && <Tag color="volcano">不合格待组织处置 {counts.disposalPending}</Tag>}
      <Tag color="gold">推荐优秀共产党员 {counts.nominated}</Tag>
    </Space>
  );
}

/**
 * Branch: 民主评议党员 of a year. Each member's 等次 with the votes or the reason, 组织处置 for
 * 不合格, and the nominations of 优秀共产党员 from the 优秀; saved whole, sent in the 报送包.
 */
export function AppraisalPanel({ branchId }: { branchId: string }) {
  const { message, modal } = App.useApp();
  const today = useToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const members = useMembers();
  const meetings = useMeetings();
  const record = useAppraisal(branchId, year);
  const [rows, setRows] = useState<Row[]>([]);
  const [meetingId, setMeetingId] = useState('');
  const [voters, setVoters] = useState<number | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const appraised = useMemo(() => appraisableMembers(members ?? [], year).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [members, year]);
  useEffect(() => {
    if (record === undefined) return;
    setMeetingId(record?.meetingId ?? '');
    setVoters(record?.voters ?? null);
    setRows(
      appraised.map((member) => {
        const entry = record?.results[member.id];
        const nomination = record?.nominations[member.id];
        return { memberId: member.id, name: member.name, grade: entry?.grade ?? '', votes: entry?.votes ?? null, reason: entry?.reason ?? '', disposal: entry?.disposal ?? '', disposalNote: entry?.disposalNote ?? '', nominated: Boolean(nomination), deeds: nomination?.deeds ?? '' };
      }),
    );
  }, [record, appraised]);

  const meetingOptions = (meetings ?? [])
    .filter((meeting) => (meeting.type === 'democraticAppraisal' || meeting.type === 'organizationalLifeMeeting') && meeting.startAt.startsWith(String(year)))
    .map((meeting) => ({ value: meeting.id, label: `${meeting.startAt.slice(0, 10)} ${meeting.sessionName}` }));
  const setRow = (memberId: string, patch: Partial<Row>) => setRows(rows.map((row) => (row.memberId === memberId ? { ...row, ...patch } : row)));

  /**
   * Checked first, with every reason; then, when members are still ungraded, asked: they are
   * left out of the results and stay 未评 until the secretary picks their 等次.
   */
  function save() {
    const graded = rows.filter((row): row is Row & { grade: AppraisalGrade } => row.grade !== '');
    const content: MemberAppraisalContent = {
      year,
      meetingId,
      voters,
      results: Object.fromEntries(graded.map((row) => [row.memberId, { name: row.name, grade: row.grade, votes: row.votes, reason: row.reason.trim(), disposal: row.grade === 'unqualified' ? row.disposal : '', disposalNote: row.grade === 'unqualified' ? row.disposalNote.trim() : '' }])),
      nominations: Object.fromEntries(graded.filter((row) => row.nominated).map((row) => [row.memberId, { name: row.name, deeds: row.deeds.trim() }])),
    };
    const refused = appraisalErrors(content);
    if (refused.length > 0) return refuse(refused);
    const ungraded = rows.filter((row) => row.grade === '');
    if (ungraded.length === 0) return void store(content);
    modal.confirm({
      title: `还有 ${ungraded.length} 名党员未评定等次`,
      content: `${ungraded.map((row) => row.name).join('、')}尚未选择评议等次。保存后他们仍为“${UNGRADED_LABEL}”，可以以后再评；是否先保存已评定的结果？`,
      okText: '保存已评定的结果',
      cancelText: '返回继续评议',
      onOk: () => store(content),
    });
  }

  function refuse(reasons: string[]) {
    setErrors(reasons);
    message.error('民主评议结果未保存，请按提示修改。');
  }

  async function store(content: MemberAppraisalContent) {
    try {
      await appraisalRepository.save(branchId, content);
      setErrors([]);
      message.success(`${year}年度民主评议结果已保存，随下一次报送包报送。`);
    } catch (error) {
      refuse(error instanceof AppraisalRefusedError ? error.errors : [(error as Error).message]);
    }
  }

  const unqualified = rows.filter((row) => row.grade === 'unqualified');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large">
          <YearSelect value={year} onChange={setYear} today={today} label="评议年度" />
          <Select aria-label="评议会议" placeholder="民主评议党员会议" value={meetingId || undefined} onChange={setMeetingId} options={meetingOptions} style={{ width: 320 }} notFoundContent="本年度还没有登记民主评议党员或组织生活会" allowClear onClear={() => setMeetingId('')} />
          <InputNumber aria-label="参加测评人数" min={1} value={voters} onChange={setVoters} addonBefore="参加测评" addonAfter="人" style={{ width: 200 }} />
        </Space>
        <div style={{ marginTop: 8 }}>{record !== undefined && <AppraisalCountTags counts={appraisalCounts(record ?? undefined)} ungraded={rows.filter((row) => row.grade === '').length} />}</div>
      </Card>
      {errors.length > 0 && <Alert type="error" showIcon message="民主评议结果未保存" description={<ul>{errors.map((error) => <li key={error}>{error}</li>)}</ul>} />}
      <Table<Row>
        aria-label={`${year}年度民主评议党员结果`}
        rowKey="memberId"
        size="small"
        pagination={false}
        loading={record === undefined || !members}
        dataSource={rows}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '评议等次', key: 'grade', width: 120, render: (_, row) => <Select<AppraisalGrade> aria-label={`${row.name}评议等次`} size="small" value={row.grade || undefined} placeholder={UNGRADED_LABEL} allowClear options={GRADE_OPTIONS} onChange={(grade) => setRow(row.memberId, { grade: grade ?? '', ...(grade !== 'excellent' ? { nominated: false } : {}) })} style={{ width: 110 }} /> },
          { title: '得票', key: 'votes', width: 90, render: (_, row) => <InputNumber aria-label={`${row.name}得票`} size="small" min={0} value={row.votes} onChange={(votes) => setRow(row.memberId, { votes })} style={{ width: 80 }} /> },
          { title: '理由（基本合格、不合格必填）', key: 'reason', render: (_, row) => <Input aria-label={`${row.name}评议理由`} size="small" value={row.reason} onChange={(event) => setRow(row.memberId, { reason: event.target.value })} /> },
          {
            title: '组织处置',
            key: 'disposal',
            width: 230,
            render: (_, row) =>
              row.grade === 'unqualified' ? (
                <Space.Compact>
                  <Select aria-label={`${row.name}组织处置`} size="small" value={row.disposal} options={DISPOSAL_OPTIONS} onChange={(disposal) => setRow(row.memberId, { disposal })} style={{ width: 100 }} />
                  <Input aria-label={`${row.name}处置情况`} size="small" value={row.disposalNote} onChange={(event) => setRow(row.memberId, { disposalNote: event.target.value })} placeholder="处置情况" />
                </Space.Compact>
              ) : (
                '—'
              ),
          },
          {
            title: '推荐优秀共产党员',
            key: 'nominate',
            width: 280,
            render: (_, row) =>
              row.grade === 'excellent' ? (
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Checkbox aria-label={`推荐${row.name}`} checked={row.nominated} onChange={(event) => setRow(row.memberId, { nominated: event.target.checked })}>
                    推荐
                  </Checkbox>
                  {row.nominated && <Input.TextArea aria-label={`${row.name}主要事迹`} rows={2} value={row.deeds} onChange={(event) => setRow(row.memberId, { deeds: event.target.value })} placeholder="主要事迹（至少 10 个字）" />}
                </Space>
              ) : (
                <Typography.Text type="secondary">评为优秀方可推荐</Typography.Text>
              ),
          },
        ]}
      />
      <Button type="primary" disabled={rows.length === 0} onClick={() => void save()}>
        保存评议结果
      </Button>
      {unqualified.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`不合格党员 ${unqualified.length} 人，须作组织处置`}
          description={unqualified.map((row) => `${row.name}：${row.disposal ? DISPOSAL_LABELS[row.disposal] : '待处置'}${row.disposalNote ? `（${row.disposalNote}）` : ''}`).join('；')}
        />
      )}
    </Space>
  );
}
