import { describe, expect, it } from 'vitest';
import { exportStudyLedger, LEDGER_HEADER, ledgerRows } from '../../../../../../renderer/src/features/study/excel/ledger-workbook';
import { readWorkbookRows } from '../../../../../../renderer/src/shell/workbook';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { studyLedger } from '../../../../../../shared/study/study-ledger';
import { attendanceOf, branchRecord, meetingRecord } from '../../../../shared/support/meeting-fixture';
import { memberRecord } from '../../../../shared/support/member-fixture';
import { notebookOf, studyNote } from '../../../../shared/support/study-fixture';

const secretary = memberRecord({ stage: 'full', name: '李书记', department: '心内科' });
const member = memberRecord({ stage: 'probationary', name: '王预备', department: '心内科' });
const branch = branchRecord('2026-01-01', { committee: [{ role: 'secretary', memberId: secretary.id }] });
const lecture = meetingRecord('partyLecture', '2026-03-05', { attendance: attendanceOf({ [secretary.id]: 'present', [member.id]: 'present' }) });
const notebooks = [notebookOf(member.id, 2026, [studyNote('2026-04-01', 8, { form: 'trainingCourse' }), studyNote('2026-04-02', 0.5, { form: 'online' })])];
const ledger = studyLedger({ branch, members: [secretary, member], notebooks, meetings: [lecture], year: 2026, today: '2026-12-31', rules: NATIONAL_RULE_SET.rules });

describe('study ledger workbook', () => {
  it('writes a row per member with numbers, not text, in the header’s order', () => {
    expect(LEDGER_HEADER.slice(4, 8)).toEqual(['集中学习', '自学', '线上学习', '培训班']);
    expect(ledgerRows(ledger)).toEqual([
      ['李书记', '心内科', '支部委员', 56, 0, 0, 0, 0, 1.5, 0, 1.5, 56, '进度落后', 0, 0],
      ['王预备', '心内科', '党员', 32, 0, 0, 0.5, 8, 1.5, 0, 10, 32, '进度落后', 2, 0],
    ]);
  });

  it('reads back as the ledger, the months and the branch summary', async () => {
    const rows = await readWorkbookRows(await exportStudyLedger(ledger, '心内科党支部', '2026-12-31'));
    expect(rows[0]).toEqual(LEDGER_HEADER);
    expect(rows.slice(1).map((row) => [row[0], row[10]])).toEqual([
      ['李书记', 1.5],
      ['王预备', 10],
    ]);
  });
});
