import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { enrolledPair, exportFrom, ready, syncActor } from '../../../support/sync-pair';
import { periodSheet, branchSheet } from '../../../../../../renderer/src/features/assessment/data/period-sheet';
import { createReportRepository, ReportRefusedError } from '../../../../../../renderer/src/features/assessment/data/report-repository';
import { createResultRepository, ScoringRefusedError } from '../../../../../../renderer/src/features/assessment/data/result-repository';
import { createAttachmentRepository } from '../../../../../../renderer/src/core/attachments/attachment-repository';
import { createRuleSetRepository } from '../../../../../../renderer/src/core/rules/rule-set-repository';
import { createPackageImporter } from '../../../../../../renderer/src/features/sync/data/import-package';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../../../shared/assessment/default-scheme';
import { assessmentSchemeOf } from '../../../../../../shared/assessment/scheme';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';

const database = databasePerTest();
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ORG = { id: 'org', name: '市人民医院党委' };

describe('assessment between a branch and the central office', () => {
  it('the scheme goes out in the 回执, the branch’s material comes in the 报送包, the published result and flag go back', async () => {
    // The office sets its scheme (two flags a quarter) before enrolling: the enrolment file carries it.
    const scheme = { ...structuredClone(DEFAULT_ASSESSMENT_SCHEME), flagsPerQuarter: 2 };
    const { central, branch, branchId } = await enrolledPair(database, (office) => createRuleSetRepository(office).publishAssessment(scheme, ORG));
    const centralImporter = createPackageImporter(central);
    const branchImporter = createPackageImporter(branch);
    const atBranch = assessmentSchemeOf((await createRuleSetRepository(branch).active()).ruleSet);
    expect(atBranch).toMatchObject({ version: 2, flagsPerQuarter: 2 });

    // The branch writes evidence with a file, its self-assessment and the year's 述职.
    const reports = createReportRepository(branch, { actor: syncActor });
    await reports.saveText(branchId, '2026-Q3', { itemId: 'medical-ethics' }, '患者满意度 97%，收到锦旗 3 面。');
    // Files as the screen adds them: stored under the report's id by the meetings' attachment store, then listed.
    const file = await createAttachmentRepository(branch).add(branchId, (await reports.ensure(branchId, '2026-Q3')).id, 'photo', '满意度调查.png', PNG);
    await reports.setFiles(branchId, '2026-Q3', { itemId: 'medical-ethics' }, [file.id]);
    await reports.saveSelfAssessment(branchId, '2026-Q3', '本季度支委会按月召开。');
    await reports.saveText(branchId, '2026', 'secretaryReport', '一年来，支部坚持党建与业务同部署。');
    await expect(reports.saveSelfAssessment(branchId, '2026-Q3', '字'.repeat(20_001))).rejects.toBeInstanceOf(ReportRefusedError);
    expect(await reports.find(branchId, '2026-Q3')).toMatchObject({ selfAssessment: '本季度支委会按月召开。', evidence: { 'medical-ethics': { text: '患者满意度 97%，收到锦旗 3 面。', attachmentIds: [file.id] } } });

    const report = await exportFrom(branch, (exporter) => exporter.branchReport());
    // Four writes to the two reports (text, file list, self-assessment; 述职), and the file.
    expect(report.manifest.counts).toMatchObject({ assessmentReports: 4, attachments: 1 });
    await centralImporter.apply(ready(await centralImporter.preview(report.bytes, report.fileName)));
    expect(await createReportRepository(central).find(branchId, '2026')).toMatchObject({ secretaryReport: { text: '一年来，支部坚持党建与业务同部署。' } });
    expect(await central.attachments.get(file.id)).toMatchObject({ fileName: '满意度调查.png', size: PNG.length });

    // The office scores: a manual item out of range is refused and stores nothing.
    const results = createResultRepository(central, { actor: () => '组织科' });
    const item = (id: string) => scheme.items.find((entry) => entry.id === id)!;
    await expect(results.saveEntry(branchId, '2026-Q3', scheme, item('medical-ethics'), { points: 12, note: '' })).rejects.toBeInstanceOf(ScoringRefusedError);
    expect(await central.assessmentResults.count()).toBe(0);
    const rules = NATIONAL_RULE_SET.rules;
    const unscored = await periodSheet(central, scheme, rules, '2026-Q3', '2026-10-10');
    expect(unscored.rows.map((row) => [row.branchName, row.score.pending])).toEqual([['内科第一党支部', 1]]);
    await expect(results.publish('2026-Q3', scheme, unscored.ranking, '组织科')).rejects.toThrow('还有 1 个支部有未评分的项目');

    await results.saveEntry(branchId, '2026-Q3', scheme, item('medical-ethics'), { points: 9, note: ' 满意度高 ' });
    const sheet = await periodSheet(central, scheme, rules, '2026-Q3', '2026-10-10');
    const [row] = sheet.rows;
    expect(row!.score.items.find((entry) => entry.itemId === 'medical-ethics')).toMatchObject({ points: 9, explanation: '评分 9 分（满意度高）。' });
    await results.publish('2026-Q3', scheme, sheet.ranking, '组织科 李敏');

    // A later edit of the scheme goes out with the return, beside the result.
    await createRuleSetRepository(central).publishAssessment({ ...scheme, flagsPerQuarter: 1 }, ORG);
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    // Two writes of the one result: the entry, then the publication.
    expect(back.manifest.counts).toEqual({ assessmentResults: 2 });
    await branchImporter.apply(ready(await branchImporter.preview(back.bytes, back.fileName)));
    expect(assessmentSchemeOf((await createRuleSetRepository(branch).active()).ruleSet)).toMatchObject({ version: 3, flagsPerQuarter: 1 });
    const atHome = await branchSheet(branch, branchId, atBranch, rules, '2026-Q3', '2026-10-10');
    expect(atHome!.result!.published).toMatchObject({ rank: 1, of: 1, flag: true, stars: null, total: row!.score.total, publishedBy: '组织科 李敏' });
    expect(atHome!.score.total).toBe(row!.score.total);
  }, 60_000);
});
