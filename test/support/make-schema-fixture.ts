// Makes test/fixtures/schema/v<N>.json: a database as schema version N left it, every table
// of that version filled with realistic rows (the test data generator's branch, plus the
// local and sync rows the app writes), dumped in primary-key order. Run once, when version N
// is added, through build/scripts/make-schema-fixture.mjs; the committed file is then never
// regenerated, so later code is tested against what the old version really wrote.
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { auditEntryFor } from '../../shared/audit/audit';
import type { MemberRecord } from '../../shared/members/member';
import type { AttachmentRecord, MeetingDraft, MeetingRecord } from '../../shared/meetings/meeting-types';
import type { MeetingReviewRecord } from '../../shared/meetings/meeting-review';
import type { NoticeRecord } from '../../shared/notices/notice';
import type { AssessmentReportRecord, AssessmentResultRecord } from '../../shared/assessment/assessment-records';
import type { MemberAppraisalRecord } from '../../shared/assessment/appraisal';
import type { AwardRecord } from '../../shared/assessment/awards';
import type { MemberActivityRecord } from '../../shared/assessment/member-activity';
import type { NoteConfirmationRecord } from '../../shared/study/note-confirmation';
import type { TransferOrderRecord, TransferRequestRecord } from '../../shared/members/internal-transfer';
import type { MonthlyReportRecord, MonthlyReportReturnRecord } from '../../shared/statistics/monthly-report';
import type { ActivityRecord } from '../../shared/activities/activity';
import type { BranchDocumentRecord, DocumentReceiptRecord, OfficeDocumentRecord } from '../../shared/documents/document';
import type { TalkRecord } from '../../shared/talks/talk';
import type { BranchPlanRecord, PlanReturnRecord } from '../../shared/plans/plan';
import type { DevelopmentReviewRecord } from '../../shared/development/development-review';
import type { ElectionRecord, ElectionReviewRecord } from '../../shared/branch/election';
import { NATIONAL_RULE_SET } from '../../shared/rules/rule-set';
import { meetingFactsOf } from '../../shared/meetings/meeting-facts';
import { sha256Hex } from '../../shared/hash';
import { encodeHlc } from '../../shared/sync/hlc';
import { generateSigningAndEncryptionKeys } from '../../shared/sync/keys';
import type { ChangeLogRow, ClockRow } from '../../renderer/src/db/change-log';
import type { InstallationRow, PreferenceRow } from '../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import type { EnrolmentRow, PeerRow, RuleSetRow, SyncConflictRow, SyncKeyRow, SyncPackageRow } from '../../renderer/src/db/sync-rows';
import { generateBranchData, planBranches } from './generator';
import { SCHEMA_FIXTURE_DIR, databaseAtVersion, dumpTables, schemaFixtureFile, storesAtVersion, type SchemaFixture } from './schema-fixture';

const version = Number(process.argv[2]);
const force = process.argv.includes('--force');
if (!Number.isInteger(version) || version < 1 || version > CURRENT_SCHEMA_VERSION) {
  console.error(`usage: node build/scripts/make-schema-fixture.mjs <1..${CURRENT_SCHEMA_VERSION}> [--force]`);
  process.exit(2);
}
const file = schemaFixtureFile(version);
if (existsSync(file) && !force) {
  console.error(`${file} exists. A fixture is made once, by the version that defined it; pass --force only to remake a fixture of the current version.`);
  process.exit(1);
}

const SPEC = { branches: 1, members: 8, years: 2 };
const data = generateBranchData(planBranches(SPEC, 'schema-fixture')[0]!, SPEC, { seed: 'schema-fixture', today: '2026-11-30' });
const branchId = data.branch.id;
const centralId = '0f6a3c1e-5b2d-4e8a-9c7f-1a2b3c4d5e6f';
const at = '2026-11-30T08:00:00.000Z';
const stamp = { branchId, createdAt: at, updatedAt: at, deleted: false };
// Records got a clock stamp with sync (version 5); earlier versions never wrote one.
const hlcOf = (index: number) => encodeHlc({ wallMs: Date.parse(at) + index, counter: 0, node: branchId });
const stamped = <T extends object>(rows: readonly T[]): T[] => (version >= 5 ? rows.map((row, index) => ({ ...row, hlc: hlcOf(index) })) : [...rows]);

