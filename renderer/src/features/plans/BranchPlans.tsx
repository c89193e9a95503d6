import { Alert, Button, Card, Select, Skeleton, Space, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { assessmentResultId } from '../../../../shared/assessment/assessment-records';
import { periodOf } from '../../../../shared/meetings/periods';
import { PLAN_KIND_LABELS, PLAN_KINDS, PLAN_VERDICT_LABELS, planReview, planTitle, type PlanKind } from '../../../../shared/plans/plan';
import { yearSummaryDraft } from '../../../../shared/plans/plan-prefill';
import { useInstallation } from '../../core/installation/use-installation';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { planPath } from '../../core/navigation/plan-routes';
import { DEFAULT_OPERATOR_NAME, preferencesRepository } from '../../core/preferences/preferences-repository';
import { useActiveRules } from '../../core/rules/active-rules';
import { localToday, useToday } from '../../core/today';
import { useOwnStatRecords, useStatScope } from '../statistics';
import { PlanContentView } from './PlanContentView';
import { PlanEditor } from './PlanEditor';
import { PlanPrintView } from './PlanPrintView';
import { PlanStatusTags } from './plan-status';
import { planYears, usePlanBook, usePlanDueDates } from './use-plans';

function isPlanKind(value: string | null): value is PlanKind {
  return (PLAN_KINDS as readonly (string | null)[]).includes(value);
}

/** The branch's 计划总结 of a year: the three documents, each drafted, signed and sent, the office's reading shown, printed on A4. */
export function BranchPlans() {
  const installation = useInstallation();
  const today = useToday();
  const book = usePlanBook();
  const own = useOwnStatRecords();
  const { ruleSet } = useActiveRules();
  const operator = useLiveQuery(() => preferencesRepository.findOperatorName(), []);
  const year = Number(useRouteQuery('year') ?? today.slice(0, 4));
  const kindQuery = useRouteQuery('kind');
  const kind: PlanKind = isPlanKind(kindQuery) ? kindQuery : 'annualPlan';
  const due = usePlanDueDates(year);
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState(false);
  const period = useMemo(() => periodOf('year', `${year}-01-01`), [year]);
  const scope = useStatScope(period, period.end < today ? period.end : today);
  const result = book?.assessments.get(assessmentResultId(installation.ownerId, String(year)))?.published;
  // The year's figures are counted only while the 总结 is open: a year of records is the heaviest read here.
  const summary = useMemo(() => (own && kind === 'yearSummary' ? yearSummaryDraft(own, scope, result) : undefined), [own, kind, scope, result]);

  if (!book || own === undefined) return <Skeleton active />;
  if (!own) return <Alert type="info" showIcon message="请先在“支部信息”中填写支部，再制定计划和总结。" />;

  const planOf = (each: PlanKind) => book.plans.find((plan) => plan.branchId === own.branch.id && plan.year === year && plan.kind === each);
  const plan = planOf(kind);
  const returned = plan ? book.returns.get(plan.id) : undefined;
  const review = plan?.submittedAt ? planReview(plan, returned) : undefined;
  const open = editing || !plan?.submittedAt || review === 'returned';
  const go = (nextYear: number, nextKind: PlanKind) => {
    setEditing(false);
    navigate(planPath(nextYear, nextKind));
  };

  if (printing && plan) return <PlanPrintView branchName={own.branch.name} plan={plan} onBack={() => setPrinting(false)} />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large">
          <Select aria-label="年度" style={{ width: 120 }} value={year} onChange={(value) => go(value, kind)} options={planYears(today).map((value) => ({ value, label: `${value}年` }))} />
          {PLAN_KINDS.map((each) => {
            const eachPlan = planOf(each);
            return (
              <Space key={each} size={4}>
                <Typography.Text>
                  {PLAN_KIND_LABELS[each]}（截止 {due[each]}）
                </Typography.Text>
                <PlanStatusTags plan={eachPlan} returned={eachPlan ? book.returns.get(eachPlan.id) : undefined} due={due[each]} today={today} />
              </Space>
            );
          })}
        </Space>
        <br />
        <Typography.Text type="secondary">报送截止日期由院党委在规则集中规定；按首次报送的日期判定是否按时。签发后请在“数据交换”中导出报送包。</Typography.Text>
      </Card>
      <Tabs activeKey={kind} onChange={(value) => go(year, value as PlanKind)} items={PLAN_KINDS.map((each) => ({ key: each, label: PLAN_KIND_LABELS[each] }))} />
      {review === 'returned' && returned && (
        <Alert type="warning" showIcon message={`院党委退回修改（${returned.reviewer}，${localToday(new Date(returned.reviewedAt))}）`} description={`意见：${returned.opinion}（请修改后重新签发报送）`} />
      )}
      {review === 'approved' && returned && <Alert type="success" showIcon message={`院党委${PLAN_VERDICT_LABELS.approved}（${returned.reviewer}，${localToday(new Date(returned.reviewedAt))}）${returned.opinion ? `：${returned.opinion}` : ''}`} />}
      {plan?.submittedAt && !open && (
        <Alert
          type="info"
          showIcon
          message={`已于 ${localToday(new Date(plan.submittedAt))} 由 ${plan.signedBy} 签发报送（首次报送 ${plan.firstSubmittedOn}）。以下为报送的内容。`}
          action={
            <Space>
              <Button onClick={() => setPrinting(true)}>打印</Button>
              <Button onClick={() => setEditing(true)}>修改并重新报送</Button>
            </Space>
          }
        />
      )}
      <Card title={`${own.branch.name}${planTitle(year, kind)}`} extra={open && plan ? <Button onClick={() => setPrinting(true)}>打印{plan.submittedAt ? '已报送版本' : '草稿'}</Button> : null}>
        {open ? (
          <PlanEditor
            key={`${year}-${kind}-${plan?.updatedAt ?? ''}`}
            branchId={own.branch.id}
            year={year}
            kind={kind}
            existing={plan}
            members={own.members}
            meetings={ruleSet.rules.meetings}
            summary={summary}
            signer={operator || DEFAULT_OPERATOR_NAME}
            today={today}
            onSent={() => setEditing(false)}
          />
        ) : (
          <PlanContentView branchName={own.branch.name} plan={plan!} />
        )}
      </Card>
    </Space>
  );
}
