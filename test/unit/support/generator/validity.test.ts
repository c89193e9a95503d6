import { describe, expect, it } from 'vitest';
import { validateMember } from '../../../../shared/members/member-validation';
import { validateIdNumber } from '../../../../shared/members/id-number';
import { ledgerYear } from '../../../../shared/dues/dues-ledger';
import { validateDuesBase } from '../../../../shared/dues/dues-validation';
import { duesOwedFrom } from '../../../../shared/dues/dues-ledger';
import { owedMakeUps } from '../../../../shared/meetings/attendance';
import { branchCompliance } from '../../../../shared/meetings/compliance';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { meetingRuleChecks } from '../../../../shared/meetings/quorum';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/rule-set';
import { noteErrors } from '../../../../shared/study/note-validation';
import { DEFAULT_TODAY, generateDataset, type ScaleSpec } from '../../../support/generator';

const rules = NATIONAL_RULE_SET.rules;
const data = generateDataset({ branches: 4, members: 100, years: 3 } satisfies ScaleSpec, { seed: 'validity' });
const members = data.flatMap((branch) => branch.members);
const meetings = data.flatMap((branch) => branch.meetings);

describe('generated records pass the app’s own checks', { timeout: 60_000 }, () => {
  it('every member passes validateMember, with a valid ID number unique in the data set', () => {
    for (const member of members) expect(validateMember(member, DEFAULT_TODAY), member.name).toEqual({});
    expect(members.every((member) => validateIdNumber(member.idNumber) === undefined)).toBe(true);
    expect(new Set(members.map((member) => member.idNumber)).size).toBe(members.length);
  });

  it('has Chinese names, departments and every stage of the pipeline', () => {
    expect(members.every((member) => /^[\u4e00-\u9fa5]{2,3}$/.test(member.name))).toBe(true);
    expect(new Set(members.map((member) => member.stage))).toEqual(new Set(['applicant', 'activist', 'candidate', 'probationary', 'full']));
    expect(data.every((branch) => branch.branch.name.endsWith('党支部') && branch.members.every((member) => member.department === branch.branch.departments![0]))).toBe(true);
  });

  it('every 支委会 has its quorum and every meeting lies in the past', () => {
    for (const branch of data) {
      for (const meeting of branch.meetings) {
        expect(meeting.startAt.slice(0, 10) <= DEFAULT_TODAY).toBe(true);
        expect(meetingRuleChecks(meeting, branch.branch, branch.members, rules.meetings).filter((check) => !check.ok)).toEqual([]);
      }
    }
  });

  it('has shift-work leave with reasons, absences, make-ups and some still owed', () => {
    const entries = meetings.flatMap((meeting) => meeting.attendance);
    const leave = entries.filter((entry) => entry.status === 'leave');
    expect(leave.length / entries.length).toBeGreaterThan(0.05);
    expect(leave.every((entry) => entry.leaveReason && entry.note)).toBe(true);
    expect(leave.filter((entry) => entry.leaveReason === 'duty').length).toBeGreaterThan(leave.length / 3);
    expect(entries.some((entry) => entry.status === 'absent')).toBe(true);
    expect(meetings.some((meeting) => meeting.makeUps.length > 0)).toBe(true);
    expect(meetings.some((meeting) => owedMakeUps(meeting).length > 0)).toBe(true);
  });

  it('compliance finds met, late (补开) and missing periods, as in a real ledger', () => {
    const statuses = new Set(
      data.flatMap((branch) =>
        branchCompliance({ branch: branch.branch, meetings: branch.meetings, rules: rules.meetings, period: parsePeriod('2025')!, today: DEFAULT_TODAY })
          .types.flatMap((type) => type.units.map((unit) => unit.status)),
      ),
    );
    expect([...statuses]).toEqual(expect.arrayContaining(['met', 'late', 'missing']));
  });

  it('dues bases pass validateDuesBase and payments read back as paid months of the ledger', () => {
    for (const base of data.flatMap((branch) => branch.duesBases)) expect(validateDuesBase(base, rules.dues)).toEqual({});
    let paid = 0;
    for (const branch of data) {
      for (const payment of branch.duesPayments) {
        const member = branch.members.find((each) => each.id === payment.memberId)!;
        const bases = branch.duesBases.filter((base) => base.memberId === member.id);
        const ledger = ledgerYear({ memberId: member.id, owedFrom: duesOwedFrom(member), owedThrough: null, bases, payments: [payment] }, payment.year, rules.dues);
        payment.months.forEach((entry, index) => {
          if (!entry) return;
          expect(ledger[index]!.status).toBe('paid');
          paid += 1;
        });
      }
    }
    expect(paid).toBeGreaterThan(1000);
  });

  it('study notes pass noteErrors and fall in their notebook’s year, about one a week', () => {
    const notebooks = data.flatMap((branch) => branch.studyNotebooks);
    expect(notebooks.length).toBe(members.length * 3);
    for (const notebook of notebooks) {
      for (const note of Object.values(notebook.notes)) {
        expect(noteErrors(note, rules.study, DEFAULT_TODAY)).toEqual({});
        expect(Number(note.date.slice(0, 4))).toBe(notebook.year);
      }
    }
    const notes = notebooks.reduce((sum, notebook) => sum + Object.keys(notebook.notes).length, 0);
    expect(notes / notebooks.length).toBeGreaterThan(40);
    expect(notes / notebooks.length).toBeLessThan(60);
  });
});
