import { describe, expect, it } from 'vitest';
import type { ElectionMeeting, ElectionRecord } from '../../../../shared/branch/election';
import { binderAsOf, datedInYear, developmentPeople, drawnImages, electionsOfYear, makeUpsOfYear, meetingEntry, notebooksOfYear, noteLines, notesByPage, plansOfYear, meetingsOfYear, publishedOfYear, rosterAsOf } from '../../../../shared/binder/binder-content';
import type { StudyNote } from '../../../../shared/study/study-types';
import { meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';

describe('what a year of the binder holds', () => {
  it('gives every member of the 学时 rows their notebook of the year, notes by date; none for a member without one, nor from another year or a deleted notebook', () => {
    const note = (id: string, date: string) => ({ id, date, materialTitle: id }) as StudyNote;
    const rows = [{ member: { id: 'a' } }, { member: { id: 'b' } }, { member: { id: 'c' } }];
    const notebooks: { id: string; deleted: boolean; notes: Record<string, StudyNote> }[] = [
      { id: 'notebook-a-2025', deleted: false, notes: { n2: note('五月', '2025-05-02'), n1: note('一月', '2025-01-09') } },
      { id: 'notebook-b-2024', deleted: false, notes: { n3: note('去年', '2024-05-02') } },
      { id: 'notebook-c-2025', deleted: true, notes: { n4: note('已删', '2025-05-02') } },
    ];
    const books = notebooksOfYear(rows, notebooks, 2025);
    expect(books.map((book) => book.row.member.id)).toEqual(['a', 'b', 'c']);
    expect(books.map((book) => book.notes.map((item) => item.materialTitle))).toEqual([['一月', '五月'], [], []]);
  });

  it('cuts a notebook into pages that never spill: the opening and what fits after it, then notes a page at a time, a long note alone', () => {
    const note = (text: string) => ({ text, excellent: null }) as unknown as StudyNote;
    const short = note('学'.repeat(80)); // 6 + 2 lines
    const long = note('学'.repeat(2000)); // 6 + 50 lines, more than a page
    expect(noteLines(short)).toBe(8);
    expect(noteLines(note('第一段\n第二段'))).toBe(8);
    // 34 lines a page, 10 for the opening: three short notes after it, then four a page.
    expect(notesByPage(Array(8).fill(short), 10).map((page) => page.length)).toEqual([3, 4, 1]);
    // An opening that leaves no room for a note keeps the page to itself.
    expect(notesByPage([short], 30).map((page) => page.length)).toEqual([0, 1]);
    expect(notesByPage([short, long, short], 10).map((page) => page.map(noteLines))).toEqual([[8], [56], [8]]);
    expect(notesByPage([], 10)).toEqual([[]]);
  });

  it('takes the stocks on 31 December, or today while the year runs', () => {
    expect(binderAsOf(2025, '2026-03-01')).toBe('2025-12-31');
    expect(binderAsOf(2026, '2026-03-01')).toBe('2026-03-01');
  });

  it('lists party members on the roster at year end by name: not one who left in December, not an applicant, one who arrived in December', () => {
    const full = memberRecord({ name: '王芳', stage: 'full', joinedOn: '2010-01-01' });
    const probationary = memberRecord({ name: '李明', stage: 'probationary', joinedOn: '2025-06-01' });
    const left = memberRecord({ name: '赵强', stage: 'full', transfers: [{ direction: 'out', date: '2025-12-10', counterpart: '市卫健委党委', note: '' }] });
    const applicant = memberRecord({ name: '陈静', stage: 'applicant' });
    const arrived = memberRecord({ name: '刘洋', stage: 'full', transfers: [{ direction: 'in', date: '2025-12-20', counterpart: '市一院党委', note: '' }] });
    expect(rosterAsOf([full, probationary, left, applicant, arrived], '2025-12-31').map((member) => member.name)).toEqual(['李明', '刘洋', '王芳']);
    // Before the transfer out he is still on the books.
    expect(rosterAsOf([left], '2025-11-30').map((member) => member.name)).toEqual(['赵强']);
  });

  it('shows the dossiers of people still in development and of those who became full members in the year', () => {
    const activist = memberRecord({ name: '周敏', stage: 'activist' });
    const madeFull = memberRecord({ name: '吴杰', stage: 'full', fullMembershipOn: '2025-09-01' });
    const longFull = memberRecord({ name: '孙丽', stage: 'full', fullMembershipOn: '2019-09-01' });
    expect(developmentPeople([madeFull, activist, longFull], 2025, '2025-12-31').map((member) => member.name)).toEqual(['吴杰', '周敏']);
  });

  it('takes the year’s meetings in the order held, not deleted ones nor another year’s, with their contents line', () => {
    const march = meetingRecord('committeeMeeting', '2025-03-12', { sessionName: '2025年3月支部委员会' });
    const january = meetingRecord('committeeMeeting', '2025-01-08', { sessionName: '2025年1月支部委员会' });
    const deleted = meetingRecord('committeeMeeting', '2025-02-10', { deleted: true });
    const nextYear = meetingRecord('committeeMeeting', '2026-01-05');
    const year = meetingsOfYear([march, deleted, nextYear, january], 2025);
    expect(year.map(meetingEntry)).toEqual(['2025-01-08 2025年1月支部委员会', '2025-03-12 2025年3月支部委员会']);
  });

  it('lists dated records of the year oldest first, and published results with the year before its quarters', () => {
    const rows = [
      { date: '2025-05-01', deleted: false },
      { date: '2024-12-31', deleted: false },
      { date: '2025-01-02', deleted: false },
      { date: '2025-03-03', deleted: true },
    ];
    expect(datedInYear(rows, 2025).map((row) => row.date)).toEqual(['2025-01-02', '2025-05-01']);
    const results = [
      { period: '2025-Q2', published: {}, deleted: false },
      { period: '2025', published: {}, deleted: false },
      { period: '2025-Q1', published: {}, deleted: false },
      { period: '2025-Q3', published: null, deleted: false },
      { period: '2024', published: {}, deleted: false },
    ];
    expect(publishedOfYear(results, 2025).map((result) => result.period)).toEqual(['2025', '2025-Q1', '2025-Q2']);
  });

  it('draws a meeting’s JPG, PNG and WebP attachments in their order and leaves PDFs to be named', () => {
    const files = [
      { id: 'a', mimeType: 'application/pdf' },
      { id: 'b', mimeType: 'image/png' },
      { id: 'c', mimeType: 'image/jpeg' },
      { id: 'd', mimeType: 'image/webp' },
    ];
    expect(drawnImages(files).map((file) => file.id)).toEqual(['b', 'c', 'd']);
  });

  it('lists the make-ups done in the year by date, also for a meeting of the year before, not one done the year after', () => {
    const makeUp = (id: string, date: string) => ({ id, memberId: 'm', date, method: 'selfStudy' as const, note: '' });
    const december = { startAt: '2025-12-20T14:00', deleted: false, makeUps: [makeUp('a', '2026-01-05'), makeUp('b', '2025-12-28')] };
    const march = { startAt: '2026-03-02T14:00', deleted: false, makeUps: [makeUp('c', '2026-03-04'), makeUp('d', '2027-01-02')] };
    const deleted = { startAt: '2026-04-02T14:00', deleted: true, makeUps: [makeUp('e', '2026-04-04')] };
    expect(makeUpsOfYear([march, december, deleted], 2026).map(({ makeUp }) => makeUp.id)).toEqual(['a', 'c']);
  });

  it('binds the year’s plans only once sent, 计划 before 总结, and the elections held in the year', () => {
    const plan = (kind: 'annualPlan' | 'developmentPlan' | 'yearSummary', year: number, submittedAt: string) => ({ kind, year, submittedAt, deleted: false });
    const plans = [plan('yearSummary', 2026, '2026-12-20T02:00:00Z'), plan('developmentPlan', 2026, ''), plan('annualPlan', 2026, '2026-01-10T02:00:00Z'), plan('annualPlan', 2027, '2026-12-20T02:00:00Z')];
    expect(plansOfYear(plans, 2026).map((each) => each.kind)).toEqual(['annualPlan', 'yearSummary']);
    const held = (heldOn: string): Pick<ElectionRecord, 'deleted' | 'meeting'> => ({ deleted: false, meeting: { heldOn } as ElectionMeeting });
    const elections = [held('2026-09-01'), { deleted: false }, held('2025-06-01'), held('2026-03-01')];
    expect(electionsOfYear(elections, 2026).map((each) => each.meeting!.heldOn)).toEqual(['2026-03-01', '2026-09-01']);
  });
});
