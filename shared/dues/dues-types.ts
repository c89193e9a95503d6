import type { BaseRecord } from '../records/base-record';

/**
 * Stored dues records. All money is integer 分: the brackets, the bases and every
 * amount, so that no screen or export ever shows a floating-point rounding artefact.
 */

/** 在职 / 离退休 / 学生·无固定收入·低保 (the flat monthly amount). */
export const DUES_CATEGORIES = ['employed', 'retired', 'flat'] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number];

export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = {
  employed: '在职',
  retired: '离退休',
  flat: '学生·无固定收入·低保',
};

/**
 * The parts of a monthly income, in 分. Every part is always present (0 when not
 * used) so that forms, exports and packages see one fixed shape.
 */
export interface IncomeFen {
  /** 岗位工资 */
  postSalaryFen: number;
  /** 薪级工资 */
  gradeSalaryFen: number;
  /** 绩效工资 */
  performancePayFen: number;
  /** 津贴补贴 */
  allowancesFen: number;
  /** 离退休费 */
  pensionFen: number;
  /**
   * Subtracted: the rule counts income after tax (税后), so the 个人所得税 withheld, and
   * whatever else the hospital committee deducts (社保、公积金个人缴纳部分), come off.
   */
  deductionsFen: number;
}

export type IncomePart = keyof IncomeFen;

export const INCOME_PART_LABELS: Record<IncomePart, string> = {
  postSalaryFen: '岗位工资',
  gradeSalaryFen: '薪级工资',
  performancePayFen: '绩效工资',
  allowancesFen: '津贴补贴',
  pensionFen: '离退休费',
  deductionsFen: '代扣个人所得税等',
};

/** The parts that add up to the base for each category; the flat amount needs no income. */
export const INCOME_PARTS_BY_CATEGORY: Record<DuesCategory, readonly IncomePart[]> = {
  employed: ['postSalaryFen', 'gradeSalaryFen', 'performancePayFen', 'allowancesFen'],
  retired: ['pensionFen'],
  flat: [],
};

export const EMPTY_INCOME: IncomeFen = {
  postSalaryFen: 0,
  gradeSalaryFen: 0,
  performancePayFen: 0,
  allowancesFen: 0,
  pensionFen: 0,
  deductionsFen: 0,
};

/**
 * 少交或免交: a member in real hardship pays less or nothing once the branch has
 * studied it and the higher committee approved (党费规定, 生活困难党员). The approval
 * reference is what an inspector asks for.
 */
export type HardshipReduction =
  | { kind: 'reduced'; monthlyFen: number; approvalRef: string }
  | { kind: 'waived'; approvalRef: string };

/** A member's dues base, applying from (year, fromMonth) until the next base starts. */
export interface DuesBaseRecord extends BaseRecord {
  memberId: string;
  year: number;
  /** 1–12: the first month this base applies to. */
  fromMonth: number;
  category: DuesCategory;
  income: IncomeFen;
  hardship: HardshipReduction | null;
  note: string;
}

export const PAYMENT_METHODS = ['cash', 'transfer', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { cash: '现金', transfer: '转账', other: '其他' };

/** One month of one member's ledger, once anything is recorded for it. */
export interface DuesMonthEntry {
  /** What was due when the payment was recorded: a later base change does not rewrite the past. */
  dueFen: number;
  paidFen: number;
  /** YYYY-MM-DD, '' while nothing is paid. */
  paidOn: string;
  method: PaymentMethod;
  /** Paid before the month began (quarterly in advance, with the branch's consent). */
  advance?: true;
  /**
   * 期初: paid before the branch kept dues in the app, entered from the paper book (typed or
   * imported with the year so far); paidOn is then '' as the book may not say the day.
   */
  opening?: true;
}

/**
 * One member's dues for one year: the twelve months in one stored value (index 0 =
 * January; null = nothing recorded), because IndexedDB row count, not row size, is what
 * limits a hospital-wide database.
 */
export interface DuesPaymentRecord extends BaseRecord {
  memberId: string;
  year: number;
  months: Array<DuesMonthEntry | null>;
}

/** What the branch handed over for one quarter. */
export interface DuesRemittanceRecord extends BaseRecord {
  year: number;
  quarter: number;
  /** YYYY-MM-DD */
  remittedOn: string;
  amountFen: number;
  /** 收据号 or transfer reference. */
  receiptRef: string;
}
