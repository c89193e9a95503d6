import { Alert, Button, InputNumber, Select, Space, Typography } from 'antd';
import { FURTHER_ROUND_LABELS, type ElectionMeeting, type FurtherRound, type MeetingOutcome } from '../../../../../shared/branch/election';

type Names = Readonly<Record<string, string>>;

function VoteInputs({ ids, votes, names, onChange }: { ids: readonly string[]; votes: Record<string, number>; names: Names; onChange: (votes: Record<string, number>) => void }) {
  return (
    <Space wrap style={{ margin: '8px 0 12px' }}>
      {ids.map((id) => (
        <Space key={id}>
          <span>{names[id]}</span>
          <InputNumber aria-label={`${names[id]}得票`} min={0} value={votes[id]} onChange={(value) => onChange({ ...votes, [id]: value ?? 0 })} />
        </Space>
      ))}
    </Space>
  );
}

/**
 * The rounds of voting at the election meeting: the first (正式选举) over the 请示's candidates,
 * then, while seats stay open, 再次投票 between those tied at the last seat or 另行选举 for the
 * seats no one won (条例 2020), each for the seats still open and counted on the same base.
 * A round's vote inputs are labelled "<name>得票" inside a group named after the round.
 */
export function ElectionRoundsFields({ meeting, candidateIds, outcome, names, edit }: { meeting: ElectionMeeting; candidateIds: readonly string[]; outcome: MeetingOutcome; names: Names; edit: (patch: Partial<ElectionMeeting>) => void }) {
  const further = meeting.furtherRounds ?? [];
  const setRounds = (rounds: FurtherRound[]) => edit({ furtherRounds: rounds });
  const setRound = (index: number, patch: Partial<FurtherRound>) => setRounds(further.map((round, at) => (at === index ? { ...round, ...patch } : round)));
  const electedBefore = (index: number) => outcome.rounds.slice(0, index + 1).flatMap((round) => round.tally.elected);
  const { next } = outcome;

  return (
    <>
      <div role="group" aria-label="第 1 轮（正式选举）">
        <Typography.Text strong>
          第 1 轮（正式选举）得票：应选 {outcome.rounds[0]!.seats} 人；赞成票超过应到会有选举权人数（{outcome.threshold.of} 人）的一半，即多于 {outcome.threshold.votes} 票，始得当选
        </Typography.Text>
        <VoteInputs ids={candidateIds} votes={meeting.votes} names={names} onChange={(votes) => edit({ votes })} />
      </div>
      {further.map((round, index) => {
        const label = `第 ${index + 2} 轮（${FURTHER_ROUND_LABELS[round.kind]}）`;
        const seats = outcome.rounds[index + 1]?.seats;
        const rule = round.kind === 'revote' ? '在票数相等的被选举人之间投票，得票多的当选' : `赞成票须多于 ${outcome.threshold.votes} 票`;
        const options = candidateIds.filter((id) => !electedBefore(index).includes(id)).map((id) => ({ value: id, label: names[id] ?? id }));
        return (
          <div key={index} role="group" aria-label={label} style={{ marginBottom: 8 }}>
            <Space wrap>
              <Typography.Text strong>
                {label}：{seats !== undefined ? `应选 ${seats} 人；` : ''}
                {rule}
              </Typography.Text>
              <Button size="small" danger onClick={() => setRounds(further.slice(0, index))}>
                删除这一轮
              </Button>
            </Space>
            {round.kind === 'byElection' && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                另行选举的候选人（从请示名单中尚未当选的候选人里确定）：
              </Typography.Paragraph>
            )}
            {round.kind === 'byElection' && (
              <Select
                aria-label={`${label}候选人`}
                mode="multiple"
                optionFilterProp="label"
                style={{ display: 'block', marginTop: 4, maxWidth: 480 }}
                options={options}
                value={round.candidateIds}
                onChange={(ids: string[]) => setRound(index, { candidateIds: ids, votes: Object.fromEntries(Object.entries(round.votes).filter(([id]) => ids.includes(id))) })}
              />
            )}
            <VoteInputs ids={round.candidateIds} votes={round.votes} names={names} onChange={(votes) => setRound(index, { votes })} />
          </div>
        );
      })}
      {outcome.roundErrors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={outcome.roundErrors.join('')} />}
      {outcome.roundErrors.length === 0 && next && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`尚未选足名额：${outcome.furtherRound}`}
          action={
            <Button size="small" onClick={() => setRounds([...further, { kind: next.kind, candidateIds: next.candidateIds, votes: {} }])}>
              登记第 {further.length + 2} 轮（{FURTHER_ROUND_LABELS[next.kind]}）
            </Button>
          }
        />
      )}
      {outcome.roundErrors.length === 0 && !next && outcome.elected.length > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`当选：${outcome.elected.map((id) => names[id]).join('、')}${further.length > 0 ? `（共 ${further.length + 1} 轮投票）` : ''}`} />
      )}
    </>
  );
}
