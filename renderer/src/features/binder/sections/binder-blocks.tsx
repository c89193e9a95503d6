import type { ReactNode } from 'react';
import { ACTIVITY_KIND_LABELS } from '../../../../../shared/activities/activity';
import { BINDER_SECTIONS, rowsByPage, type BinderSectionKey } from '../../../../../shared/binder/binder-outline';
import { binderAsOf, datedInYear, developmentPeople, drawnImages, electionsOfYear, makeUpsOfYear, meetingEntry, meetingsOfYear, notebookHeadLines, notebooksOfYear, notesByPage, plansOfYear, publishedOfYear, rosterAsOf } from '../../../../../shared/binder/binder-content';
import { DOCUMENT_KIND_LABELS } from '../../../../../shared/documents/document';
import { duesLedgerStart, memberDuesInputs } from '../../../../../shared/dues/branch-dues';
import { yuanAmount } from '../../../../../shared/dues/dues-amount';
import { ledgerYear, type DuesLedgerMonth } from '../../../../../shared/dues/dues-ledger';
import { dossierFindings, dossierStepStates } from '../../../../../shared/development/dossier-steps';
import { MAKE_UP_METHOD_LABELS } from '../../../../../shared/meetings/meeting-types';
import { PLAN_REVIEW_LABELS, planReview, planTitle } from '../../../../../shared/plans/plan';
import { GENDER_LABELS, STAGE_LABELS, type MemberRecord } from '../../../../../shared/members/member';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import { formatHours, studyLedger, type MemberStudyRow } from '../../../../../shared/study/study-ledger';
import { PACE_STATUS_LABELS } from '../../../../../shared/study/study-pace';
import { TALK_KIND_LABELS } from '../../../../../shared/talks/talk';
import { ElectionReport } from '../../branch';
import { attachmentLabel, BranchMeetingDocument, MeetingYearSummary } from '../../meetings';
import { PlanContentView } from '../../plans';
import { ReceiptListContent } from '../../dues';
import { QUARTERS } from '../../../../../shared/dues/months';
import { quarterTotals, remittanceDueDate } from '../../../../../shared/dues/remittance';
import { NotebookContent } from '../../study';
import { BinderImage } from '../images/BinderImage';
import type { BinderRecords } from '../data';
import { BasicsSection } from './BasicsSection';
import { BinderTable, type BinderColumn } from './BinderTable';

/** One block of the binder as the view renders it: numbered by shared/binder once its pages are measured. */
export interface BlockSpec {
  id: string;
  section: BinderSectionKey;
  entry?: string;
  node: ReactNode;
}

/** Rows of a table on one page: at 9 pt, with the section's heading above, this many always fit. */
const ROWS_PER_PAGE = 26;

const TITLES = new Map<string, string>(BINDER_SECTIONS.map((section, index) => [section.key, `${index + 1}. ${section.title}`]));

function SectionTitle({ section, continued }: { section: BinderSectionKey; continued?: boolean }) {
  return <h2 className="binder-section-title">{TITLES.get(section)}{continued ? '（续）' : ''}</h2>;
}

function tableBlocks<Row>(section: BinderSectionKey, label: string, columns: readonly BinderColumn<Row>[], rows: readonly Row[], intro?: ReactNode): BlockSpec[] {
  return rowsByPage(rows, ROWS_PER_PAGE).map((page, index) => ({
    id: `${section}-${index}`,
    section,
    node: (
      <>
        <SectionTitle section={section} continued={index > 0} />
        {index === 0 && intro}
        <BinderTable label={label} columns={columns} rows={page} firstIndex={index * ROWS_PER_PAGE} />
      </>
    ),
  }));
}

const seq = <Row,>(): BinderColumn<Row> => ({ title: '序号', render: (_row, index) => index + 1, number: true });

function duesCell(month: DuesLedgerMonth): string {
  if (month.status === 'paid' || month.status === 'partial') return yuanAmount(month.paidFen) + (month.status === 'partial' ? '*' : '');
  return { notOwed: '—', elsewhere: '流入地', noBase: '未核定', waived: '免交', unpaid: '未交' }[month.status];
}

export interface BinderInput {
  records: BinderRecords;
  year: number;
  today: string;
  rules: RuleGroups;
}

