import { Button, Card, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import { PLAN_KIND_LABELS, PLAN_KINDS, planOwed, planTimeliness, planTitle, type BranchPlanRecord, type PlanKind } from '../../../../shared/plans/plan';
import { useToday } from '../../core/today';
import { useBranchFinder } from '../../shell/branch-finder';
import { PlanPrintView } from './PlanPrintView';
import { PlanReviewDrawer, type PlanReading } from './PlanReviewDrawer';
import { PlanStatusTags } from './plan-status';
import { planYears, usePlanBook, usePlanDueDates } from './use-plans';

const NO_BRANCHES: BranchRecord[] = [];
const branchName = (branch: BranchRecord) => branch.name;

/** A year's sent plans by `branchId|kind`: looked up once per cell instead of searching every plan (a city's hundreds of branches). */
function sentPlans(plans: readonly BranchPlanRecord[], year: number): Map<string, BranchPlanRecord> {
  const sent = new Map<string, BranchPlanRecord>();
  for (const plan of plans) {
    const key = `${plan.branchId}|${plan.kind}`;
    // The first sent one, as a search in the stored order found it.
    if (plan.year === year && plan.submittedAt && !sent.has(key)) sent.set(key, plan);
  }
  return sent;
}

/** The central office's view of 计划总结: per branch and document of a year, sent on time, late, not yet or overdue; each sent one read and returned. */
export function OfficePlans() {
  const today = useToday();
  const book = usePlanBook();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const due = usePlanDueDates(year);
  const [reading, setReading] = useState<PlanReading | null>(null);
  const [printing, setPrinting] = useState<PlanReading | null>(null);
  const sent = useMemo(() => book && sentPlans(book.plans, year), [book, year]);
  // Each row is three documents' tags and 查看 buttons: a page at a time (the size chosen), searchable by name.
  const finder = useBranchFinder('plans.office', book?.branches ?? NO_BRANCHES, branchName);

  if (!book || !sent) return <Skeleton active />;
  if (printing) return <PlanPrintView branchName={printing.branchName} plan={printing.plan} onBack={() => setPrinting(null)} />;
  const sentPlan = (branchId: string, kind: PlanKind): BranchPlanRecord | undefined => sent.get(`${branchId}|${kind}`);

  const counts = PLAN_KINDS.map((kind) => {
    const owed = book.branches.filter((branch) => planOwed(due[kind], branch.createdAt.slice(0, 10)));
    const sent = owed.filter((branch) => sentPlan(branch.id, kind));
    const onTime = sent.filter((branch) => planTimeliness(sentPlan(branch.id, kind), due[kind], today) === 'onTime').length;
    return `${PLAN_KIND_LABELS[kind]}（截止 ${due[kind]}）已报送 ${sent.length} / ${owed.length} 个，其中按时 ${onTime} 个`;
  });

  function cell(branch: BranchRecord, kind: PlanKind) {
    const plan = sentPlan(branch.id, kind);
    if (!plan && !planOwed(due[kind], branch.createdAt.slice(0, 10))) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Space size={4} wrap>
        <PlanStatusTags plan={plan} returned={plan ? book!.returns.get(plan.id) : undefined} due={due[kind]} today={today} />
        {plan && (
          <Button size="small" type="link" aria-label={`查看${branch.name}${planTitle(year, kind)}`} onClick={() => setReading({ plan, branchName: branch.name })}>
            查看
          </Button>
        )}
      </Space>
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Select aria-label="年度" style={{ width: 120 }} value={year} onChange={setYear} options={planYears(today).map((value) => ({ value, label: `${value}年` }))} />
          <Typography.Text>{counts.join('；')}。</Typography.Text>
        </Space>
        <br />
        <Typography.Text type="secondary">报送截止日期在“数据交换 → 规则集”中设置；按首次报送的日期判定是否按时。“—”表示该支部在截止日期之后才开始使用台账。</Typography.Text>
      </Card>
      <Table<BranchRecord>
        aria-label="各支部计划总结报送情况"
        size="small"
        bordered
        rowKey="id"
        title={finder.title}
        pagination={finder.pagination}
        dataSource={finder.rows}
        locale={{ emptyText: '还没有导入任何支部的报送包。' }}
        columns={[
          { title: '支部', dataIndex: 'name', width: 180 },
          ...PLAN_KINDS.map((kind) => ({ key: kind, title: PLAN_KIND_LABELS[kind], render: (_: unknown, branch: BranchRecord) => cell(branch, kind) })),
        ]}
      />
      <PlanReviewDrawer
        reading={reading}
        onClose={() => setReading(null)}
        onPrint={(shown) => {
          setReading(null);
          setPrinting(shown);
        }}
      />
    </Space>
  );
}
