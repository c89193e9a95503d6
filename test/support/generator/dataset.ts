import type { BranchRecord } from '../../../shared/branch/branch';
import type { MemberRecord } from '../../../shared/members/member';
import type { DuesBaseRecord, DuesPaymentRecord, DuesRemittanceRecord } from '../../../shared/dues/dues-types';
import type { MeetingRecord } from '../../../shared/meetings/meeting-types';
import type { StudyNotebookRecord } from '../../../shared/study/study-types';
import { NATIONAL_RULE_SET, type RuleSet } from '../../../shared/rules/rule-set';
import { generateBranch, type BranchPlan } from './branch';
import { generateDues } from './dues';
import { generateMeetings } from './meetings';
import { generateNotebooks } from './study';
import { createRandom, type Random } from './random';
import type { ScaleSpec } from './scales';
import { DEPARTMENTS, DISTRICTS, HOSPITAL_NAMES } from './vocabulary';

export interface GeneratorOptions {
  /** Same seed (and same today), same data. */
  seed?: string;
  /** The last day records may carry, YYYY-MM-DD. Fixed by default so that runs compare. */
  today?: string;
  ruleSet?: RuleSet;
}

export const DEFAULT_SEED = 'branch-ledger';
export const DEFAULT_TODAY = '2026-11-30';

/** Everything one branch stores, by table. */
export interface BranchData {
  branch: BranchRecord;
  members: MemberRecord[];
  meetings: MeetingRecord[];
  duesBases: DuesBaseRecord[];
  duesPayments: DuesPaymentRecord[];
  duesRemittances: DuesRemittanceRecord[];
  studyNotebooks: StudyNotebookRecord[];
}

export type TableName = Exclude<keyof BranchData, 'branch'> | 'branches';

/** The stores a data set fills, in the order a import writes them. */
export const DATASET_TABLES: readonly TableName[] = ['branches', 'members', 'meetings', 'duesBases', 'duesPayments', 'duesRemittances', 'studyNotebooks'];

/** A branch's records as rows per store. */
export function rowsOf(data: BranchData): Record<TableName, readonly object[]> {
  return {
    branches: [data.branch],
    members: data.members,
    meetings: data.meetings,
    duesBases: data.duesBases,
    duesPayments: data.duesPayments,
    duesRemittances: data.duesRemittances,
    studyNotebooks: data.studyNotebooks,
  };
}

function branchName(index: number, branches: number): { name: string; parent: string; department: string } {
  const department = DEPARTMENTS[index % DEPARTMENTS.length]!;
  const round = Math.floor(index / DEPARTMENTS.length);
  if (branches <= DEPARTMENTS.length * 4) {
    // One hospital: a large department has several branches (内科第二党支部).
    return { name: `${department}${round ? `第${'一二三四五'[round]}` : ''}党支部`, parent: '市第一人民医院党委', department };
  }
  // A city: many hospitals, each with a branch per department.
  const hospitalIndex = round;
  const district = DISTRICTS[Math.floor(hospitalIndex / HOSPITAL_NAMES.length) % DISTRICTS.length]!;
  const hospital = `${hospitalIndex < HOSPITAL_NAMES.length ? '' : district}${HOSPITAL_NAMES[hospitalIndex % HOSPITAL_NAMES.length]}`;
  return { name: `${hospital}${department}党支部`, parent: `${hospital}党委`, department };
}

/**
 * Roster sizes that vary (a department of 8, one of 35) and add up to the scale's total
 * exactly: branches are paired, one above the mean and one below by the same amount.
 */
export function planBranches(spec: ScaleSpec, seed: string): BranchPlan[] {
  const random = createRandom(`${seed}/plan`);
  const mean = Math.floor(spec.members / spec.branches);
  const sizes = Array.from({ length: spec.branches }, () => mean);
  for (let index = 0; index + 1 < spec.branches; index += 2) {
    const spread = random.int(0, Math.floor(mean * 0.6));
    sizes[index] = mean + spread;
    sizes[index + 1] = mean - spread;
  }
  sizes[0]! += spec.members - mean * spec.branches;
  let firstMemberIndex = 0;
  return sizes.map((members, index) => {
    const { name, parent, department } = branchName(index, spec.branches);
    const plan = { index, name, parentOrganizationName: parent, department, members, firstMemberIndex };
    firstMemberIndex += members;
    return plan;
  });
}

function yearsOf(spec: ScaleSpec, today: string): number[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: spec.years }, (_, index) => last - spec.years + 1 + index);
}

/** One branch of a scale, on its own: each branch has its own sequence, so any one can be made alone. */
export function generateBranchData(plan: BranchPlan, spec: ScaleSpec, options: GeneratorOptions = {}): BranchData {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? DEFAULT_TODAY;
  const rules = (options.ruleSet ?? NATIONAL_RULE_SET).rules;
  const random: Random = createRandom(`${seed}/branch/${plan.index}`);
  const years = yearsOf(spec, today);
  const { branch, members } = generateBranch(random, plan, `${years[0]}-01-01`, today);
  const meetings = generateMeetings(random, branch, members, years, today, rules.meetings);
  const dues = generateDues(random, branch.id, members, years, today, rules.dues);
  const studyNotebooks = generateNotebooks(random, members, years, today, rules.study);
  return { branch, members, meetings, duesBases: dues.bases, duesPayments: dues.payments, duesRemittances: dues.remittances, studyNotebooks };
}

/** Branch after branch, so a large scale can be written (or measured) without holding it all. */
export function* generateBranches(spec: ScaleSpec, options: GeneratorOptions = {}): Generator<BranchData> {
  for (const plan of planBranches(spec, options.seed ?? DEFAULT_SEED)) yield generateBranchData(plan, spec, options);
}

export function generateDataset(spec: ScaleSpec, options: GeneratorOptions = {}): BranchData[] {
  return [...generateBranches(spec, options)];
}
