import { COMMITTEE_ROLE_LABELS, type CommitteeRole } from '../../../../../shared/branch/branch';
import { FURTHER_ROUND_LABELS, decisionText, meetingOutcome, quorumText, type MeetingOutcome, type RoundOutcome } from '../../../../../shared/branch/election';
import type { BranchRules } from '../../../../../shared/rules/rule-types';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import type { ElectionCase } from '../data/election-repository';
import { BRANCH_SIGNATURE_PARTS, SignatureLine } from '../../../shell/print-document';

/**
 * 党支部换届选举情况报告 on A4: the 请示 and its 批复, the attendance against the 4/5 rule, the
 * votes per candidate in each round (正式选举, then any 再次投票 or 另行选举), those elected with
 * their 分工 and term, and the 批复 of the result.
 */
export function ElectionPrintView({ entry, organisation, rules, onBack }: { entry: ElectionCase; organisation: string; rules: BranchRules; onBack: () => void }) {
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${organisation}${REPORT_TITLE}.pdf`} onBack={onBack} />
      <div className="print-sheet meeting-document" aria-label={REPORT_TITLE}>
        <ElectionReport entry={entry} organisation={organisation} rules={rules} />
      </div>
    </div>
  );
}

const REPORT_TITLE = '换届选举情况报告';

/** The report's content, for the A4 page above and for the year's 台账 binder. */
export function ElectionReport({ entry, organisation, rules }: { entry: ElectionCase; organisation: string; rules: BranchRules }) {
  const { election, review } = entry;
  const meeting = election.meeting;
  const names = election.names;
  const outcome = meeting ? meetingOutcome(meeting, election.plan, rules, names) : undefined;
  const list = (ids: readonly string[]) => ids.map((id) => names[id] ?? '').join('、') || '—';
  return (
    <>
    <h1 style={{ textAlign: 'center', fontSize: 20 }}>{organisation}{REPORT_TITLE}</h1>
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
        {outcome.rounds.map((round, index) => (
          <RoundTable key={index} index={index} round={round} outcome={outcome} names={names} roles={meeting.roles} />
        ))}
        <p>
          新一届任期：{meeting.termStart} 至 {meeting.termEnd}。报告日期：{meeting.reportedOn}。
        </p>
        <p>结果批复：{decisionText(review?.result)}</p>
      </>
    )}
    <SignatureLine parts={['监票人（签字）：', '计票人（签字）：']} />
    <SignatureLine parts={BRANCH_SIGNATURE_PARTS} />
    </>
  );
}

function roundTitle(index: number, round: RoundOutcome, outcome: MeetingOutcome): string {
  const which = round.kind === 'first' ? '正式选举' : FURTHER_ROUND_LABELS[round.kind];
  const rule = round.kind === 'revote' ? '在票数相等的被选举人之间投票，得票多的当选' : `当选须赞成票超过应到会有选举权人数（${outcome.threshold.of} 人）的一半，即多于 ${outcome.threshold.votes} 票`;
  return `计票结果：第 ${index + 1} 轮（${which}，应选 ${round.seats} 人；${rule}）`;
}

/** One round's count: each candidate of the round by votes, elected or not, and the 分工 of those elected. */
function RoundTable({ index, round, outcome, names, roles }: { index: number; round: RoundOutcome; outcome: MeetingOutcome; names: Readonly<Record<string, string>>; roles: Readonly<Record<string, CommitteeRole>> }) {
  const result = (id: string) => (round.tally.elected.includes(id) ? '当选' : round.tally.tied.includes(id) ? '票数相等，再次投票' : '未当选');
  return (
    <>
      <h2 style={{ fontSize: 15, marginTop: 12 }}>{roundTitle(index, round, outcome)}</h2>
      <table className="stat-print-table" aria-label={`第 ${index + 1} 轮计票结果`}>
        <thead>
          <tr>
            <th>候选人</th>
            <th>赞成票</th>
            <th>结果</th>
            <th>分工</th>
          </tr>
        </thead>
        <tbody>
          {[...round.candidateIds]
            .sort((a, b) => (round.votes[b] ?? 0) - (round.votes[a] ?? 0))
            .map((id) => (
              <tr key={id}>
                <td>{names[id]}</td>
                <td style={{ textAlign: 'center' }}>{round.votes[id] ?? 0}</td>
                <td style={{ textAlign: 'center' }}>{result(id)}</td>
                <td style={{ textAlign: 'center' }}>{round.tally.elected.includes(id) && roles[id] ? COMMITTEE_ROLE_LABELS[roles[id]!] : ''}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </>
  );
}
