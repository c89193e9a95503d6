import { MEETING_FACTS_TABLE } from '../../db/meeting-facts-middleware';
import { tableLabel } from '../sync';

/** Every table a backup holds, in the words of the preview; the records first, the bookkeeping after. */
const BACKUP_TABLE_LABELS: Record<string, string> = {
  studyNotebooks: '学习笔记本',
  meetingDrafts: '未完成的会议草稿',
  auditLog: '修改记录',
  installation: '本机设置',
  preferences: '偏好设置',
  changeLog: '待报送的变更',
  syncState: '同步状态',
  syncPackages: '数据包记录',
  conflicts: '同步冲突',
  trustedPeerKeys: '对方的公钥',
};

const RECORD_TABLES = ['branches', 'members', 'meetings', 'attachments', 'duesBases', 'duesPayments', 'duesRemittances', 'studyNotebooks', 'meetingReviews', 'notices', 'noteConfirmations', 'assessmentReports', 'assessmentResults', 'transferRequests', 'transferOrders', 'memberActivities', 'memberAppraisals', 'awards', 'monthlyReports', 'monthlyReportReturns', 'activities', 'talks', 'developmentReviews', 'documents', 'branchDocuments', 'documentReceipts', 'branchPlans', 'planReturns', 'meetingDrafts', 'auditLog'];

export function backupTableLabel(table: string): string {
  return BACKUP_TABLE_LABELS[table] ?? tableLabel(table);
}

/** Rows of the preview: the records a person knows first, then the rest, each with its count. */
export function previewRows(counts: Record<string, number>, current: Record<string, number>): { table: string; label: string; count: number; current: number; bookkeeping: boolean }[] {
  // The meetings' facts are made from the meetings (meeting-facts-middleware.ts), not restored: nothing to show.
  const tables = Object.keys(counts).filter((table) => table !== MEETING_FACTS_TABLE);
  const ordered = [...RECORD_TABLES.filter((table) => table in counts), ...tables.filter((table) => !RECORD_TABLES.includes(table))];
  return ordered.map((table) => ({ table, label: backupTableLabel(table), count: counts[table]!, current: current[table] ?? 0, bookkeeping: !RECORD_TABLES.includes(table) }));
}
