import { addMonths, addYears, compareDates, isValidDate } from '../dates';
import type { BranchRecord } from './branch';
import type { MemberRecord } from '../members/member';
import { isOnRoster } from '../members/roster-periods';
import type { BranchRules, RuleSet } from '../rules/rule-set';

export type WarningSeverity = 'info' | 'warning' | 'error';

export interface Warning {
  code: string;
  severity: WarningSeverity;
  message: string;
}

const SEVERITY_ORDER: Record<WarningSeverity, number> = { error: 0, warning: 1, info: 2 };

interface Facts {
  branch: BranchRecord;
  rules: BranchRules;
  today: string;
  fullMembers: number;
  members: number;
  /** Distinct people holding a committee seat. */
  committee: string[];
  /** Seat holders who are not live full members of the branch. */
  invalidSeats: number;
}

function factsOf(branch: BranchRecord, members: MemberRecord[], rules: BranchRules, today: string): Facts {
  // Members on the roster today: those transferred out or whose membership ended no longer count.
  const live = members.filter((member) => isOnRoster(member, today));
  const full = new Set(live.filter((member) => member.stage === 'full').map((member) => member.id));
  const committee = [...new Set((branch.committee ?? []).map((seat) => seat.memberId).filter((id) => id !== ''))];
  return {
    branch,
    rules,
    today,
    fullMembers: full.size,
    members: live.filter((member) => member.stage === 'full' || member.stage === 'probationary').length,
    committee,
    invalidSeats: committee.filter((id) => !full.has(id)).length,
  };
}

/** The recorded term end, or the start plus a standard term when only the start is known. */
function termEndOf({ branch, rules }: Facts): string | undefined {
  if (isValidDate(branch.termEnd)) return branch.termEnd;
  return isValidDate(branch.termStart) ? addYears(branch.termStart, rules.termYears.value) : undefined;
}

function termWarnings(facts: Facts): Warning[] {
  const end = termEndOf(facts);
  const { rules, today } = facts;
  if (!end) {
    return facts.committee.length > 0
      ? [{ code: 'TERM_NOT_RECORDED', severity: 'info', message: '尚未登记本届支部委员会（书记）的任期，无法提醒换届。' }]
      : [];
  }
  if (compareDates(end, today) < 0) {
    const extension = rules.termExtensionMaxYears.value;
    return [{
      code: 'TERM_EXPIRED',
      severity: 'error',
      message: `本届任期已于 ${end} 届满，需换届。经上级党组织批准延期的，延期一般不超过 ${extension} 年。`,
    }];
  }
  if (compareDates(end, addMonths(today, rules.termEndWarningMonths.value)) <= 0) {
    return [{ code: 'TERM_ENDING', severity: 'warning', message: `本届任期将于 ${end} 届满，请提前做好换届选举准备。` }];
  }
  return [];
}

function sizeWarnings({ branch, rules, fullMembers, members }: Facts): Warning[] {
  const warnings: Warning[] = [];
  const min = rules.minFullMembers.value;
  if (!branch.isJoint && fullMembers < min) {
    warnings.push({
      code: 'TOO_FEW_FULL_MEMBERS',
      severity: 'warning',
      message: `正式党员不足 ${min} 名（现有 ${fullMembers} 名），应与邻近单位成立联合党支部。`,
    });
  }
  const units = branch.departments?.length ?? 0;
  if (branch.isJoint && units > rules.jointBranchMaxUnits.value) {
    warnings.push({
      code: 'JOINT_TOO_MANY_UNITS',
      severity: 'warning',
      message: `联合党支部覆盖单位一般不超过 ${rules.jointBranchMaxUnits.value} 个（现有 ${units} 个）。`,
    });
  }
  if (members > rules.maxMembers.value) {
    warnings.push({
      code: 'TOO_MANY_MEMBERS',
      severity: 'warning',
      message: `党支部党员人数一般不超过 ${rules.maxMembers.value} 名（现有 ${members} 名），请考虑调整组织设置。`,
    });
  }
  return warnings;
}

function committeeWarnings({ branch, rules, fullMembers, committee, invalidSeats }: Facts): Warning[] {
  const warnings: Warning[] = [];
  const size = committee.length;
  const [min, normalMax, max] = [rules.committeeSizeMin.value, rules.committeeSizeNormalMax.value, rules.committeeSizeMax.value];
  if (fullMembers >= rules.committeeMinFullMembers.value && size < min) {
    warnings.push({
      code: 'COMMITTEE_REQUIRED',
      severity: 'warning',
      message: `正式党员 ${fullMembers} 名，已达 ${rules.committeeMinFullMembers.value} 名，应设立 ${min} 至 ${normalMax} 人的支部委员会（现有委员 ${size} 名）。`,
    });
  }
  if (size > max) {
    warnings.push({ code: 'COMMITTEE_TOO_LARGE', severity: 'warning', message: `支部委员会一般不超过 ${max} 人（现有 ${size} 人）。` });
  } else if (size > normalMax) {
    warnings.push({ code: 'COMMITTEE_ABOVE_NORMAL', severity: 'info', message: `支部委员会通常由 ${min} 至 ${normalMax} 人组成（现有 ${size} 人）。` });
  }
  const secretary = (branch.committee ?? []).find((seat) => seat.role === 'secretary');
  if (secretary?.memberId === '' && secretary.name) {
    // Typed at setup before the roster: not a missing secretary, a link still to make.
    warnings.push({ code: 'SECRETARY_NOT_LINKED', severity: 'info', message: `书记“${secretary.name}”还不在名册中：导入名册或新增该党员后自动关联，也可在“支部信息”中选择。` });
  } else if (!secretary || secretary.memberId === '') {
    warnings.push({ code: 'NO_SECRETARY', severity: 'error', message: '尚未明确党支部书记。' });
  }
  if (invalidSeats > 0) {
    warnings.push({
      code: 'COMMITTEE_MEMBER_NOT_FULL',
      severity: 'warning',
      message: `有 ${invalidSeats} 名支部委员不是本支部的正式党员（可能已转出、已删除或仍为预备党员），请核对。`,
    });
  }
  return warnings;
}

/** What an inspector would raise about the branch's structure, most serious first. */
export function branchWarnings(branch: BranchRecord, members: MemberRecord[], ruleSet: RuleSet, today: string): Warning[] {
  const facts = factsOf(branch, members, ruleSet.rules.branch, today);
  return [...termWarnings(facts), ...sizeWarnings(facts), ...committeeWarnings(facts)].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
