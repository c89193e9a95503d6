import { COMMITTEE_ROLE_LABELS } from '../../../../../shared/branch/branch';
import { decisionText, meetingOutcome, quorumText } from '../../../../../shared/branch/election';
import type { BranchRules } from '../../../../../shared/rules/rule-types';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import type { ElectionCase } from '../data/election-repository';
import { BRANCH_SIGNATURE_PARTS, SignatureLine } from '../../../shell/print-document';

/**
 * 党支部换届选举情况报告 on A4: the 请示 and its 批复, the attendance against the 4/5 rule, the
 * votes per candidate, those elected with their 分工 and term, and the 批复 of the result.
 */
export function ElectionPrintView({ entry, organisation, rules, onBack }: { entry: ElectionCase; organisation: string; rules: BranchRules; onBack: () => void }) {
  const { election, review } = entry;
  const meeting = election.meeting;
  const names = election.names;
  const outcome = meeting ? meetingOutcome(meeting, election.plan.seats, rules, names) : undefined;
  const title = '换届选举情况报告';
  const list = (ids: readonly string[]) => ids.map((id) => names[id] ?? '').join('、') || '—';
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${organisation}${title}.pdf`} onBack={onBack} />
      <div className="print-sheet meeting-document" aria-label={title}>
        <h1 style={{ textAlign: 'center', fontSize: 20 }}>{organisation}{title}</h1>
        <table className="stat-print-table">
          <tbody>
            <tr>
              <th style={{ width: '22%' }}>换届请示</th>
              <td>{election.plan.requestedOn}　应选委员 {election.plan.seats} 人　候选人 {election.plan.candidateIds.length} 人：{list(election.plan.candidateIds)}</td>
            </tr>
            <tr>
              <th>请示批复</th>
              <td>{decisionText(review?.plan)}</td>
            </tr>
            {meeting && outcome && (
              <>
                <tr>
                  <th>选举日期</th>
                  <td>{meeting.heldOn}</td>
                </tr>
                <tr>
                  <th>有选举权党员</th>
                  <td>正式党员 {meeting.voterIds.length} 人（预备党员没有选举权，不计入）</td>
                </tr>
                <tr>
                  <th>不计入应到会人数</th>
                  <td>{meeting.excused.length === 0 ? '无' : meeting.excused.map((each) => `${names[each.memberId] ?? ''}（${each.reason}）`).join('；')}</td>
                </tr>
                <tr>
                  <th>应到会 / 实到会</th>
                  <td>{quorumText(outcome)}</td>
                </tr>
                <tr>
                  <th>缺席</th>
                  <td>{list(meeting.voterIds.filter((id) => !meeting.presentIds.includes(id) && !meeting.excused.some((each) => each.memberId === id)))}</td>
                </tr>
              </>
            )}
          </tbody>
        </table>
        {meeting && outcome && (
          <>
            <h2 style={{ fontSize: 15, marginTop: 12 }}>计票结果（当选须赞成票超过实到会有选举权人数的一半，即多于 {outcome.tally.threshold.votes} 票）</h2>
            <table className="stat-print-table">
              <thead>
                <tr>
                  <th>候选人</th>
                  <th>赞成票</th>
                  <th>结果</th>
                  <th>分工</th>
                </tr>
              </thead>
              <tbody>
                {[...election.plan.candidateIds]
                  .sort((a, b) => (meeting.votes[b] ?? 0) - (meeting.votes[a] ?? 0))
                  .map((id) => (
                    <tr key={id}>
                      <td>{names[id]}</td>
                      <td style={{ textAlign: 'center' }}>{meeting.votes[id] ?? 0}</td>
                      <td style={{ textAlign: 'center' }}>{outcome.tally.elected.includes(id) ? '当选' : '未当选'}</td>
                      <td style={{ textAlign: 'center' }}>{meeting.roles[id] ? COMMITTEE_ROLE_LABELS[meeting.roles[id]!] : ''}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
            <p>
              新一届任期：{meeting.termStart} 至 {meeting.termEnd}。报告日期：{meeting.reportedOn}。
            </p>
            <p>结果批复：{decisionText(review?.result)}</p>
          </>
        )}
        <SignatureLine parts={['监票人（签字）：', '计票人（签字）：']} />
        <SignatureLine parts={BRANCH_SIGNATURE_PARTS} />
      </div>
    </div>
  );
}
