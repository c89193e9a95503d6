import { useLiveQuery } from 'dexie-react-hooks';
import { useInstallation } from '../../core/installation/use-installation';
import { memberPath } from '../../core/navigation/area-routes';
import type { TodoItem } from '../../core/todo/todo-item';
import { transferRepository } from './data/transfer-repository';

/** 首页: each person the office moved here (院内调动) not yet accepted; undefined while loading. */
export function useArrivalTodoItems(): TodoItem[] | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(
    async () =>
      (await transferRepository.pendingAdmissions(ownerId)).map(
        (order): TodoItem => ({
          key: `arrival-${order.id}`,
          severity: 'warning',
          area: '院内调动',
          text: `${order.memberName}（自${order.fromBranchName}调入，${order.effectiveOn}起）已由院党委组织科批准，请在“院内调动”中接收`,
          link: memberPath.tab('transfers'),
        }),
      ),
    [ownerId],
  );
}