// From version 13 a member may carry the development dossier (development.dossier).
const withDossier = (member: MemberRecord, index: number): MemberRecord =>
  version >= 13 && index === 0
    ? {
        ...member,
        development: {
          ...member.development,
          dossier: {
            stepDates: { politicalReview: '2025-03-02', applicationForm: '2025-04-01', oath: '2025-07-01' },
            politicalReviewResult: 'passed',
            applicationFormNumber: '2025-0012',
            fullPublicityStart: '',
            fullPublicityEnd: '',
            documents: { application: ['attachment-0001'] },
            thoughtReports: [{ id: 'thought-0001', submittedOn: '2026-10-08', title: '学习二十届四中全会精神的体会', attachmentIds: [] }],
          },
        },
      }
    : member;
const members = stamped(data.members.map(withDossier));
// Enough meetings for every type and state the generator makes, without a huge file.
const meetings = stamped(data.meetings.slice(0, 8));
const photo = new TextEncoder().encode('\u{1F4F7} 签到表扫描件（示例字节）');
const attachment: AttachmentRecord = {
  id: 'attachment-0001',
  ...stamp,
  meetingId: meetings[0]!.id,
  kind: 'signInSheet',
  fileName: '签到表.jpg',
  mimeType: 'image/jpeg',
  size: photo.byteLength,
  sha256: await sha256Hex(photo),
  bytes: photo,
};
const { id: _id, branchId: _branchId, createdAt: _createdAt, updatedAt: _updatedAt, deleted: _deleted, confirmation: _c, review: _r, hlc: _hlc, ...draftContent } = meetings[1]! as MeetingRecord;
const draft: MeetingDraft = { id: meetings[1]!.id, branchId, isNew: false, content: { ...draftContent, discussionSummary: `${draftContent.discussionSummary}（未保存的修改）` }, savedAt: at };
const updatedMember: MemberRecord = { ...members[0]!, phone: '13900000000', updatedAt: '2026-11-30T09:00:00.000Z' };

