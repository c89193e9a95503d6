import { useMemo } from 'react';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { useToday } from '../../core/today';
import type { TodoItem } from '../../core/todo/todo-item';
import { useOwnBranch } from '../branch/hooks';
import { useMembers } from '../members/hooks';
import { useTalkCoverage } from './use-talk-coverage';
import { useTalks } from './use-talks';

/** Names shown in the line before "等 N 人". */
const NAMES_SHOWN = 5;
/** From 1 October (the year's last quarter) the reminder turns from a note into a warning. */
const WARN_FROM = '-10-01';

/** 首页: the members not yet talked with this year (谈心谈话 coverage); undefined while loading. */
export function useTalkTodoItems(): TodoItem[] | undefined {
  const branch = useOwnBranch();
  const members = useMembers();
  const talks = useTalks(branch?.id);
  const today = useToday();
  const year = Number(today.slice(0, 4));
  const coverage = useTalkCoverage(branch, members, talks, year, today);
  return useMemo(() => {
    if (!coverage) return undefined;
    const missing = coverage.rows.filter((row) => !row.covered);
    if (missing.length === 0) return [];
    const names = missing.slice(0, NAMES_SHOWN).map((row) => row.name).join('、');
    const more = missing.length > NAMES_SHOWN ? `等 ${missing.length} 人` : '';
    return [
      {
        key: `talks-uncovered-${year}`,
        severity: today >= `${year}${WARN_FROM}` ? 'warning' : 'info',
        area: '谈心谈话',
        text: `${year}年尚未谈心谈话（每人每年至少 ${coverage.required} 次）：${names}${more}`,
        link: meetingPath.list('talks'),
      },
    ];
  }, [coverage, year, today]);
}
