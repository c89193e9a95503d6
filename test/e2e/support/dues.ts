import type { Page } from 'playwright-core';
import { addMonthsToKey, monthOfDate, parseMonthKey, type MonthKey } from '../../../shared/dues/months';
import { buildRosterSheet, type RosterSheet } from '../../support/roster-sheet';
import { chooseOption } from './roster';

/** What five members earn, and the dues the national brackets make of it (元). */
export const BASES = [
  { category: '在职', part: '岗位工资', income: 2800, dues: 14 }, // ≤3000: 0.5%
  { category: '在职', part: '岗位工资', income: 4200, dues: 42 }, // ≤5000: 1%
  { category: '离退休', part: '离退休费', income: 4800, dues: 24 }, // retired ≤5000: 0.5%
  { category: '在职', part: '岗位工资', income: 6000, dues: 90 }, // ≤10000: 1.5%
  { category: '在职', part: '岗位工资', income: 12000, dues: 240 }, // >10000: 2%
] as const;

export type DuesBase = (typeof BASES)[number];

export interface DuesScenario {
  /** Eight valid people, five of whom owe dues. */
  sheet: RosterSheet;
  /** The five who owe dues: three full members, then the two probationary ones, in BASES order. */
  payers: string[];
  /** The last of them, who pays nothing. */
  unpaid: string;
  current: MonthKey;
  /** The ledger starts three months back, so three months are over when the test runs. */
  start: { year: number; month: number };
  last: { year: number; month: number };
}

export async function duesScenario(today: string): Promise<DuesScenario> {
  const sheet = await buildRosterSheet(today, 8, []);
  const payers = sheet.people.filter((person) => person.stage === '正式党员' || person.stage === '预备党员').map((person) => person.name);
  if (payers.length !== BASES.length) throw new Error(`名册中应有 ${BASES.length} 名交纳党费的党员，实有 ${payers.length} 名。`);
  const current = monthOfDate(today)!;
  return { sheet, payers, unpaid: payers.at(-1)!, current, start: parseMonthKey(addMonthsToKey(current, -3))!, last: parseMonthKey(addMonthsToKey(current, -1))! };
}

/** An amount of 元 as every dues screen shows it. */
export const yuan = (amount: number) => amount.toFixed(2);

/** On 党费 · 收缴台账: shows the ledger of a year. */
export async function showYear(page: Page, year: number) {
  const select = page.getByLabel('台账年度');
  if ((await page.locator('.ant-select').filter({ has: select }).innerText()).startsWith(String(year))) return;
  await chooseOption(page, '台账年度', `${year}年`);
}

/**
 * On 党费 · 党费基数: a member's base from a month, through the drawer. `whileOpen` sees the
 * filled drawer before it is saved (the rate and amount follow the typing).
 */
export async function registerBase(page: Page, name: string, base: DuesBase, from: { year: number; month: number }, whileOpen: () => Promise<void> = async () => undefined) {
  await page.getByRole('button', { name: `为${name}登记党费基数` }).click();
  const drawer = page.getByRole('dialog', { name: `登记党费基数：${name}` });
  await drawer.getByLabel('年度', { exact: true }).fill(String(from.year));
  await chooseOption(page, '自几月起执行', `${from.month}月`, drawer);
  if (base.category !== '在职') await chooseOption(page, '党员类别', base.category, drawer);
  await drawer.getByLabel(base.part, { exact: true }).fill(String(base.income));
  await drawer.getByRole('region', { name: '党费计算结果' }).getByText(`${yuan(base.dues)} 元`).first().waitFor();
  await whileOpen();
  await drawer.getByRole('button', { name: '保存基数' }).click();
  await page.getByText(`已保存${name}自 ${from.year} 年 ${from.month} 月起的党费基数，每月应交 ${yuan(base.dues)} 元。`).waitFor();
  await drawer.waitFor({ state: 'hidden' });
}

/**
 * On 党费 · 收缴台账 showing the month's year: 本月全部已交 for a month, leaving out the members
 * who did not pay. `beforeConfirm` sees the dialog with its list and total.
 */
export async function everyonePaid(
  page: Page,
  month: { year: number; month: number },
  payers: readonly string[],
  unpaid: readonly string[],
  beforeConfirm: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined,
) {
  await page.getByRole('button', { name: '本月全部已交' }).click();
  const bulk = page.getByRole('dialog', { name: '本月全部已交' });
  await chooseOption(page, '交纳月份', `${month.year}年${month.month}月`, bulk);
  const covered = bulk.getByRole('region', { name: '将登记为已交的党员' });
  for (const name of payers) await covered.getByText(name, { exact: true }).waitFor();
  for (const name of unpaid) await covered.getByRole('checkbox', { name }).uncheck();
  await beforeConfirm(bulk);
  const count = payers.length - unpaid.length;
  await bulk.getByRole('button', { name: `确认 ${count} 人已交` }).click();
  await page.getByText(new RegExp(`^已登记 ${count} 人 ${month.year} 年 ${month.month} 月党费`)).waitFor();
}
