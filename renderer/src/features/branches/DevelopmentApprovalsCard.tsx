import { Alert, App, Button, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { REVIEW_KIND_LABELS, REVIEW_KINDS, type ReviewDecision, type ReviewKind } from '../../../../shared/development/development-review';
import { STAGE_LABELS } from '../../../../shared/members/member';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { DossierDrawer, DossierPrintView } from '../members';
import { developmentReviewRepository, type DevelopmentCase } from './data/development-review-repository';

const EMPTY: ReviewDecision = { on: '', agreed: true, document: '', opinion: '', reviewer: '' };

/**
 * 发展党员审批 at the central office: the people the branches' reports bring for 预审, 审批
 * (接收预备党员) and 转正审批, with their dossier to read and print. A decision goes back to the
 * branch in its next 回执, where it is dated into the person's dossier.
 */
export function DevelopmentApprovalsCard({ onPrintView }: { onPrintView: (view: ReactNode | undefined) => void }) {
  const { message } = App.useApp();
  const today = useToday();
  const cases = useLiveQuery(() => developmentReviewRepository.cases(), []);
  const [deciding, setDeciding] = useState<{ entry: DevelopmentCase; kind: ReviewKind }>();
  const [form, setForm] = useState<ReviewDecision>(EMPTY);
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [reading, setReading] = useState<DevelopmentCase>();

  // The 纪实表 takes the whole page (the import panel and tabs are not printed with it).
  const print = (entry: DevelopmentCase) =>
    onPrintView(<DossierPrintView member={entry.member} review={entry.review} organisation={entry.branchName} today={today} onBack={() => onPrintView(undefined)} />);

  function open(entry: DevelopmentCase, kind: ReviewKind) {
    setForm({ ...EMPTY, on: today, reviewer: form.reviewer });
    setRefusal(undefined);
    setDeciding({ entry, kind });
  }

  const edit = (patch: Partial<ReviewDecision>) => {
    setForm({ ...form, ...patch });
    setRefusal(undefined);
  };

  async function decide() {
    if (!deciding) return;
    setSaving(true);
    try {
      await developmentReviewRepository.decide(deciding.entry.member.id, deciding.kind, form, today);
      message.success(`已记录 ${deciding.entry.member.name} 的${REVIEW_KIND_LABELS[deciding.kind]}，请向${deciding.entry.branchName || '该支部'}导出回执。`);
      setDeciding(undefined);
    } catch (error) {
      setRefusal(`未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  const sorted = [...(cases ?? [])].sort((a, b) => Number(a.pending === null) - Number(b.pending === null) || a.branchName.localeCompare(b.branchName, 'zh-Hans-CN'));
  return (
    <>
      <Typography.Paragraph type="secondary">
        支部登记“支部委员会审查”后待预审，支部大会接收后待审批，支部大会讨论转正后待转正审批。记录后随该支部的下一次回执下发，支部导入后记入其发展纪实。
      </Typography.Paragraph>
      <Table<DevelopmentCase>
        aria-label="发展党员审批"
        rowKey={(entry) => entry.member.id}
        size="small"
        loading={!cases}
        dataSource={sorted}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有待预审或待审批的人员' }}
        columns={[
          { title: '支部', key: 'branch', render: (_, entry) => entry.branchName },
          { title: '姓名', key: 'name', width: 100, render: (_, entry) => entry.member.name },
          { title: '阶段', key: 'stage', width: 110, render: (_, entry) => STAGE_LABELS[entry.member.stage] },
          {
            title: '待办',
            key: 'pending',
            width: 170,
            render: (_, entry) => (entry.pending ? <Tag color="gold">待{REVIEW_KIND_LABELS[entry.pending]}</Tag> : <Tag>无</Tag>),
          },
          {
            title: '已有意见',
            key: 'decisions',
            render: (_, entry) =>
              REVIEW_KINDS.filter((kind) => entry.review?.decisions[kind])
                .map((kind) => `${REVIEW_KIND_LABELS[kind]}：${entry.review!.decisions[kind]!.agreed ? '同意' : '不同意'}（${entry.review!.decisions[kind]!.on}）`)
                .join('；') || '—',
          },
          {
            title: '操作',
            key: 'actions',
            width: 220,
            render: (_, entry) => (
              <>
                <Button type="link" size="small" onClick={() => setReading(entry)}>
                  查看纪实
                </Button>
                {entry.pending && (
                  <Button type="link" size="small" onClick={() => open(entry, entry.pending!)}>
                    {entry.pending === 'preReview' ? '预审' : entry.pending === 'admissionApproval' ? '审批' : '转正审批'}
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      {reading && (
        <DossierDrawer
          member={reading.member}
          review={reading.review}
          onPrint={() => {
            print(reading);
            setReading(undefined);
          }}
          onClose={() => setReading(undefined)}
        />
      )}
      <Modal
        open={deciding !== undefined}
        title={deciding ? `${deciding.entry.member.name}：${REVIEW_KIND_LABELS[deciding.kind]}` : ''}
        okText="保存审批意见"
        cancelText="取消"
        okButtonProps={{ loading: saving }}
        onOk={() => void decide()}
        onCancel={() => setDeciding(undefined)}
        destroyOnHidden
      >
        <Form layout="vertical">
          {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
          <Form.Item label="结论">
            <Radio.Group value={form.agreed} onChange={(event) => edit({ agreed: event.target.value as boolean })}>
              <Radio value={true}>同意</Radio>
              <Radio value={false}>不同意</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item label="日期">
            <DateInput aria-label="审批日期" value={form.on} onChange={(value) => edit({ on: value })} />
          </Form.Item>
          <Form.Item label="文号">
            <Input aria-label="文号" value={form.document} onChange={(event) => edit({ document: event.target.value })} placeholder="如 院党委〔2026〕8号" />
          </Form.Item>
          <Form.Item label="意见">
            <Input.TextArea aria-label="意见" rows={2} value={form.opinion} onChange={(event) => edit({ opinion: event.target.value })} />
          </Form.Item>
          <Form.Item label="审批人">
            <Input aria-label="审批人" value={form.reviewer} onChange={(event) => edit({ reviewer: event.target.value })} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
