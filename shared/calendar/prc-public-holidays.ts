import { addDays, compareDates } from '../dates';
import type { WorkingDayYear } from './working-days';

/** Every date from first to last, inclusive. */
function span(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = first; compareDates(date, last) <= 0; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * Public-holiday arrangements as published by the General Office of the State Council
 * (国务院办公厅关于…年部分节假日安排的通知). Holidays are listed as the notices state
 * them, weekends inside a holiday included; extra workdays are the weekends worked
 * in exchange (调休上班). A year absent here is unconfigured: working-day results
 * for it are provisional (暂算) until the central office sends the year's calendar.
 */
export const PRC_PUBLIC_HOLIDAYS: Record<string, WorkingDayYear> = {
  // 国办发明电〔2023〕7号, 2023-10-25. 元旦 2023-12-30 to 2024-01-01: only 1 January falls in 2024.
  '2024': {
    holidays: [
      '2024-01-01',
      ...span('2024-02-10', '2024-02-17'),
      ...span('2024-04-04', '2024-04-06'),
      ...span('2024-05-01', '2024-05-05'),
      ...span('2024-06-08', '2024-06-10'),
      ...span('2024-09-15', '2024-09-17'),
      ...span('2024-10-01', '2024-10-07'),
    ],
    extraWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  // 国办发明电〔2024〕12号, 2024-11-12 (first year with 除夕 and 2 May as statutory holidays).
  '2025': {
    holidays: [
      '2025-01-01',
      ...span('2025-01-28', '2025-02-04'),
      ...span('2025-04-04', '2025-04-06'),
      ...span('2025-05-01', '2025-05-05'),
      ...span('2025-05-31', '2025-06-02'),
      ...span('2025-10-01', '2025-10-08'),
    ],
    extraWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  // 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04.
  '2026': {
    holidays: [
      ...span('2026-01-01', '2026-01-03'),
      ...span('2026-02-15', '2026-02-23'),
      ...span('2026-04-04', '2026-04-06'),
      ...span('2026-05-01', '2026-05-05'),
      ...span('2026-06-19', '2026-06-21'),
      ...span('2026-09-25', '2026-09-27'),
      ...span('2026-10-01', '2026-10-07'),
    ],
    extraWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};
