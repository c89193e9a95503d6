import { formatDate } from '../../../shared/dates';
import type { MemberRecord } from '../../../shared/members/member';
import type { StudyRules } from '../../../shared/rules/rule-types';
import { notebookIdOf, type StudyForm, type StudyKind, type StudyNote, type StudyNotebookRecord } from '../../../shared/study/study-types';
import { instantOn } from './branch';
import type { Random } from './random';
import { NOTE_SENTENCES, STUDY_MATERIALS } from './vocabulary';

const KINDS: ReadonlyArray<readonly [StudyKind, number]> = [['partyRules', 25], ['speeches', 30], ['documents', 20], ['professional', 20], ['other', 5]];
const FORMS: ReadonlyArray<readonly [StudyForm, number]> = [['selfStudy', 45], ['collective', 30], ['online', 20], ['trainingCourse', 5]];

/** About one note a week: 50 a year, ≈750k for the hospital over five years, in 15k notebooks. */
const NOTES_PER_MONTH = [3, 5] as const;

function noteOn(random: Random, date: string, maxHours: number): StudyNote {
  const sentences = random.int(1, 3);
  return {
    id: random.uuid(),
    date,
    materialTitle: random.pick(STUDY_MATERIALS),
    kind: random.weighted(KINDS),
    hours: Math.min(maxHours, random.int(1, 6) * 0.5),
    form: random.weighted(FORMS),
    text: Array.from({ length: sentences }, () => random.pick(NOTE_SENTENCES)).join(''),
    attachmentId: '',
    excellent: random.chance(0.01) ? { comment: '联系实际，体会深刻。', markedBy: '支部书记', markedAt: instantOn(date, '17:00') } : null,
  };
}

/** One 学习笔记本 per person per year, every note of the year inside it. */
export function generateNotebooks(random: Random, members: readonly MemberRecord[], years: readonly number[], today: string, rules: StudyRules): StudyNotebookRecord[] {
  const notebooks: StudyNotebookRecord[] = [];
  for (const member of members) {
    for (const year of years) {
      const notes: Record<string, StudyNote> = {};
      let last = '';
      for (let month = 1; month <= 12; month += 1) {
        const count = random.int(...NOTES_PER_MONTH);
        for (let index = 0; index < count; index += 1) {
          const date = formatDate({ year, month, day: random.int(1, 28) });
          if (date > today) continue;
          const note = noteOn(random, date, rules.noteMaxHours.value);
          notes[note.id] = note;
          if (date > last) last = date;
        }
      }
      if (!last) continue;
      notebooks.push({
        id: notebookIdOf(member.id, year),
        branchId: member.branchId,
        createdAt: instantOn(`${year}-01-05`),
        updatedAt: instantOn(last, '21:00'),
        deleted: false,
        memberId: member.id,
        year,
        notes,
      });
    }
  }
  return notebooks;
}