/** Every block of the year's binder, in section order, from the branch's records. */
export function binderBlocks({ records, year, today, rules }: BinderInput): BlockSpec[] {
  const asOf = binderAsOf(year, today);
  const names = new Map(records.members.map((member) => [member.id, member.name]));
  const nameList = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '（已不在名册）').join('、');
  const roster = rosterAsOf(records.members, asOf);
  const meetings = meetingsOfYear(records.meetings, year);
  const blocks: BlockSpec[] = [];

  blocks.push({ id: 'basics', section: 'basics', node: <><SectionTitle section="basics" /><BasicsSection branch={records.branch} names={names} roster={roster} asOf={asOf} /></> });

  const reviews = new Map(records.electionReviews.map((review) => [review.electionId, review]));
  for (const election of electionsOfYear(records.elections, year)) {
    blocks.push({
      id: `election-${election.id}`,
      section: 'election',
      entry: `${election.meeting!.heldOn} 换届选举`,
      node: (
        <>
          <SectionTitle section="election" />
          <div className="meeting-document">
            <ElectionReport entry={{ election, review: reviews.get(election.id) }} organisation={records.branch.name} rules={rules.branch} />
          </div>
        </>
      ),
    });
  }

  const memberColumns: BinderColumn<MemberRecord>[] = [
    seq(),
    { title: '姓名', render: (member) => member.name },
    { title: '性别', render: (member) => GENDER_LABELS[member.gender] },
    { title: '出生日期', render: (member) => member.birthDate || '—' },
    { title: '学历', render: (member) => member.education || '—' },
    { title: '科室、职务', render: (member) => [member.department, member.post].filter(Boolean).join('　') || '—' },
    { title: '类别', render: (member) => (member.stage === 'full' ? '正式党员' : '预备党员') },
    { title: '入党时间', render: (member) => member.joinedOn || '—' },
    { title: '转正时间', render: (member) => member.fullMembershipOn || '—' },
    { title: '党小组', render: (member) => records.branch.partyGroups?.find((group) => group.id === member.partyGroupId)?.name ?? '—' },
  ];
  blocks.push(...tableBlocks('roster', '党员名册', memberColumns, roster, <p className="binder-note">截至 {asOf}，在册党员 {roster.length} 名。</p>));

  const memberNames = (list: readonly MemberRecord[]) => new Map(list.map((member) => [member.id, member.name]));
  blocks.push({
    id: 'meetings-summary',
    section: 'meetings',
    node: (
      <>
        <SectionTitle section="meetings" />
        <p className="binder-note">全年共 {meetings.length} 次会议，每次会议的记录与出席情况依次附后。</p>
        <MeetingYearSummary year={year} branch={records.branch} meetings={records.meetings} />
      </>
    ),
  });
  const allNames = memberNames(records.members);
  for (const meeting of meetings) {
    blocks.push({ id: `meeting-${meeting.id}`, section: 'meetings', entry: meetingEntry(meeting), node: <BranchMeetingDocument meeting={meeting} branch={records.branch} names={allNames} /> });
    // Each picture on a page of its own under its meeting, scaled to fit it: a block never
    // breaks, so the contents' page numbers hold whatever the picture's shape.
    const images = drawnImages(records.meetingFiles.get(meeting.id) ?? []);
    images.forEach((image, index) => {
      const caption = `${meetingEntry(meeting)}　附件 ${index + 1}/${images.length}　${attachmentLabel(image)}`;
      blocks.push({ id: `image-${image.id}`, section: 'meetings', node: <BinderImage attachmentId={image.id} caption={caption} /> });
    });
  }

  const makeUps = makeUpsOfYear(records.meetings, year);
  blocks.push(
    ...tableBlocks('makeUps', '补课记录', [
      seq(),
      { title: '补课日期', render: ({ makeUp }) => makeUp.date },
      { title: '党员', render: ({ makeUp }) => names.get(makeUp.memberId) ?? '（已不在名册）' },
      { title: '所补会议', render: ({ meeting }) => meetingEntry(meeting) },
      { title: '方式', render: ({ makeUp }) => MAKE_UP_METHOD_LABELS[makeUp.method] },
      { title: '说明', render: ({ makeUp }) => makeUp.note || '—' },
    ], makeUps, <p className="binder-note">全年补课 {makeUps.length} 人次。</p>),
  );

  const ledger = studyLedger({ branch: records.branch, members: records.members, notebooks: records.notebooks, meetings: records.meetings, year, today, rules });
  const noteHours = (row: MemberStudyRow) => Object.values(row.byForm).reduce((sum, hours) => sum + hours, 0);
  const studyColumns: BinderColumn<MemberStudyRow>[] = [
    seq(),
    { title: '姓名', render: (row) => row.member.name },
    { title: '目标学时', render: (row) => formatHours(row.target.hours), number: true },
    { title: '笔记篇数', render: (row) => row.noteCount, number: true },
    { title: '笔记学时', render: (row) => formatHours(noteHours(row)), number: true },
    { title: '会议计入', render: (row) => formatHours(row.fromMeetings + row.fromMakeUps), number: true },
    { title: '期初', render: (row) => (row.opening === undefined ? '—' : formatHours(row.opening)), number: true },
    { title: '合计学时', render: (row) => formatHours(row.total), number: true },
    { title: '字数', render: (row) => row.written.words, number: true },
    { title: '心得体会', render: (row) => row.written.reflections, number: true },
    { title: '完成情况', render: (row) => PACE_STATUS_LABELS[row.status] },
  ];
  const studyIntro = <p className="binder-note">人均 {formatHours(ledger.summary.averageHours)} 学时，全支部合计 {formatHours(ledger.summary.totalHours)} 学时；低于目标 {ledger.summary.belowTarget} 人。</p>;
  blocks.push(...tableBlocks('study', '学时台账', studyColumns, ledger.rows, studyIntro));
  // Each member's notebook as the study area prints it, cut into pages that never spill, so the
  // printed pages are the ones numbered: the opening with the first notes, then notes a page at a time.
  notebooksOfYear(ledger.rows, records.notebooks, year).forEach(({ row, notes }, member) => {
    let firstNumber = 1;
    notesByPage(notes, notebookHeadLines(row.credits.length)).forEach((page, index) => {
      const continued = index > 0 ? { firstNumber } : undefined;
      firstNumber += page.length;
      blocks.push({
        id: `notebook-${row.member.id}-${index}`,
        section: 'notebooks',
        entry: index === 0 ? `${row.member.name}（${notes.length} 篇）` : undefined,
        node: (
          <>
            {member === 0 && index === 0 && <SectionTitle section="notebooks" />}
            <NotebookContent branchName={records.branch.name} year={year} row={row} notes={page} confirmations={records.noteConfirmations} continued={continued} />
          </>
        ),
      });
    });
  });

  const duesRows = memberDuesInputs(records, duesLedgerStart(records.bases, records.payments)).map((input) => ({ input, name: names.get(input.memberId) ?? '', months: ledgerYear(input, year, rules.dues) }));
  const duesColumns: BinderColumn<(typeof duesRows)[number]>[] = [
    { title: '姓名', render: (row) => row.name },
    ...Array.from({ length: 12 }, (_, month): BinderColumn<(typeof duesRows)[number]> => ({ title: `${month + 1}月`, render: (row) => duesCell(row.months[month]!), number: true })),
    { title: '全年实交', render: (row) => yuanAmount(row.months.reduce((sum, month) => sum + month.paidFen, 0)), number: true },
  ];
  blocks.push(...tableBlocks('dues', '党费收缴台账', duesColumns, duesRows, <p className="binder-note">单位：元。“*”为未交足，“—”为不需交纳。</p>));
  // Each quarter's 收缴清单 as the dues area prints it, after the grid.
  const receiptRows = duesRows.map((row) => ({ input: row.input, name: row.name, lines: row.months }));
  for (const quarter of QUARTERS) {
    blocks.push({
      id: `dues-receipts-${quarter}`,
      section: 'dues',
      node: (
        <div className="meeting-document">
          <ReceiptListContent
            branch={records.branch}
            year={year}
            quarter={quarter}
            rows={receiptRows}
            total={quarterTotals(receiptRows.map((row) => row.lines), year, quarter)}
            remitted={records.remittances.find((remittance) => !remittance.deleted && remittance.year === year && remittance.quarter === quarter)}
            dueDate={remittanceDueDate(year, quarter, rules.dues)}
            asOf={asOf}
          />
        </div>
      ),
    });
  }

  const people = developmentPeople(records.members, year, asOf);
  const developmentColumns: BinderColumn<MemberRecord>[] = [
    seq(),
    { title: '姓名', render: (member) => member.name },
    { title: '阶段', render: (member) => STAGE_LABELS[member.stage] },
    { title: '已办步骤', render: (member) => `${dossierStepStates(member).filter((state) => state.done).length} / 25`, number: true },
    { title: '最近登记的步骤', render: (member) => dossierStepStates(member).filter((state) => state.date).sort((a, b) => b.date!.localeCompare(a.date!))[0]?.step.label ?? '—' },
    { title: '纪实检查', render: (member) => dossierFindings(member).join(' ') || '无问题' },
  ];
  blocks.push(...tableBlocks('development', '发展党员纪实', developmentColumns, people));

  const talks = datedInYear(records.talks, year);
  blocks.push(
    ...tableBlocks('talks', '谈心谈话', [
      seq(),
      { title: '日期', render: (talk) => talk.date },
      { title: '类别', render: (talk) => TALK_KIND_LABELS[talk.kind] },
      { title: '谈话人', render: (talk) => nameList(talk.talkerIds) },
      { title: '谈话对象', render: (talk) => nameList(talk.memberIds) },
      { title: '主题', render: (talk) => talk.topic || '—' },
    ], talks, <p className="binder-note">全年谈心谈话 {talks.length} 次。</p>),
  );

  const activities = datedInYear(records.activities, year);
  blocks.push(
    ...tableBlocks('activities', '党建+业务活动', [
      seq(),
      { title: '日期', render: (activity) => activity.date },
      { title: '类别', render: (activity) => ACTIVITY_KIND_LABELS[activity.kind] },
      { title: '活动名称', render: (activity) => activity.title },
      { title: '共建单位/服务对象', render: (activity) => activity.partnerUnit || '—' },
      { title: '参加党员', render: (activity) => `${activity.memberIds.length} 人` },
    ], activities, records.branch.brand ? <p className="binder-note">支部品牌：{records.branch.brand.name}</p> : undefined),
  );

  const documents = [
    ...datedInYear(records.officeDocuments, year).map((document) => ({ ...document, from: document.issuedBy || '院党委' })),
    ...datedInYear(records.branchDocuments, year).map((document) => ({ ...document, from: '本支部' })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  blocks.push(
    ...tableBlocks('documents', '文件目录', [
      seq(),
      { title: '成文日期', render: (document) => document.date },
      { title: '文号', render: (document) => document.number || '—' },
      { title: '标题', render: (document) => document.title },
      { title: '类别', render: (document) => DOCUMENT_KIND_LABELS[document.kind] },
      { title: '来源', render: (document) => document.from },
    ], documents),
  );

  const returns = new Map(records.planReturns.map((returned) => [returned.id, returned]));
  plansOfYear(records.plans, year).forEach((plan, index) => {
    const returned = returns.get(plan.id);
    blocks.push({
      id: `plan-${plan.id}`,
      section: 'plans',
      entry: planTitle(plan.year, plan.kind),
      node: (
        <>
          {index === 0 && <SectionTitle section="plans" />}
          <div className="meeting-document">
            <PlanContentView branchName={records.branch.name} plan={plan} />
          </div>
          <p className="binder-note">
            报送日期：{plan.firstSubmittedOn}　院党委审阅：{PLAN_REVIEW_LABELS[planReview(plan, returned)]}
            {returned?.opinion ? `（${returned.opinion}）` : ''}
          </p>
        </>
      ),
    });
  });

  const results = publishedOfYear(records.assessmentResults, year);
  if (results.length > 0) {
    blocks.push(
      ...tableBlocks('assessment', '考核结果', [
        { title: '考核期', render: (result) => (result.period.includes('-') ? `${result.period.slice(0, 4)}年第${result.period.slice(-1)}季度` : `${result.period}年度`) },
        { title: '得分', render: (result) => (result.published!.vetoed ? '一票否决' : `${result.published!.total} / ${result.published!.maxTotal}`) },
        { title: '排名', render: (result) => `${result.published!.rank} / ${result.published!.of}` },
        { title: '流动红旗', render: (result) => (result.published!.flag ? '是' : '—') },
        { title: '星级', render: (result) => (result.published!.stars === null ? '—' : `${result.published!.stars} 星`) },
        { title: '发布日期', render: (result) => result.published!.publishedAt.slice(0, 10) },
      ], results),
    );
  }
  return blocks;
}