const rowsByTable: Record<string, () => Promise<object[]> | object[]> = {
  installation: () => [{ key: 'this-pc', role: 'branch', name: data.branch.name, parentOrganizationName: data.branch.parentOrganizationName, ownerId: branchId, setupAt: at } satisfies InstallationRow],
  branches: () => stamped([data.branch]),
  members: () => members,
  auditLog: () => [
    ...members.slice(0, 3).map((after) => auditEntryFor({ table: 'members', action: 'create', after, actor: '王书记' })),
    auditEntryFor({ table: 'members', action: 'update', before: members[0]!, after: updatedMember, actor: '王书记' }),
    auditEntryFor({ table: 'members', action: 'delete', before: members[2]!, after: { ...members[2]!, deleted: true }, actor: '王书记' }),
  ],
  preferences: () => [{ key: 'operatorName', value: '王书记' } satisfies PreferenceRow],
  meetings: () => meetings,
  meetingDrafts: () => [draft],
  // As meeting-facts-middleware.ts keeps them: the branch's live meetings' facts.
  meetingFacts: () => [meetingFactsOf(branchId, meetings as MeetingRecord[])],
  attachments: () => stamped([attachment]),
  duesBases: () => stamped(data.duesBases.slice(0, 4)),
  duesPayments: () => stamped(data.duesPayments.slice(0, 4)),
  duesRemittances: () => stamped(data.duesRemittances.slice(0, 4)),
  studyNotebooks: () => stamped(data.studyNotebooks.slice(0, 2)),
  changeLog: () => [
    { stream: 'central', seq: 1, hlc: hlcOf(0), changes: members.map((m) => ({ table: 'members', id: m.id, baseHlc: null, changedFields: [] })) },
    { stream: 'central', seq: 1 + members.length, hlc: hlcOf(1), changes: [{ table: 'members', id: members[0]!.id, baseHlc: hlcOf(0), changedFields: ['phone'] }] },
  ] satisfies ChangeLogRow[],
  syncState: async () => {
    const central = await generateSigningAndEncryptionKeys();
    return [
      { key: 'clock', hlc: hlcOf(1), lastSeq: { central: members.length + 1 } } satisfies ClockRow,
      {
        key: `peer:${centralId}`,
        peerId: centralId,
        name: '市第一人民医院党委组织科',
        publicKeys: central.publicKeys,
        ackedSeq: 4,
        ackedCounts: { members: 4 },
        receivedSeq: 2,
        receivedPackageHash: 'a'.repeat(64),
        sentPackageHash: 'b'.repeat(64),
        sentSeq: members.length + 1,
        lastImportAt: at,
        lastExportAt: at,
        skewWarning: '对方电脑的时钟比本机快 10 分钟，请核对时间。',
      } satisfies PeerRow,
      {
        key: 'enrolment',
        branchId,
        branchName: data.branch.name,
        centralId,
        centralName: '市第一人民医院党委组织科',
        centralPublicKeys: central.publicKeys,
        ruleSet: NATIONAL_RULE_SET,
        createdAt: at,
        importedAt: at,
      } satisfies EnrolmentRow,
      { key: 'ruleSet', ruleSet: NATIONAL_RULE_SET, receivedAt: at } satisfies RuleSetRow,
    ];
  },
  syncPackages: () => [
    { packageId: 'pkg-0001', peerId: centralId, kind: 'branch-report', status: 'exported', seqFrom: 1, seqTo: members.length, counts: { members: members.length }, fileName: '报送包-2026-11-30.zbpkg', packageHash: 'b'.repeat(64), at },
    {
      packageId: 'pkg-0003',
      peerId: centralId,
      kind: 'central-return',
      status: 'quarantined',
      seqFrom: 5,
      seqTo: 6,
      counts: { notices: 1 },
      fileName: '回执-2026-11-30.zbpkg',
      packageHash: 'c'.repeat(64),
      at,
      missingFrom: 3,
      missingTo: 4,
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]),
    },
  ] satisfies SyncPackageRow[],
  syncKeys: async () => {
    const own = await generateSigningAndEncryptionKeys();
    const peer = await generateSigningAndEncryptionKeys();
    return [
      {
        keyId: own.publicKeys.keyId,
        owner: 'self',
        ownerId: branchId,
        publicKeys: own.publicKeys,
        signingPrivateKey: own.signingPrivateKey as CryptoKey,
        encryptionPrivateKey: own.encryptionPrivateKey as CryptoKey,
        backup: {
          format: 'zbkey',
          version: 1,
          keyId: own.publicKeys.keyId,
          publicKeys: own.publicKeys,
          kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'c2FsdHNhbHRzYWx0c2FsdA==' },
          cipher: { name: 'AES-GCM', iv: 'aXZpdml2aXZpdml2' },
          ciphertext: 'Y2lwaGVydGV4dA==',
        },
        createdAt: at,
      },
      { keyId: peer.publicKeys.keyId, owner: 'peer', ownerId: centralId, publicKeys: peer.publicKeys, createdAt: at },
    ] satisfies SyncKeyRow[];
  },
  meetingReviews: () => [
    { id: meetings[0]!.id, ...stamp, hlc: hlcOf(2), sessionName: meetings[0]!.sessionName, verdict: 'returned', opinion: '签到表缺少两名党员的签名，请补充后重新提交。', reviewer: '组织科 李敏', reviewedAt: at } satisfies MeetingReviewRecord,
  ],
  notices: () => [{ id: 'notice-0001', ...stamp, hlc: hlcOf(3), title: '关于开展2026年度组织生活会的通知', body: '各党支部：请于12月底前召开年度组织生活会，并报送会议记录。', issuedBy: '市第一人民医院党委组织科' } satisfies NoticeRecord],
  noteConfirmations: () => {
    const notebook = data.studyNotebooks[0]!;
    const note = Object.values(notebook.notes)[0]!;
    return [
      {
        id: note.id,
        ...stamp,
        hlc: hlcOf(5),
        notebookId: notebook.id,
        memberId: notebook.memberId,
        materialTitle: note.materialTitle,
        confirmedBy: '组织科 李敏',
        confirmedAt: at,
        opinion: '推荐参加全院优秀学习笔记展评。',
      } satisfies NoteConfirmationRecord,
    ];
  },
  assessmentReports: () => [
    {
      id: 'assessment-report-0001',
      ...stamp,
      hlc: hlcOf(6),
      period: '2026',
      evidence: { brand: { text: '“党员先锋岗”进病房：全年义诊 6 次，服务患者 420 人次。', attachmentIds: [attachment.id] } },
      selfAssessment: '全年“三会一课”按期召开，党费按季上缴；党小组会个别月份补开。',
      secretaryReport: { text: '一年来，支部坚持把党建工作与医疗业务同部署、同落实……', attachmentIds: [] },
      submittedAt: at,
    } satisfies AssessmentReportRecord,
  ],
  assessmentResults: () => [
    {
      id: `assessment-2026-Q3-${branchId}`,
      ...stamp,
      hlc: hlcOf(7),
      period: '2026-Q3',
      schemeId: 'default-hospital-scheme',
      schemeVersion: 1,
      entries: { 'medical-ethics': { points: 8, note: '患者满意度 96%' }, complaints: { points: 2, note: '有效投诉 1 次' } },
      published: {
        items: { 'meetings-on-time': { points: 7.5, vetoed: false, explanation: '应按期召开 5 次，按期 4 次，补开 1 次，未开 0 次。比例 80%，得 7.5 分。' } },
        total: 27.3,
        maxTotal: 70,
        vetoed: false,
        rank: 1,
        of: 3,
        flag: true,
        stars: null,
        publishedAt: at,
        publishedBy: '组织科 李敏',
      },
    } satisfies AssessmentResultRecord,
  ],
  transferRequests: () => [
    {
      id: 'transfer-request-0001',
      ...stamp,
      hlc: hlcOf(8),
      memberId: members[0]!.id,
      memberName: members[0]!.name,
      toBranchName: '外科党支部',
      requestedOn: '2026-11-20',
      reason: '工作调动至外科',
    } satisfies TransferRequestRecord,
  ],
  activities: () => [
    {
      id: 'activity-0001',
      ...stamp,
      hlc: hlcOf(22),
      kind: 'freeClinic',
      date: '2026-10-16',
      title: '世界镇痛日社区义诊',
      memberIds: [members[0]!.id, members[1]!.id],
      partnerUnit: '城东街道社区卫生服务中心',
      description: '为社区居民义诊 86 人次，发放健康手册 200 份。',
      attachmentIds: [attachment.id],
    } satisfies ActivityRecord,
  ],
  transferOrders: () => {
    const { id: _id, branchId: _branch, createdAt: _created, updatedAt: _updated, deleted: _deleted, hlc: _hlc, ...member } = members[0]!;
    const common = {
      ...stamp,
      requestId: 'transfer-request-0001',
      memberId: members[0]!.id,
      memberName: members[0]!.name,
      fromBranchId: branchId,
      fromBranchName: data.branch.name,
      toBranchId: 'f1e2d3c4-b5a6-4978-8a1b-2c3d4e5f6a7b',
      toBranchName: '外科党支部',
      effectiveOn: '2026-11-28',
      letterNumber: '院组字〔2026〕031 号',
      approvedBy: '组织科 李敏',
      approvedAt: at,
    };
    return [
      { id: 'transfer-order-0001', ...common, hlc: hlcOf(9), role: 'release', carried: null } satisfies TransferOrderRecord,
      {
        id: 'transfer-order-0002',
        ...common,
        hlc: hlcOf(10),
        role: 'admission',
        carried: {
          member,
          duesBase: { category: 'employed', income: { postSalaryFen: 450000, gradeSalaryFen: 120000, performancePayFen: 300000, allowancesFen: 50000, pensionFen: 0, deductionsFen: 80000 }, hardship: null, note: '' },
          notes: [{ id: 'note-0001', date: '2026-03-12', materialTitle: '党章', kind: 'partyRules', hours: 2, form: 'selfStudy', text: '学习党章第一章。', attachmentId: '', excellent: null }],
          year: 2026,
        },
      } satisfies TransferOrderRecord,
    ];
  },
  memberActivities: () => [
    { id: 'member-activity-0001', ...stamp, hlc: hlcOf(11), memberId: members[0]!.id, kind: 'volunteer', date: '2026-09-20', title: '义诊进社区', hours: 3.5, note: '测血压、讲解慢病用药' } satisfies MemberActivityRecord,
    { id: 'member-activity-0002', ...stamp, hlc: hlcOf(12), memberId: members[1]!.id, kind: 'pioneerPost', date: '2026-10-08', title: '急诊党员先锋岗', hours: 0, note: '' } satisfies MemberActivityRecord,
  ],
  memberAppraisals: () => [
    {
      id: 'member-appraisal-0001',
      ...stamp,
      hlc: hlcOf(13),
      year: 2026,
      meetingId: meetings[0]!.id,
      voters: 8,
      results: {
        [members[0]!.id]: { name: members[0]!.name, grade: 'excellent', votes: 7, reason: '', disposal: '', disposalNote: '' },
        [members[1]!.id]: { name: members[1]!.name, grade: 'unqualified', votes: 5, reason: '全年无故缺席组织生活 4 次', disposal: 'correction', disposalNote: '限期三个月改正' },
      },
      nominations: { [members[0]!.id]: { name: members[0]!.name, deeds: '抗疫一线连续值守 40 天，带领科室完成新技术 3 项。' } },
    } satisfies MemberAppraisalRecord,
  ],
  awards: () => [
    {
      id: `award-2026-${branchId}`,
      ...stamp,
      hlc: hlcOf(14),
      year: 2026,
      advancedBranch: true,
      members: { [members[0]!.id]: { name: members[0]!.name, deeds: '抗疫一线连续值守 40 天，带领科室完成新技术 3 项。' } },
      publicity: { from: '2026-06-22', workingDays: 5, until: '2026-06-26', provisional: false },
      approval: { approvedOn: '2026-06-30', document: '院党委〔2026〕12号' },
    } satisfies AwardRecord,
  ],
  monthlyReports: () => [
    {
      id: 'monthly-report-0001',
      ...stamp,
      hlc: hlcOf(20),
      month: '2026-10',
      figures: [
        { section: '组织生活（“三会一课”）落实情况', label: '支部委员会·按期', value: '1' },
        { section: '组织生活（“三会一课”）落实情况', label: '出席·平均出席率', value: '87.5%' },
      ],
      meetings: [
        {
          meetingId: meetings[0]!.id,
          date: '2026-10-14',
          typeLabel: '支部委员会',
          sessionName: '2026年10月支部委员会',
          expected: 8,
          present: 7,
          leave: 1,
          absent: 0,
          makeUps: 1,
          makeUpsOwed: 0,
          makesUpPeriod: '',
        },
      ],
      notes: '本月开展“学习贯彻党的二十届四中全会精神”专题学习。',
      signedBy: '王书记',
      submittedAt: '2026-11-03T02:00:00.000Z',
      firstSubmittedOn: '2026-11-03',
    } satisfies MonthlyReportRecord,
  ],
  monthlyReportReturns: () => [
    {
      id: 'monthly-report-0001',
      ...stamp,
      hlc: hlcOf(21),
      month: '2026-10',
      verdict: 'returned',
      opinion: '请补充党小组会的召开情况。',
      reviewer: '组织科 李敏',
      reviewedAt: '2026-11-06T02:00:00.000Z',
      reviewedSubmission: '2026-11-03T02:00:00.000Z',
    } satisfies MonthlyReportReturnRecord,
  ],
  talks: () => [
    {
      id: 'talk-0001',
      ...stamp,
      hlc: hlcOf(24),
      date: '2026-11-12',
      kind: 'heartToHeart',
      talkerIds: [members[0]!.id],
      memberIds: [members[1]!.id, members[2]!.id],
      topic: '夜班后的工作状态与家庭困难',
      notes: '了解到家中老人住院，科室已调整排班。',
    } satisfies TalkRecord,
    {
      id: 'talk-0002',
      ...stamp,
      hlc: hlcOf(25),
      date: '2026-11-20',
      kind: 'reminder',
      talkerIds: [members[0]!.id, members[1]!.id],
      memberIds: [members[3]!.id],
      topic: '连续两个月未参加组织生活',
      notes: '',
    } satisfies TalkRecord,
  ],
  developmentReviews: () => [
    {
      id: `development-review-${members[0]!.id}`,
      ...stamp,
      hlc: hlcOf(22),
      memberId: members[0]!.id,
      memberName: members[0]!.name,
      decisions: { admissionApproval: { on: '2025-06-20', agreed: true, document: '院党委〔2025〕8号', opinion: '同意接收为预备党员。', reviewer: '组织科 李敏' } },
    } satisfies DevelopmentReviewRecord,
  ],
  documents: () => [
    {
      id: 'document-0001',
      ...stamp,
      hlc: hlcOf(26),
      publicationId: 'publication-0001',
      kind: 'guide',
      title: '2026年12月组织生活指南',
      number: '院党委组〔2026〕18号',
      date: '2026-11-28',
      body: '各党支部：\n12月主题党日围绕“学习贯彻全会精神”开展，年度组织生活会于下旬召开。',
      attachmentIds: [attachment.id],
      issuedBy: '市第一人民医院党委组织科',
    } satisfies OfficeDocumentRecord,
  ],
  branchDocuments: () => [
    {
      id: 'branch-document-0001',
      ...stamp,
      hlc: hlcOf(27),
      kind: 'paperReceived',
      title: '关于做好冬季义诊工作的通知（区卫健委）',
      number: '区卫健发〔2026〕40号',
      date: '2026-11-15',
      body: '',
      attachmentIds: [attachment.id],
    } satisfies BranchDocumentRecord,
  ],
  documentReceipts: () => [
    { id: 'receipt-document-0001', ...stamp, hlc: hlcOf(28), documentId: 'document-0001', publicationId: 'publication-0001', readAt: '2026-12-01T01:30:00.000Z', reader: '王书记' } satisfies DocumentReceiptRecord,
  ],
  elections: () => [
    {
      id: 'election-0001',
      ...stamp,
      hlc: hlcOf(29),
      plan: { requestedOn: '2026-09-01', seats: 3, candidateIds: members.slice(0, 4).map((member) => member.id), note: '本届任期 2026-10 届满。' },
      planSubmission: 1,
      meeting: {
        heldOn: '2026-10-10',
        voterIds: members.slice(0, 6).map((member) => member.id),
        excused: [{ memberId: members[5]!.id, reason: '外出学习半年以上，经院党委同意不计入应到会人数' }],
        presentIds: members.slice(0, 5).map((member) => member.id),
        votes: { [members[0]!.id]: 5, [members[1]!.id]: 4, [members[2]!.id]: 4, [members[3]!.id]: 1 },
        roles: { [members[0]!.id]: 'secretary', [members[1]!.id]: 'organization', [members[2]!.id]: 'publicity' },
        termStart: '2026-10-10',
        termEnd: '2029-10-09',
        reportedOn: '2026-10-11',
      },
      resultSubmission: 1,
      names: Object.fromEntries(members.slice(0, 6).map((member) => [member.id, member.name])),
      appliedOn: '2026-10-20',
    } satisfies ElectionRecord,
  ],
  electionReviews: () => [
    {
      id: 'election-review-election-0001',
      ...stamp,
      hlc: hlcOf(30),
      electionId: 'election-0001',
      plan: { submission: 1, on: '2026-09-08', agreed: true, document: '院党委〔2026〕21号', opinion: '同意换届。', reviewer: '组织科 李敏' },
      result: { submission: 1, on: '2026-10-18', agreed: true, document: '院党委〔2026〕25号', opinion: '同意选举结果。', reviewer: '组织科 李敏' },
    } satisfies ElectionReviewRecord,
  ],
  branchPlans: () => [
    {
      id: `plan-${branchId}-2026-developmentPlan`,
      ...stamp,
      hlc: hlcOf(31),
      year: 2026,
      kind: 'developmentPlan',
      body: '坚持标准、保证质量，重点在临床一线青年骨干中发展党员。',
      months: [],
      developmentCount: 1,
      people: [{ memberId: members[1]!.id, name: members[1]!.name, stage: 'candidate', target: 'probationary' }],
      figures: [],
      signedBy: '王书记',
      signedOn: '2026-01-20',
      submittedAt: '2026-01-20T02:00:00.000Z',
      firstSubmittedOn: '2026-01-20',
    } satisfies BranchPlanRecord,
  ],
  planReturns: () => [
    {
      id: `plan-${branchId}-2026-developmentPlan`,
      ...stamp,
      hlc: hlcOf(32),
      year: 2026,
      kind: 'developmentPlan',
      verdict: 'returned',
      opinion: '请补充培养联系人和培养措施。',
      reviewer: '组织科 李敏',
      reviewedAt: '2026-01-25T03:00:00.000Z',
      reviewedSubmission: '2026-01-20T02:00:00.000Z',
    } satisfies PlanReturnRecord,
  ],
  conflicts: () => [
    {
      id: 'conflict-0001',
      branchId,
      detectedAt: at,
      table: 'members',
      field: 'phone',
      localValue: '13900000000',
      localHlc: hlcOf(1),
      localOrigin: branchId,
      incomingValue: '13700000000',
      incomingHlc: hlcOf(4),
      incomingOrigin: centralId,
      applied: 'incoming',
      resolution: 'local',
    } satisfies SyncConflictRow,
  ],
};

const stores = storesAtVersion(version);
const unknown = stores.filter((name) => !(name in rowsByTable));
if (unknown.length) throw new Error(`make-schema-fixture: no rows for ${unknown.join(', ')}; add them to rowsByTable`);

const db = databaseAtVersion(`schema-fixture-v${version}`, version);
await db.open();
for (const name of stores) {
  const rows = await rowsByTable[name]!();
  if (rows.length === 0) throw new Error(`make-schema-fixture: ${name} has no rows`);
  await db.table(name).bulkAdd(rows);
}
const fixture: SchemaFixture = { version, madeBy: 'build/scripts/make-schema-fixture.mjs', madeAt: new Date().toISOString(), tables: await dumpTables(db) };
db.close();
mkdirSync(SCHEMA_FIXTURE_DIR, { recursive: true });
writeFileSync(file, `${JSON.stringify(fixture, null, 1)}\n`);
console.log(`${file}: ${Object.entries(fixture.tables).map(([name, rows]) => `${name} ${rows.length}`).join(', ')}`);
