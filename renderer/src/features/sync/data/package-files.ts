import type { PackageManifest } from '../../../../../shared/sync/types';
import { safeFileNamePart } from '../../../../../shared/files/file-names';

export const PACKAGE_EXTENSION = 'zbpkg';
export const PACKAGE_FILTERS = [{ name: '数据包', extensions: [PACKAGE_EXTENSION] }];

/** 报送包-内科党支部-第1-12号-20260301.zbpkg: says who sent it, what it covers and when. */
export function packageFileName(manifest: Pick<PackageManifest, 'kind' | 'senderName' | 'seqFrom' | 'seqTo' | 'createdAt'>, receiverName: string): string {
  const date = manifest.createdAt.slice(0, 10).replaceAll('-', '');
  const range = manifest.seqTo >= manifest.seqFrom ? `第${manifest.seqFrom}-${manifest.seqTo}号` : '无新变更';
  const who = manifest.kind === 'branch-report' ? `报送包-${safeFileNamePart(manifest.senderName)}` : `回执-${safeFileNamePart(receiverName)}`;
  return `${who}-${range}-${date}.${PACKAGE_EXTENSION}`;
}

export const TABLE_LABELS: Record<string, string> = {
  branches: '支部信息',
  members: '党员',
  meetings: '会议记录',
  attachments: '附件',
  duesBases: '党费基数',
  duesPayments: '党费缴纳',
  duesRemittances: '党费上缴',
  studyNotebooks: '学习笔记本',
  meetingReviews: '会议审阅',
  notices: '通知',
  noteConfirmations: '优秀笔记确认',
  assessmentReports: '考核材料与述职',
  assessmentResults: '考核结果',
  transferRequests: '院内调动申请',
  activities: '党建+业务活动',
  transferOrders: '院内调动审批',
  memberActivities: '志愿服务与先锋岗',
  memberAppraisals: '民主评议与评先推荐',
  awards: '评先评优',
  monthlyReports: '组织生活月报',
  monthlyReportReturns: '月报回执',
  talks: '谈心谈话',
  developmentReviews: '发展党员预审与审批',
  documents: '院党委文件',
  branchDocuments: '本支部文件',
  branchPlans: '计划总结',
  planReturns: '计划总结审阅',
  documentReceipts: '文件阅读回执',
};

export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? table;
}

/** "党员 5 条、会议记录 1 条" for counts per table; "无" when empty. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${tableLabel(table)} ${count} 条`);
  return parts.length > 0 ? parts.join('、') : '无';
}
