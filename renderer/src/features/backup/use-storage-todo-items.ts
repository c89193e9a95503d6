import { useMemo } from 'react';
import { settingsPath } from '../../core/navigation/area-routes';
import type { TodoItem } from '../../core/todo/todo-item';
import { useStorageStatus } from './storage-status';

/** 首页's warning before the disk is full; none while there is room (or before the estimate is read). */
export function useStorageTodoItems(): TodoItem[] {
  const warning = useStorageStatus((state) => state.warning);
  return useMemo(() => (warning ? [{ key: 'storage-low', severity: 'error', area: '存储空间', text: warning, link: settingsPath() }] : []), [warning]);
}
