import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../support/test-database';
import { enrolledPair, exportFrom, ready, syncActor as actor } from '../../support/sync-pair';
import type { LedgerDatabase } from '../../../../../renderer/src/db/database';
import { createMonthlyReportRepository, createReportReturnRepository, MonthlyReportRefusedError } from '../../../../../renderer/src/features/monthly-report/data/monthly-report-repository';
import { createMonthlyReportReads } from '../../../../../renderer/src/features/monthly-report/data/monthly-report-reads';
import { createPackageImporter } from '../../../../../renderer/src/features/sync/data/import-package';
import { reportReview, reportTimeliness } from '../../../../../shared/statistics/monthly-report';

const database = databasePerTest();

/** Exports from one PC and imports into another, as the USB stick does. */
async function carry(from: LedgerDatabase, to: LedgerDatabase, receiverId?: string) {
  const pkg = await exportFrom(from, (exporter) => (receiverId ? exporter.centralReturn(receiverId) : exporter.branchReport()));
  const importer = createPackageImporter(to);
  expect(await importer.apply(ready(await importer.preview(pkg.bytes, pkg.fileName)))).toMatchObject({ status: 'imported' });
}

const DRAFT = {
  figures: [{ section: '组织生活（“三会一课”）落实情况', label: '支部委员会·按期', value: '1' }],
  meetings: [],
  notes: '',
  signedBy: '王书记',
};

describe('组织生活月报 between a branch and the central office', () => {
  it('the branch submits, the report travels in the 报送包, the office returns it, the 回执 travels back; a resubmission keeps the first date', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const reports = createMonthlyReportRepository(branch, { actor });

    // Bad input is refused and stores nothing.
    await expect(reports.submit(branchId, '2026-12', DRAFT, '2026-12-03')).rejects.toThrow('2026年12月尚未结束');
    await expect(reports.submit(branchId, '2026-11', { ...DRAFT, signedBy: '  ' }, '2026-12-03')).rejects.toThrow(MonthlyReportRefusedError);
    await expect(reports.submit(branchId, '2026-11', { ...DRAFT, notes: '字'.repeat(2001) }, '2026-12-03')).rejects.toThrow('不能超过 2000 个字');
    expect(await branch.monthlyReports.count()).toBe(0);

    await reports.saveDraft(branchId, '2026-11', '  本月开展专题学习。 ', '2026-12-02');
    const sent = await reports.submit(branchId, '2026-11', { ...DRAFT, notes: '本月开展专题学习。' }, '2026-12-03', new Date('2026-12-03T02:00:00Z'));
    expect(await branch.monthlyReports.count()).toBe(1);
    expect(sent).toMatchObject({ month: '2026-11', signedBy: '王书记', firstSubmittedOn: '2026-12-03', notes: '本月开展专题学习。' });
    expect((await branch.auditLog.where('recordId').equals(sent.id).toArray()).length).toBe(2);
    await carry(branch, central);

    // The office sees it, on time by the default 5th; a 退回 needs an opinion.
    const book = await createMonthlyReportReads(central).book();
    const arrived = book.reports.find((report) => report.branchId === branchId)!;
    expect(arrived.figures).toEqual(DRAFT.figures);
    expect(reportTimeliness(arrived, '2026-11', 5, '2026-12-10')).toBe('onTime');
    const returns = createReportReturnRepository(central, { actor });
    await expect(returns.review(arrived, 'returned', ' ', '组织科')).rejects.toThrow('请填写意见');
    await returns.review(arrived, 'returned', '请补充党小组会情况。', '组织科', new Date('2026-12-06T02:00:00Z'));
    await carry(central, branch, branchId);

    const back = await createMonthlyReportReads(branch).book();
    expect(back.returns.get(sent.id)).toMatchObject({ verdict: 'returned', opinion: '请补充党小组会情况。' });
    expect(reportReview(sent, back.returns.get(sent.id))).toBe('returned');

    // Resubmitted after the due day: still judged on the first submission.
    const again = await reports.submit(branchId, '2026-11', { ...DRAFT, notes: '已补充党小组会情况。' }, '2026-12-08', new Date('2026-12-08T02:00:00Z'));
    expect(again.id).toBe(sent.id);
    expect(again.firstSubmittedOn).toBe('2026-12-03');
    expect(reportReview(again, back.returns.get(sent.id))).toBe('resubmitted');
    await carry(branch, central);
    const resent = (await createMonthlyReportReads(central).book()).reports.find((report) => report.id === sent.id)!;
    expect(resent.notes).toBe('已补充党小组会情况。');
    expect(reportTimeliness(resent, '2026-11', 5, '2026-12-10')).toBe('onTime');
  });
});
