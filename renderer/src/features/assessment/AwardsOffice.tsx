import { Alert, App, Button, Card, Checkbox, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { advancedBranchError, AWARD_STAGE_LABELS, awardStage, publicityPeriod } from '../../../../shared/assessment/awards';
import { starsFor, starsText } from '../../../../shared/assessment/ranking';
import { useInstallation } from '../../core/installation/use-installation';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { getPlatform } from '../../platform';
import { DateInput } from '../../shell/DateInput';
import { FiguresProgress } from '../../shell/FiguresProgress';
import { useBusyAction } from '../../shell/use-busy-action';
import { awardRepository, type AwardPick } from './data/award-repository';
import { awardListWorkbook } from './excel/award-workbook';
import { AwardPrintView } from './print/AwardPrintView';
import { useAppraisalsOfYear, useAssessmentScheme, useAwards, usePeriodSheet } from './use-assessment';
import { YearSelect } from './YearSelect';

const memberKey = (branchId: string, memberId: string) => `${branchId}:${memberId}`;

/**
 * Central office: 评先评优 of a year. 先进党支部 ticked from the year's ranking, 优秀共产党员 from
 * the branches' nominations (their 优秀 in 民主评议), the list saved, shown for the scheme's
 * working days (公示, on the app's calendar), approved with a 文号; printed as a list and as
 * certificates. Each branch's part goes back in its 回执.
 */
export function AwardsOffice() {
  const { message } = App.useApp();
  const today = useToday();
  const installation = useInstallation();
  const { calendar, ruleSet } = useActiveRules();
  const scheme = useAssessmentScheme();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const { sheet, making } = usePeriodSheet(String(year));
  const appraisals = useAppraisalsOfYear(year);
  const awards = useAwards(year);
  const [advanced, setAdvanced] = useState<Set<string>>(new Set());
  const [members, setMembers] = useState<Set<string>>(new Set());
  const [from, setFrom] = useState(today);
  const [approvedOn, setApprovedOn] = useState(today);
  const [documentNumber, setDocumentNumber] = useState('');
  const [printing, setPrinting] = useState<'list' | 'certificates' | null>(null);
  const exporting = useBusyAction();

  useEffect(() => {
    if (!awards) return;
    setAdvanced(new Set(awards.filter((award) => award.advancedBranch).map((award) => award.branchId)));
    setMembers(new Set(awards.flatMap((award) => Object.keys(award.members).map((id) => memberKey(award.branchId, id)))));
  }, [awards]);

  const listed = (awards ?? []).filter((award) => award.advancedBranch || Object.keys(award.members).length > 0);
  const stage = awardStage(listed[0], today);
  const locked = stage !== 'draft';
  const branchName = (id: string) => sheet?.rows.find((row) => row.branchId === id)?.branchName ?? '（未知支部）';
  const nominees = (appraisals ?? []).flatMap((record) => Object.entries(record.nominations).map(([memberId, nomination]) => ({ key: memberKey(record.branchId, memberId), branchId: record.branchId, memberId, ...nomination })));
  const toggle = (set: Set<string>, key: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  };

  /** A branch whose year is not scored whole (or was vetoed) is refused at the tick, with what is missing. */
  function pickAdvanced(entry: { branchId: string; score: Parameters<typeof advancedBranchError>[2] }, on: boolean) {
    const error = on ? advancedBranchError(branchName(entry.branchId), year, entry.score, scheme.items) : null;
    if (error) message.error({ content: error, duration: 8 });
    else setAdvanced(toggle(advanced, entry.branchId, on));
  }

  async function run(action: () => Promise<void>, done: string) {
    try {
      await action();
      message.success(done);
    } catch (error) {
      message.error(`未保存：${(error as Error).message}`);
    }
  }

  function saveList() {
    const branchIds = new Set([...advanced, ...nominees.map((nominee) => nominee.branchId)]);
    const picks: AwardPick[] = [...branchIds].map((branchId) => ({ branchId, advancedBranch: advanced.has(branchId), memberIds: nominees.filter((nominee) => nominee.branchId === branchId && members.has(nominee.key)).map((nominee) => nominee.memberId) }));
    return run(() => awardRepository.saveList(year, picks, { scheme, rules: ruleSet.rules, today }), `${year}年度拟表彰名单已保存：先进党支部 ${advanced.size} 个，优秀共产党员 ${members.size} 名。`);
  }

  if (printing && awards) {
    return <AwardPrintView year={year} organisation={installation.name} awards={listed} branchName={branchName} today={today} kind={printing} onBack={() => setPrinting(null)} />;
  }

  const preview = publicityPeriod(from || today, scheme.awards.publicityWorkingDays, calendar);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large">
          <YearSelect value={year} onChange={setYear} today={today} label="评先年度" />
          <Tag color={stage === 'approved' ? 'green' : stage === 'draft' ? undefined : 'orange'}>{AWARD_STAGE_LABELS[stage]}</Tag>
          {listed[0]?.publicity && (
            <Typography.Text>
              公示期 {listed[0].publicity.from} 至 {listed[0].publicity.until}（{listed[0].publicity.workingDays} 个工作日{listed[0].publicity.provisional ? '，暂算' : ''}）
            </Typography.Text>
          )}
          {listed[0]?.approval && <Typography.Text>已于 {listed[0].approval.approvedOn} 批准：{listed[0].approval.document}</Typography.Text>}
          <Button disabled={listed.length === 0} onClick={() => setPrinting('list')}>
            打印名单
          </Button>
          <Button
            disabled={listed.length === 0}
            loading={exporting.busy}
            onClick={() =>
              void exporting.run(async () => {
                const saved = await getPlatform().saveFile(`${installation.name}${year}年度表彰名单_${today}.xlsx`, await awardListWorkbook(year, listed, branchName), { title: '导出表彰名单' });
                return saved ? `已保存到 ${saved.location}` : undefined;
              })
            }
          >
            导出名单 Excel
          </Button>
          <Button disabled={stage !== 'approved'} onClick={() => setPrinting('certificates')}>
            打印荣誉证书
          </Button>
        </Space>
      </Card>
      <Card size="small" title="先进党支部（按年度考核排名推荐）">
        <Table
          aria-label="先进党支部推荐"
          rowKey="branchId"
          size="small"
          pagination={false}
          loading={!sheet && !making}
          dataSource={sheet?.ranking ?? []}
          // While the year's figures are made, the table is empty and says how far they are.
          locale={{ emptyText: making ? <FiguresProgress pending={making.pending} of={making.of} what="年度考核数据" /> : '还没有支部的年度考核数据。' }}
          columns={[
            { title: '名次', dataIndex: 'rank', width: 60 },
            { title: '支部', key: 'name', render: (_, entry) => branchName(entry.branchId) },
            { title: '年度总分', key: 'total', width: 110, render: (_, entry) => `${entry.score.total} / ${entry.score.maxTotal}` },
            { title: '星级', key: 'stars', width: 160, render: (_, entry) => (entry.score.pending > 0 ? <Tag color="orange">待评 {entry.score.pending} 项</Tag> : starsText(starsFor(entry.score, scheme))) },
            {
              title: '列入名单',
              key: 'pick',
              width: 100,
              render: (_, entry) => (
                <Checkbox aria-label={`推荐${branchName(entry.branchId)}为先进党支部`} disabled={locked} checked={advanced.has(entry.branchId)} onChange={(event) => pickAdvanced(entry, event.target.checked)} />
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="优秀共产党员（各支部从民主评议优秀党员中推荐）">
        <Table
          aria-label="优秀共产党员推荐"
          rowKey="key"
          size="small"
          pagination={false}
          loading={!appraisals}
          dataSource={nominees}
          locale={{ emptyText: '还没有支部推荐优秀共产党员。' }}
          columns={[
            { title: '支部', key: 'branch', width: 160, render: (_, nominee) => branchName(nominee.branchId) },
            { title: '姓名', dataIndex: 'name', width: 90 },
            { title: '主要事迹', dataIndex: 'deeds' },
            {
              title: '列入名单',
              key: 'pick',
              width: 100,
              render: (_, nominee) => <Checkbox aria-label={`将${nominee.name}列入名单`} disabled={locked} checked={members.has(nominee.key)} onChange={(event) => setMembers(toggle(members, nominee.key, event.target.checked))} />,
            },
          ]}
        />
      </Card>
      <Card size="small" title="名单、公示与批准">
        <Space direction="vertical">
          <Button type="primary" disabled={locked} onClick={() => void saveList()}>
            保存拟表彰名单
          </Button>
          <Space wrap>
            <span>公示开始</span>
            <div style={{ width: 150 }}>
              <DateInput aria-label="公示开始日期" value={from} onChange={setFrom} disabled={locked} />
            </div>
            <Typography.Text type="secondary">
              公示 {scheme.awards.publicityWorkingDays} 个工作日，至 {preview.until}
              {preview.provisional ? '（该年份节假日未配置，暂算）' : ''}
            </Typography.Text>
            <Button disabled={locked} onClick={() => void run(() => awardRepository.startPublicity(year, from, scheme.awards.publicityWorkingDays, calendar), `名单已公示至 ${preview.until}。`)}>
              开始公示
            </Button>
          </Space>
          <Space wrap>
            <span>批准日期</span>
            <div style={{ width: 150 }}>
              <DateInput aria-label="批准日期" value={approvedOn} onChange={setApprovedOn} disabled={stage === 'approved'} />
            </div>
            <Input aria-label="表彰决定文号" placeholder="如：院党委〔2026〕12号" value={documentNumber} onChange={(event) => setDocumentNumber(event.target.value)} disabled={stage === 'approved'} style={{ width: 220 }} />
            <Button type="primary" disabled={stage === 'approved'} onClick={() => void run(() => awardRepository.approve(year, { approvedOn, document: documentNumber }, today), `${year}年度表彰已批准，请为各支部导出回执。`)}>
              批准表彰
            </Button>
          </Space>
          {stage === 'publicity' && <Alert type="info" showIcon message={`公示期内（至 ${listed[0]!.publicity!.until}）不能批准；期满后填写批准日期和文号。`} />}
        </Space>
      </Card>
    </Space>
  );
}
