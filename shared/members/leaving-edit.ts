import { compareDates } from '../dates';
import type { RuleSet } from '../rules/rule-set';
import type { MemberRecord } from './member';
import { validateMember, type MemberInput } from './member-validation';
import { currentLeaving, LEAVING_LABELS, rosterPeriods, type LeavingKind } from './roster-periods';

/** What the secretary types to record a 转出 (outside the hospital) or an ending. */
export interface LeavingForm {
  kind: LeavingKind;
  date: string;
  /** 转往的党组织, for a transfer out. */
  counterpart: string;
  /** 介绍信编号 for a transfer out; the decision document (决定机关及文号) for an ending. */
  document: string;
  reason: string;
}

/**
 * The member's fields as they become with the leaving recorded: a transfer out is one more
 * entry of `transfers` (its letter number with it), an ending is `ending`. Returned as a
 * patch of the fields it changes, to be validated (validateMember) on the whole member
 * before it is written.
 */
export function leavingPatch(member: Pick<MemberInput, 'transfers'>, form: LeavingForm): Pick<MemberInput, 'transfers'> | Pick<MemberInput, 'ending'> {
  if (form.kind === 'transferOut') {
    const transfer = { direction: 'out' as const, date: form.date, counterpart: form.counterpart.trim(), note: form.reason.trim(), letterNumber: form.document.trim() };
    return { transfers: [...member.transfers, transfer] };
  }
  return { ending: { kind: form.kind, date: form.date, reason: form.reason.trim(), document: form.document.trim() } };
}

/**
 * Takes back the leaving recorded last (typed by mistake): the ending, or the latest
 * transfer out. Null when the person has not left. The audit log keeps what it was.
 */
export function undoLeavingPatch(member: Pick<MemberRecord, 'transfers' | 'ending'>): Pick<MemberInput, 'transfers'> | Pick<MemberInput, 'ending'> | null {
  const leaving = currentLeaving(member);
  if (!leaving) return null;
  if (leaving.kind !== 'transferOut') return { ending: null };
  const index = member.transfers.findLastIndex((transfer) => transfer.direction === 'out' && transfer.date === leaving.date);
  return { transfers: member.transfers.filter((_, each) => each !== index) };
}

export type LeavingErrors = Partial<Record<keyof LeavingForm | 'member', string>>;

/** The form's field a member validation path belongs to ('transfers.3.date' → date, 'ending.document' → document). */
function formFieldOf(path: string, newTransfer: string): keyof LeavingForm | undefined {
  if (path.startsWith(`${newTransfer}.`) || path.startsWith('ending.')) {
    const field = path.slice(path.lastIndexOf('.') + 1);
    if (field === 'note') return 'reason';
    if (field === 'letterNumber') return 'document';
    return (['kind', 'date', 'counterpart', 'document', 'reason'] as const).find((name) => name === field);
  }
  return undefined;
}

/**
 * Checks a leaving before it is written, as the whole member it makes (validateMember),
 * with the messages put on the dialog's fields; what concerns other fields of the member
 * comes under `member`. A transfer out needs the organisation and the 介绍信编号; the
 * date cannot precede the person's arrival; someone who has already left cannot leave again.
 */
export function validateLeaving(member: MemberRecord, input: MemberInput, form: LeavingForm, today: string, ruleSet?: RuleSet): LeavingErrors {
  const errors: LeavingErrors = {};
  const current = currentLeaving(member);
  if (current) errors.member = `${member.name}已于 ${current.date} ${LEAVING_LABELS[current.kind]}，如登记有误请先撤销。`;
  if (!Object.hasOwn(LEAVING_LABELS, form.kind)) errors.kind = '请选择转出或出党方式。';
  if (form.kind === 'transferOut') {
    if (!form.counterpart.trim()) errors.counterpart = '请填写转往的党组织。';
    if (!form.document.trim()) errors.document = '请填写介绍信编号。';
  }
  const arrived = rosterPeriods(member).at(-1)?.from;
  if (arrived && form.date && compareDates(form.date, arrived) < 0) errors.date = `日期不能早于转入本支部的日期（${arrived}）。`;
  const newTransfer = `transfers.${input.transfers.length}`;
  for (const [path, message] of Object.entries(validateMember({ ...input, ...leavingPatch(input, form) }, today, ruleSet))) {
    const field = formFieldOf(path, newTransfer) ?? 'member';
    if (!errors[field]) errors[field] = field === 'member' ? `该党员的其他信息需先修改：${message}` : message;
  }
  return errors;
}
