import { Result } from 'antd';
import { notesInOrder } from '../../../../../shared/study/notebook-edit';
import { describeConfirmation } from '../../../../../shared/study/note-confirmation';
import { formatHours } from '../../../../../shared/study/study-ledger';
import { STUDY_ROLE_LABELS } from '../../../../../shared/study/study-targets';
import { notebookIdOf, STUDY_FORM_LABELS, STUDY_FORMS, STUDY_KIND_LABELS } from '../../../../../shared/study/study-types';
import { PACE_STATUS_LABELS } from '../../../../../shared/study/study-pace';
import { navigate } from '../../../core/navigation/hash-route';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import { studyPath } from '../../../core/navigation/study-routes';
import type { StudyData } from '../use-study';

/**
 * One member's 学习笔记本 for a year as A4 pages: the hours against the target, the
 * meetings credited, then every note with its full text, as an inspector reads them.
 */
export function NotebookPrintPage({ data, memberId, year }: { data: StudyData; memberId: string; year: number }) {
  const row = data.ledger.rows.find((item) => item.member.id === memberId);
  if (!row) return <Result status="404" title="找不到这名党员的学习笔记本" />;
  const notebook = data.notebooks.find((book) => book.id === notebookIdOf(memberId, year));
  const notes = notebook ? notesInOrder(notebook.notes) : [];
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${row.member.name}${year}年学习笔记.pdf`} onBack={() => navigate(studyPath.notebook(memberId, year))} />
      <div className="print-sheet">
        <div className="meeting-document notebook-document">
          <h2 className="ledger-title">{year}年度党员学习笔记</h2>
          <div className="ledger-subtitle">
            {data.branch.name}　{row.member.name}（{STUDY_ROLE_LABELS[row.target.role]}）
          </div>
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
          {notes.length === 0 && <p>本年尚无学习笔记。</p>}
          {notes.map((note, index) => (
            <table key={note.id} className="meeting-document-table notebook-note">
              <tbody>
                <tr>
                  <th>第 {index + 1} 篇</th>
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
                {note.excellent && data.confirmations.has(note.id) && (
                  <tr>
                    <th>组织部门</th>
                    <td>{describeConfirmation(data.confirmations.get(note.id)!)}</td>
                  </tr>
                )}
              </tbody>
            </table>
          ))}
        </div>
      </div>
    </div>
  );
}
