import { App } from 'antd';
import { useState } from 'react';
import type { Quarter } from '../../../../shared/dues/months';
import type { QuarterTotals } from '../../../../shared/dues/remittance';
import { getPlatform } from '../../platform';
import { useActiveRules } from '../../core/rules/active-rules';
import { exportDuesLedger, type DuesExportRow } from './excel/dues-workbook';
import type { DuesRemittanceRecord } from '../../../../shared/dues/dues-types';

/** 导出 Excel: the year's ledger, saved where the secretary chooses (downloaded in browser mode). */
export function useDuesExport() {
  const { message } = App.useApp();
  const { ruleSet } = useActiveRules();
  const [busy, setBusy] = useState(false);

  async function exportYear(branchName: string, year: number, rows: readonly DuesExportRow[], totals: Record<Quarter, QuarterTotals>, remittances: readonly DuesRemittanceRecord[]) {
    setBusy(true);
    try {
      const bytes = await exportDuesLedger({ year, rows, totals, remittances, rules: ruleSet.rules.dues });
      const saved = await getPlatform().saveFile(`${branchName}${year}年党费收缴台账.xlsx`, bytes, { title: '导出党费收缴台账' });
      if (saved) message.success(`已保存到 ${saved.location}`);
    } catch (error) {
      message.error(`导出失败：${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return { busy, exportYear };
}
