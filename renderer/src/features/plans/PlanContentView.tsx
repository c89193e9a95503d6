import { DEVELOPMENT_TARGET_LABELS, planTitle, type PlanContent } from '../../../../shared/plans/plan';
import { stageLabel } from '../../../../shared/plans/plan-prefill';
import type { ReportFigure } from '../../../../shared/statistics/monthly-report';

function bySection(figures: readonly ReportFigure[]): [string, ReportFigure[]][] {
  const sections = new Map<string, ReportFigure[]>();
  for (const figure of figures) sections.set(figure.section, [...(sections.get(figure.section) ?? []), figure]);
  return [...sections];
}

/** The summary's figures as a plain table, a section a heading row: the same on screen and on A4. */
export function PlanFigures({ figures }: { figures: readonly ReportFigure[] }) {
  return (
    <table className="stat-print-table" aria-label="全年数据">
      <tbody>
        {bySection(figures).map(([section, list]) => [
          <tr key={section}>
            <th colSpan={4} style={{ textAlign: 'left' }}>
              {section}
            </th>
          </tr>,
          ...Array.from({ length: Math.ceil(list.length / 2) }, (_, row) => (
            <tr key={`${section}-${row}`}>
              {list.slice(row * 2, row * 2 + 2).flatMap((figure) => [
                <td key={`${figure.label}-label`}>{figure.label}</td>,
                <td key={`${figure.label}-value`} className="number">
                  {figure.value}
                </td>,
              ])}
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}

/**
 * A plan or summary as signed: the body, the twelve months of a 年度工作计划, the people of a
 * 发展计划, the figures of a 总结, and the signature. Plain tables, so the branch's view, the
 * office's reading and the A4 print are one.
 */
export function PlanContentView({ branchName, plan }: { branchName: string; plan: PlanContent }) {
  return (
    <div className="plan-document">
      <h2 style={{ textAlign: 'center', fontSize: 18 }}>
        {branchName}
        {planTitle(plan.year, plan.kind)}
      </h2>
      <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{plan.body || '（无正文）'}</div>
      {plan.kind === 'annualPlan' && (
        <table className="stat-print-table" aria-label="主题党日和会议安排" style={{ marginTop: 12 }}>
          <thead>
            <tr>
              <th style={{ width: 50 }}>月份</th>
              <th>主题党日主题</th>
              <th>会议安排</th>
            </tr>
          </thead>
          <tbody>
            {plan.months.map((line) => (
              <tr key={line.month}>
                <td style={{ textAlign: 'center' }}>{line.month}月</td>
                <td>{line.theme || '—'}</td>
                <td>{line.meetings || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.kind === 'developmentPlan' && (
        <>
          <p style={{ marginTop: 12 }}>计划发展（接收为预备党员）{plan.developmentCount} 名。</p>
          <table className="stat-print-table" aria-label="培养发展名单">
            <thead>
              <tr>
                <th style={{ width: 40 }}>序号</th>
                <th>姓名</th>
                <th>现阶段</th>
                <th>本年度安排</th>
              </tr>
            </thead>
            <tbody>
              {plan.people.length === 0 ? (
                <tr>
                  <td colSpan={4} style={{ textAlign: 'center' }}>
                    本年度无培养发展名单
                  </td>
                </tr>
              ) : (
                plan.people.map((person, index) => (
                  <tr key={person.memberId}>
                    <td style={{ textAlign: 'center' }}>{index + 1}</td>
                    <td>{person.name}</td>
                    <td>{stageLabel(person.stage)}</td>
                    <td>{DEVELOPMENT_TARGET_LABELS[person.target]}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </>
      )}
      {plan.kind === 'yearSummary' && plan.figures.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <h3 style={{ fontSize: 14 }}>附：{plan.year}年全年数据（签发时由台账生成）</h3>
          <PlanFigures figures={plan.figures} />
        </div>
      )}
      <p style={{ textAlign: 'right', marginTop: 24 }}>
        签发人：{plan.signedBy || '＿＿＿＿'}　　签发日期：{plan.signedOn || '＿＿＿＿'}
      </p>
    </div>
  );
}
