import type { NoteConfirmationRecord } from '../../../../../shared/study/note-confirmation';
import { describeConfirmation } from '../../../../../shared/study/note-confirmation';
import { formatHours, type MemberStudyRow } from '../../../../../shared/study/study-ledger';
import { STUDY_ROLE_LABELS } from '../../../../../shared/study/study-targets';
import { STUDY_FORM_LABELS, STUDY_FORMS, STUDY_KIND_LABELS, type StudyNote } from '../../../../../shared/study/study-types';
import { PACE_STATUS_LABELS } from '../../../../../shared/study/study-pace';

export interface NotebookContentProps {
  branchName: string;
  year: number;
  /** The member's row of the year's 学时台账: hours by form, meetings credited, target and pace. */
  row: MemberStudyRow;
  /** The member's notes of the year, in the order they are printed. */
  notes: readonly StudyNote[];
  /** The central office's confirmations of excellent notes, by note id. */
  confirmations: ReadonlyMap<string, NoteConfirmationRecord>;
  /**
   * The binder draws a long notebook a page at a time: a later page shows only its notes,
   * numbered on from `firstNumber`, under the member's name.
   */
  continued?: { firstNumber: number };
}

/**
 * One member's 学习笔记本 for a year: the hours against the target, the meetings credited,
 * then every note with its full text, as an inspector reads them. The notebook's print page
 * and the year's 台账 binder both draw it.
 */
export function NotebookContent({ branchName, year, row, notes, confirmations, continued }: NotebookContentProps) {
  const firstNumber = continued?.firstNumber ?? 1;
  return (
    <div className="meeting-document notebook-document">
      {!continued && <h2 className="ledger-title">{year}年度党员学习笔记</h2>}
      <div className="ledger-subtitle">
        {branchName}　{row.member.name}（{STUDY_ROLE_LABELS[row.target.role]}）{continued ? '　学习笔记（续）' : ''}
      </div>
      {!continued && <NotebookHours row={row} />}
      {!continued && row.noteCount === 0 && <p>本年尚无学习笔记。</p>}
      {notes.map((note, index) => (
        <table key={note.id} className="meeting-document-table notebook-note">
          <tbody>
            <tr>
              <th>第 {firstNumber + index} 篇</th>
              <td>
                {note.date}　{STUDY_KIND_LABELS[note.kind]}　{STUDY_FORM_LABELS[note.form]}　{formatHours(note.hours)} 学时
                {note.excellent ? '　★ 优秀学习笔记' : ''}
              </td>
            </tr>
            <tr>
              <th>学习材料</th>
              <td>{note.materialTitle}</td>
            </tr>
            <tr className="meeting-document-minutes notebook-note-text">
              <th>学习笔记</th>
              <td>{note.text || '（笔记内容未录入，见手写笔记本）'}</td>
            </tr>
            {note.excellent && (
              <tr>
                <th>评语</th>
                <td>{note.excellent.comment}</td>
              </tr>
            )}
            {note.excellent && confirmations.has(note.id) && (
              <tr>
                <th>组织部门</th>
                <td>{describeConfirmation(confirmations.get(note.id)!)}</td>
              </tr>
            )}
          </tbody>
        </table>
      ))}
    </div>
  );
}

/** The year's hours by form against the target, and the meetings that credited hours. */
function NotebookHours({ row }: { row: MemberStudyRow }) {
  return (
    <>
      <table className="ledger-summary">
        <tbody>
          <tr>
            {STUDY_FORMS.map((form) => <th key={form}>{STUDY_FORM_LABELS[form]}</th>)}
            <th>会议计入</th>
            <th>补课计入</th>
            <th>合计</th>
            <th>全年目标</th>
            <th>完成情况</th>
          </tr>
          <tr>
            {STUDY_FORMS.map((form) => <td key={form}>{formatHours(row.byForm[form])}</td>)}
            <td>{formatHours(row.fromMeetings)}</td>
            <td>{formatHours(row.fromMakeUps)}</td>
            <td>{formatHours(row.total)}</td>
            <td>{row.target.hours}</td>
            <td>{PACE_STATUS_LABELS[row.status]}</td>
          </tr>
        </tbody>
      </table>
      {row.credits.length > 0 && (
        <table className="meeting-document-table">
          <tbody>
            <tr>
              <th>集中学习</th>
              <td>
                {row.credits.map((credit) => (
                  <div key={`${credit.meetingId}-${credit.makeUp}`}>
                    {credit.date}　{credit.sessionName}　{formatHours(credit.hours)} 学时{credit.makeUp ? '（补课）' : ''}
                  </div>
                ))}
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </>
  );
}
