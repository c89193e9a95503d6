import { AWARD_STAGE_LABELS, awardHonours, awardStage, type AwardRecord } from '../../../../../shared/assessment/awards';
import { yearMonthDayText } from '../../../../../shared/dates';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import { PrintHeading } from './PrintHeading';

export interface AwardPrintProps {
  year: number;
  organisation: string;
  awards: readonly AwardRecord[];
  branchName: (id: string) => string;
  today: string;
  /** The list (名单, for 公示 or the decision) or one certificate per person and branch. */
  kind: 'list' | 'certificates';
  onBack: () => void;
}

/** 评先评优 on A4: the list with its 公示 and approval, or a certificate (荣誉证书) per honour, a page each. */
export function AwardPrintView({ year, organisation, awards, branchName, today, kind, onBack }: AwardPrintProps) {
  const honours = awardHonours(awards, branchName);
  const first = awards[0];
  const stage = awardStage(first, today);
  const title = `${year}年度先进党支部和优秀共产党员${stage === 'approved' ? '表彰名单' : '拟表彰名单'}`;
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${organisation}${kind === 'list' ? title : `${year}年度荣誉证书`}.pdf`} onBack={onBack} />
      {kind === 'list' ? (
        <div className="print-sheet meeting-document">
          <PrintHeading organisation={organisation} title={title}>
            {AWARD_STAGE_LABELS[stage]}
            {first?.publicity ? ` · 公示期 ${first.publicity.from} 至 ${first.publicity.until}（${first.publicity.workingDays} 个工作日${first.publicity.provisional ? '，暂算' : ''}）` : ''}
            {first?.approval ? ` · ${first.approval.document}` : ''}
          </PrintHeading>
          <table className="assessment-print-table">
            <thead>
              <tr>
                <th>序号</th>
                <th>荣誉</th>
                <th>名称 / 姓名</th>
                <th>所在支部</th>
                <th>主要事迹</th>
              </tr>
            </thead>
            <tbody>
              {honours.map((honour, index) => (
                <tr key={honour.key}>
                  <td>{index + 1}</td>
                  <td>{honour.title}</td>
                  <td>{honour.name}</td>
                  <td>{honour.title === '先进党支部' ? '—' : honour.branch}</td>
                  <td style={{ textAlign: 'left' }}>{honour.deeds || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {stage !== 'approved' && <p>公示期间，如对上述人选有异议，请向院党委组织科反映。</p>}
          <div className="meeting-document-signatures">
            <span />
            <span>{organisation}</span>
            <span>{first?.approval?.approvedOn ?? today}</span>
          </div>
        </div>
      ) : (
        honours.map((honour, index) => (
          <div key={honour.key} className={`print-sheet${index > 0 ? ' print-page-break' : ''}`}>
            <div className="award-certificate">
              <h1>荣誉证书</h1>
              <p>
                {honour.title === '先进党支部' ? honour.name : `${honour.branch} ${honour.name} 同志`}：
              </p>
              <p>
                在{year}年度工作中成绩突出，被评为{year}年度“{honour.title}”，特发此证，以资鼓励。
              </p>
              <p className="award-certificate-signature">
                {organisation}
                <br />
                {yearMonthDayText(first?.approval?.approvedOn ?? today)}
                {first?.approval ? <><br />{first.approval.document}</> : null}
              </p>
            </div>
          </div>
        ))
      )}
    </div>
  );
}
