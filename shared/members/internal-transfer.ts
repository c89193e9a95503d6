import { compareDates, isValidDate } from '../dates';
import type { DuesBaseRecord } from '../dues/dues-types';
import { baseForMonth } from '../dues/dues-ledger';
import { duesPaidThroughOnMove, firstDuesMonthAfterMove, monthOfDate } from '../dues/months';
import type { BaseRecord, RecordInput } from '../records/base-record';
import type { StudyNote, StudyNotebookRecord } from '../study/study-types';
import type { MemberRecord, RelationshipTransfer } from './member';
import type { MemberInput } from './member-validation';

/**
 * A move between two branches of the hospital (院内组织关系转接), through the central office:
 *
 * 1. The old branch asks (`TransferRequestRecord`, written by the branch, in its report).
 * 2. The central office approves with the date and letter number: two `TransferOrderRecord`s,
 *    written only by the office, one owned by each branch so each return carries its own:
 *    the old branch's `release`, the new branch's `admission` with the member's history.
 * 3. The old branch, on importing its release, records the transfer out (orderId on the
 *    entry): from the date the member is off its roster, and its copy stays, read only.
 * 4. The new branch accepts the admission: a new member record of its own (the office holds
 *    every branch's members under their ids, so the id cannot be shared), with the history
 *    as carried and a transfer in from the same date. Both use the order's date, so the
 *    person is never on two rosters on one day (roster-periods), and nothing is typed twice.
 */
export interface TransferRequestRecord extends BaseRecord {
  memberId: string;
  memberName: string;
  /** The branch asked for, as the old branch names it; the office picks the branch. */
  toBranchName: string;
  /** YYYY-MM-DD */
  requestedOn: string;
  reason: string;
}

/** What the new branch receives with the person: their record, this year's study notes and the dues base in force. */
export interface CarriedHistory {
  member: MemberInput;
  /** The base in force on the date of the move, if any, as its content. */
  duesBase: Omit<RecordInput<DuesBaseRecord>, 'memberId' | 'year' | 'fromMonth'> | null;
  /**
   * The notes of the year of the move, as recorded at the old branch. In the admission a
   * note's attachmentId names the office's copy of its photo, sent to the new branch with
   * the order (owned by it, under the order's id); '' when there is none.
   */
  notes: StudyNote[];
  year: number;
}

export type TransferOrderRole = 'release' | 'admission';

export interface TransferOrderRecord extends BaseRecord {
  requestId: string;
  role: TransferOrderRole;
  /** The member's id at the old branch. */
  memberId: string;
  memberName: string;
  fromBranchId: string;
  fromBranchName: string;
  toBranchId: string;
  toBranchName: string;
  /** The date of the move: the first day at the new branch and off the old one. */
  effectiveOn: string;
  letterNumber: string;
  approvedBy: string;
  approvedAt: string;
  /** The admission's cargo; null on the release. */
  carried: CarriedHistory | null;
}

export type TransferOrderContent = RecordInput<TransferOrderRecord>;

export interface ApprovalInput {
  toBranchId: string;
  toBranchName: string;
  effectiveOn: string;
  letterNumber: string;
  approvedBy: string;
}

/** A deep copy of plain record data (dates are strings, there are no Maps): the order must not share arrays with the member. */
const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Why the office cannot approve as typed, or undefined. */
export function approvalRefusal(request: TransferRequestRecord, fromBranchId: string, approval: ApprovalInput, today: string): string | undefined {
  if (request.deleted) return '该调动申请已被支部撤回。';
  if (!approval.toBranchId) return '请选择调入的支部。';
  if (approval.toBranchId === fromBranchId) return '调入的支部不能是原支部。';
  if (!isValidDate(approval.effectiveOn)) return '请填写调动日期（YYYY-MM-DD）。';
  if (compareDates(approval.effectiveOn, request.requestedOn) < 0) return `调动日期不能早于支部申请的日期（${request.requestedOn}）。`;
  if (compareDates(approval.effectiveOn, today) > 0) return '调动日期不能晚于今天。';
  if (!approval.letterNumber.trim()) return '请填写介绍信编号。';
  if (!approval.approvedBy.trim()) return '请填写审批人。';
  return undefined;
}

