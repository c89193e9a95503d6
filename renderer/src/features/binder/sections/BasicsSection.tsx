import { BRANCH_KIND_LABELS, COMMITTEE_ROLE_LABELS, type BranchRecord } from '../../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../../shared/members/member';
import { LabelValueRows } from '../../../shell/print-document';

/** 支部基本情况 and the committee as the branch record holds them, with the roster's counts on the day. */
export function BasicsSection({ branch, names, roster, asOf }: { branch: BranchRecord; names: ReadonlyMap<string, string>; roster: readonly MemberRecord[]; asOf: string }) {
  const full = roster.filter((member) => member.stage === 'full').length;
  const rows: [string, string][] = [
    ['支部名称', branch.name],
    ['所属党组织', branch.parentOrganizationName || '—'],
    ['支部类别', branch.kind ? BRANCH_KIND_LABELS[branch.kind] : '—'],
    ['覆盖科室', branch.departments?.join('、') || '—'],
    ['联合支部', branch.isJoint ? '是' : '否'],
    ['成立日期', branch.foundedOn || '—'],
    ['本届任期', branch.termStart || branch.termEnd ? `${branch.termStart ?? '—'} 至 ${branch.termEnd ?? '—'}` : '—'],
    ['书记为“双带头人”', branch.secretaryIsDepartmentHead ? '是' : '否'],
    [`党员人数（截至 ${asOf}）`, `${roster.length} 名（正式党员 ${full} 名，预备党员 ${roster.length - full} 名）`],
    ['支部品牌', branch.brand?.name || '—'],
  ];
  const seatName = (seat: NonNullable<BranchRecord['committee']>[number]) => names.get(seat.memberId) ?? seat.name ?? '—';
  return (
    <>
      <table className="meeting-document-table" aria-label="支部基本情况">
        <tbody>
          <LabelValueRows rows={rows} />
        </tbody>
      </table>
      <h3 className="binder-subtitle">支部委员会</h3>
      <table className="meeting-document-table" aria-label="支部委员会">
        <tbody>
          {(branch.committee ?? []).length === 0 ? (
            <tr>
              <td>未登记支部委员</td>
            </tr>
          ) : (
            branch.committee!.map((seat, index) => (
              <tr key={index}>
                <th>{COMMITTEE_ROLE_LABELS[seat.role]}</th>
                <td>{seatName(seat)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <h3 className="binder-subtitle">党小组</h3>
      <table className="meeting-document-table" aria-label="党小组">
        <tbody>
          {(branch.partyGroups ?? []).length === 0 ? (
            <tr>
              <td>未设党小组</td>
            </tr>
          ) : (
            branch.partyGroups!.map((group) => (
              <tr key={group.id}>
                <th>{group.name}</th>
                <td>组长：{names.get(group.leaderId) ?? '—'}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  );
}
