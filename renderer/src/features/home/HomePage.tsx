import { Skeleton } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect } from 'react';
import { ROLE_LABELS } from '../../../../shared/setup/installation';
import { useInstallation } from '../../core/installation/use-installation';
import { loadTodoSources } from '../../core/todo/todo-registry';
import { TodoList } from './TodoList';

/*
 * The welcome card is the first screen; what sits below it loads its code after it, so a
 * cold start parses the shell and this card alone (docs/performance.md, cold start). The
 * card is plain markup drawn like antd's Card: antd's Card brings Tabs, and it, Typography
 * and Descriptions each make their styles on first use, all before 首页 can show (round 6).
 */
const AssessmentHomeCard = lazy(() => import('../assessment').then((module) => ({ default: module.AssessmentHomeCard })));
const StorageWarning = lazy(() => import('../backup').then((module) => ({ default: module.StorageWarning })));
/** The to-do list once every area's source is registered (their code loads apart from 首页's, core/todo). */
const TodoListOfSources = lazy(async () => {
  await loadTodoSources();
  return { default: TodoList };
});

/*
 * The 考核 card and the office's disk warning show only when there is something to show (a
 * published result, a low disk), which is rare: each is read first through its area's hooks
 * entry, and the area's index.ts with the card (antd's Card, Alert …) loads only then, not
 * beside the to-do list's code on every start (round 8).
 */
const PublishedAssessment = lazy(() =>
  import('../assessment/hooks').then(({ usePublishedResults }) => ({
    default: function PublishedAssessment({ branchId }: { branchId: string }) {
      const results = usePublishedResults(branchId);
      return results?.length ? <AssessmentHomeCard results={results} /> : null;
    },
  })),
);
const LowStorageWarning = lazy(() =>
  import('../backup/hooks').then(({ useStorageWarning }) => ({
    default: function LowStorageWarning() {
      return useStorageWarning() ? <StorageWarning /> : null;
    },
  })),
);

export function HomePage() {
  const installation = useInstallation();
  // For the benchmark's cold-start breakdown: the welcome card committed.
  useEffect(() => {
    performance.mark('app:home-shown');
  }, []);
  return (
    <div className="home">
      <section className="home-card home-welcome">
        <h3>欢迎，{installation.name}</h3>
        <p className="home-welcome-date">今天是 {dayjs().format('YYYY年M月D日 dddd')}。</p>
        <dl className="home-welcome-facts">
          <div>
            <dt>本机身份</dt>
            <dd>{ROLE_LABELS[installation.role]}</dd>
          </div>
          {installation.parentOrganizationName && (
            <div>
              <dt>所属党委</dt>
              <dd>{installation.parentOrganizationName}</dd>
            </div>
          )}
          <div>
            <dt>启用时间</dt>
            <dd>{dayjs(installation.setupAt).format('YYYY-MM-DD HH:mm')}</dd>
          </div>
        </dl>
      </section>
      <Suspense fallback={null}>{installation.role === 'branch' && <PublishedAssessment branchId={installation.ownerId} />}</Suspense>
      {/* A branch PC lists it among its to-dos; the central office PC has no to-do list. */}
      <Suspense
        fallback={
          installation.role === 'branch' && (
            <section className="home-card" aria-busy="true">
              <h4 className="home-card-head">待办与提醒</h4>
              <div className="home-card-body">
                <Skeleton active />
              </div>
            </section>
          )
        }
      >
        {installation.role === 'branch' ? <TodoListOfSources /> : <LowStorageWarning />}
      </Suspense>
    </div>
  );
}