/** The member's history as the office holds it from the old branch's packages. */
export function carriedHistory(member: MemberRecord, bases: readonly DuesBaseRecord[], notebooks: readonly StudyNotebookRecord[], effectiveOn: string): CarriedHistory {
  const { id: _id, branchId: _branchId, createdAt: _createdAt, updatedAt: _updatedAt, deleted: _deleted, hlc: _hlc, ...input } = member;
  const year = Number(effectiveOn.slice(0, 4));
  const base = baseForMonth(bases.filter((each) => each.memberId === member.id), monthOfDate(effectiveOn)!);
  const notebook = notebooks.find((each) => !each.deleted && each.memberId === member.id && each.year === year);
  const duesBase = base ? { category: base.category, income: { ...base.income }, hardship: base.hardship, note: base.note } : null;
  return { member: plainCopy(input), duesBase, notes: notebook ? Object.values(notebook.notes).map((note) => ({ ...note })) : [], year };
}

/** The two orders of an approval: the old branch's release and the new branch's admission with the history. */
export function transferOrders(request: TransferRequestRecord, fromBranchName: string, approval: ApprovalInput, history: CarriedHistory, at: Date): { release: TransferOrderContent; admission: TransferOrderContent } {
  const common = {
    requestId: request.id,
    memberId: request.memberId,
    memberName: request.memberName,
    fromBranchId: request.branchId,
    fromBranchName,
    toBranchId: approval.toBranchId,
    toBranchName: approval.toBranchName,
    effectiveOn: approval.effectiveOn,
    letterNumber: approval.letterNumber.trim(),
    approvedBy: approval.approvedBy.trim(),
    approvedAt: at.toISOString(),
  };
  return { release: { ...common, role: 'release', carried: null }, admission: { ...common, role: 'admission', carried: history } };
}

/** Which branch collects which month's dues on a move (党费交至): see shared/dues/months. */
export { duesPaidThroughOnMove, firstDuesMonthAfterMove };

/** The transfer entry an order makes on a member: out at the old branch, in at the new one (with 党费交至). */
export function transferEntryOf(order: TransferOrderRecord): RelationshipTransfer {
  const release = order.role === 'release';
  return {
    direction: release ? 'out' : 'in',
    date: order.effectiveOn,
    counterpart: release ? order.toBranchName : order.fromBranchName,
    note: '院内调动（院党委组织科批准）',
    letterNumber: order.letterNumber,
    orderId: order.id,
    duesPaidThrough: duesPaidThroughOnMove(order.effectiveOn),
  };
}

/** Whether a member already carries out this order (its transfer entry is recorded). */
export function carriesOrder(member: Pick<MemberRecord, 'transfers' | 'deleted'>, orderId: string): boolean {
  return !member.deleted && member.transfers.some((transfer) => transfer.orderId === orderId);
}

/** The member the new branch stores: as carried, no party group (the groups are the old branch's), with the transfer in. */
export function admittedMember(order: TransferOrderRecord): MemberInput {
  const carried = order.carried!.member;
  return { ...plainCopy(carried), partyGroupId: '', ending: null, transfers: [...carried.transfers, transferEntryOf(order)] };
}

/** Where a request stands, for both screens. */
export type TransferStatus = 'requested' | 'approved' | 'withdrawn';

export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = { requested: '待院党委审批', approved: '已批准', withdrawn: '已撤回' };

export function transferStatus(request: TransferRequestRecord, orders: readonly TransferOrderRecord[]): TransferStatus {
  if (orders.some((order) => !order.deleted && order.requestId === request.id)) return 'approved';
  return request.deleted ? 'withdrawn' : 'requested';
}
