import { formatDate } from '../../../shared/dates';
import type { MemberRecord } from '../../../shared/members/member';
import { monthlyDuesFen } from '../../../shared/dues/dues-amount';
import { duesOwedFrom, owesDues } from '../../../shared/dues/dues-ledger';
import { EMPTY_INCOME, type DuesBaseRecord, type DuesCategory, type DuesMonthEntry, type DuesPaymentRecord, type DuesRemittanceRecord, type IncomeFen, type PaymentMethod } from '../../../shared/dues/dues-types';
import { monthKey, monthsOfQuarter, QUARTERS, type Quarter } from '../../../shared/dues/months';
import type { DuesRules } from '../../../shared/rules/rule-set';
import { instantOn } from './branch';
import type { Random } from './random';

export interface GeneratedDues {
  bases: DuesBaseRecord[];
  payments: DuesPaymentRecord[];
  remittances: DuesRemittanceRecord[];
}

const yuan = (random: Random, min: number, max: number) => random.int(min, max) * 100;

function incomeOf(random: Random, category: DuesCategory): IncomeFen {
  if (category === 'flat') return { ...EMPTY_INCOME };
  if (category === 'retired') return { ...EMPTY_INCOME, pensionFen: yuan(random, 3500, 9000) };
  const income = {
    ...EMPTY_INCOME,
    postSalaryFen: yuan(random, 2500, 6000),
    gradeSalaryFen: yuan(random, 300, 2500),
    performancePayFen: yuan(random, 2000, 12000),
    allowancesFen: yuan(random, 300, 1500),
  };
  const gross = income.postSalaryFen + income.gradeSalaryFen + income.performancePayFen + income.allowancesFen;
  return { ...income, deductionsFen: Math.round((gross * random.int(15, 25)) / 100) };
}

function baseOf(random: Random, member: MemberRecord, year: number, category: DuesCategory): DuesBaseRecord {
  const createdAt = instantOn(`${year}-01-05`);
  const hardship = category === 'employed' && random.chance(0.01) ? { kind: 'reduced' as const, monthlyFen: 100, approvalRef: `院党委〔${year}〕${random.int(1, 30)}号` } : null;
  return {
    id: random.uuid(),
    branchId: member.branchId,
    createdAt,
    updatedAt: createdAt,
    deleted: false,
    memberId: member.id,
    year,
    fromMonth: 1,
    category,
    income: incomeOf(random, category),
    hardship,
    note: '',
  };
}

const METHODS: ReadonlyArray<readonly [PaymentMethod, number]> = [['transfer', 70], ['cash', 25], ['other', 5]];

/** As the ledger records a month paid in full (payMonths): an advance when paid before the month began. */
function paidEntry(dueFen: number, year: number, month: number, paidOn: string, method: PaymentMethod): DuesMonthEntry {
  const entry: DuesMonthEntry = { dueFen, paidFen: dueFen, paidOn, method };
  return monthKey(year, month) > paidOn.slice(0, 7) ? { ...entry, advance: true } : entry;
}

interface MemberYear {
  year: number;
  dueFen: number;
  owedFrom: string | null;
  arrearsFrom: string | null;
}

/**
 * The twelve months of a year paid the way secretaries record them: monthly, or a quarter
 * ahead on its first month (at most the rule's three months ahead). Waived months stay empty.
 */
function yearMonths(random: Random, { year, dueFen, owedFrom, arrearsFrom }: MemberYear, today: string): Array<DuesMonthEntry | null> {
  const months: Array<DuesMonthEntry | null> = Array(12).fill(null);
  if (dueFen === 0) return months;
  const quarterly = random.chance(0.12);
  const method = random.weighted(METHODS);
  const owes = (month: number) => (!owedFrom || monthKey(year, month) >= owedFrom) && (!arrearsFrom || monthKey(year, month) < arrearsFrom);
  for (const quarter of QUARTERS) {
    const quarterMonths = monthsOfQuarter(quarter as Quarter);
    const quarterPaidOn = formatDate({ year, month: quarterMonths[0]!, day: random.int(3, 12) });
    for (const month of quarterMonths) {
      const paidOn = quarterly ? quarterPaidOn : formatDate({ year, month, day: random.int(5, 20) });
      if (paidOn > today || !owes(month) || random.chance(0.02)) continue;
      months[month - 1] = paidEntry(dueFen, year, month, paidOn, method);
    }
  }
  return months;
}

/** Bases (one a year), payments (one value per member-year) and quarterly remittances of a branch. */
export function generateDues(random: Random, branchId: string, members: readonly MemberRecord[], years: readonly number[], today: string, rules: DuesRules): GeneratedDues {
  const dues: GeneratedDues = { bases: [], payments: [], remittances: [] };
  const paidByQuarter = new Map<string, number>();
  for (const member of members.filter(owesDues)) {
    const category: DuesCategory = member.retired ? 'retired' : random.chance(0.03) ? 'flat' : 'employed';
    // A few members fall behind for the last months: the arrears and 党章 alarms have something to show.
    const arrearsFrom = random.chance(0.04) ? monthKey(Number(today.slice(0, 4)), Math.max(1, Number(today.slice(5, 7)) - random.int(1, 5))) : null;
    const owedFrom = duesOwedFrom(member);
    for (const year of years) {
      if (owedFrom && owedFrom > `${year}-12`) continue;
      const base = baseOf(random, member, year, category);
      dues.bases.push(base);
      const months = yearMonths(random, { year, dueFen: monthlyDuesFen(base, rules), owedFrom, arrearsFrom }, today);
      months.forEach((entry, index) => {
        if (!entry) return;
        const key = `${year}-Q${Math.floor(index / 3) + 1}`;
        paidByQuarter.set(key, (paidByQuarter.get(key) ?? 0) + entry.paidFen);
      });
      const updatedAt = instantOn(months.reduce((last, entry) => (entry && entry.paidOn > last ? entry.paidOn : last), `${year}-01-05`));
      dues.payments.push({ id: random.uuid(), branchId, createdAt: instantOn(`${year}-01-05`), updatedAt, deleted: false, memberId: member.id, year, months });
    }
  }
  for (const year of years) {
    for (const quarter of QUARTERS) {
      const remittedOn = formatDate({ year, month: quarter * 3, day: random.int(10, 19) });
      const amountFen = paidByQuarter.get(`${year}-Q${quarter}`) ?? 0;
      if (remittedOn > today || amountFen === 0) continue;
      const at = instantOn(remittedOn, '16:00');
      dues.remittances.push({ id: random.uuid(), branchId, createdAt: at, updatedAt: at, deleted: false, year, quarter, remittedOn, amountFen, receiptRef: `党费收据 ${year}-${quarter}-${random.int(100, 999)}` });
    }
  }
  return dues;
}
