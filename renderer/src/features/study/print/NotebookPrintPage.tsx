import { Result } from 'antd';
import { notesInOrder } from '../../../../../shared/study/notebook-edit';
import { notebookIdOf } from '../../../../../shared/study/study-types';
import { navigate } from '../../../core/navigation/hash-route';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import { studyPath } from '../../../core/navigation/study-routes';
import type { StudyData } from '../use-study';
import { NotebookContent } from './NotebookContent';

/** One member's 学习笔记本 for a year as A4 pages, with the toolbar that prints it. */
export function NotebookPrintPage({ data, memberId, year }: { data: StudyData; memberId: string; year: number }) {
  const row = data.ledger.rows.find((item) => item.member.id === memberId);
  if (!row) return <Result status="404" title="找不到这名党员的学习笔记本" />;
  const notebook = data.notebooks.find((book) => book.id === notebookIdOf(memberId, year));
  const notes = notebook ? notesInOrder(notebook.notes) : [];
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${row.member.name}${year}年学习笔记.pdf`} onBack={() => navigate(studyPath.notebook(memberId, year))} />
      <div className="print-sheet">
        <NotebookContent branchName={data.branch.name} year={year} row={row} notes={notes} confirmations={data.confirmations} />
      </div>
    </div>
  );
}
