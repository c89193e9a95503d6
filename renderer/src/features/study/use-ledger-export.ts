import { getPlatform } from '../../platform';
import { exportStudyLedger } from './excel/ledger-workbook';
import { useBusyAction } from '../../shell/use-busy-action';
import type { StudyData } from './use-study';

/** 导出 Excel of the year's 学时台账, with a busy state and the outcome as a message. */
export function useLedgerExport(data: StudyData | undefined) {
  const action = useBusyAction();
  return {
    busy: action.busy,
    run: () =>
      action.run(async () => {
        if (!data) return undefined;
        const bytes = await exportStudyLedger(data.ledger, data.branch.name, data.today);
        const saved = await getPlatform().saveFile(`${data.branch.name}${data.ledger.year}年学时台账_${data.today}.xlsx`, bytes, { title: '导出学时台账' });
        return saved ? `已保存到 ${saved.location}` : undefined;
      }),
  };
}
